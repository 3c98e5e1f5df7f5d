import { fr } from "../../shared/i18n/fr";

const text = fr.legal.terms;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** Public: the terms of use, the same for every instance. */
export default function LegalTerms() {
  return (
    <div className="stack prose">
      <h1>{text.title}</h1>
      {text.sections.map((section) => (
        <section key={section.title} className="stack">
          <h2>{section.title}</h2>
          <p>{section.body}</p>
        </section>
      ))}
    </div>
  );
}

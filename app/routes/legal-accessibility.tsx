import { useLoaderData } from "react-router";
import { auditedPages } from "../../shared/codes/audited-pages";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { said } from "../legal/operator";
import type { Route } from "./+types/legal-accessibility";

const text = fr.legal.accessibility;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** Public: the RGAA 4.1 statement; the audited pages are those the browser tests check with axe. */
export function loader({ context }: Route.LoaderArgs) {
  return { operator: context.deps.config.legal ?? null, url: context.deps.config.publicUrl };
}

export default function LegalAccessibility() {
  const { operator, url } = useLoaderData<typeof loader>();
  return (
    <div className="stack prose">
      <h1>{text.title}</h1>
      <p>{t(text.commitment, { publisher: said(operator?.publisher) })}</p>
      <p>{t(text.scope, { url })}</p>
      <h2>{text.statusTitle}</h2>
      <p>{text.status}</p>
      <h2>{text.testsTitle}</h2>
      <p>{text.tests}</p>
      <ul>
        {auditedPages.map((page) => (
          <li key={page.pattern}>
            {page.label} (<code>{page.pattern}</code>)
          </li>
        ))}
      </ul>
      <h2>{text.exceptionsTitle}</h2>
      <ul>
        {text.exceptions.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>{text.madeTitle}</h2>
      <p>{text.made}</p>
      <h2>{text.contactTitle}</h2>
      <p>{t(text.contact, { contact: said(operator?.contact) })}</p>
      <h2>{text.remedyTitle}</h2>
      <p>{text.remedy}</p>
    </div>
  );
}

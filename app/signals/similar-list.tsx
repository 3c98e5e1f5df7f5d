import type { SimilarInitiative } from "../../server/initiatives/find-similar-initiatives";
import type { SimilarSignal } from "../../server/signals/find-similar-signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

const text = fr.similar.panel;

type Common = Pick<
  SimilarSignal,
  | "id"
  | "title"
  | "reference"
  | "territoryName"
  | "themes"
  | "fabriqueName"
  | "sameFabrique"
  | "canOpen"
  | "excerpt"
  | "contactEmail"
  | "why"
>;

/**
 * One similar signal or initiative. What the actor may open links to its page with its excerpt;
 * anything else shows its public fields and the Fabrique's contact only (the server sends no more).
 */
function SimilarItem({
  item,
  href,
  status,
  themeLabels,
}: {
  item: Common;
  href: string;
  status: string;
  themeLabels: Readonly<Record<string, string>>;
}) {
  const whyId = `pourquoi-semblable-${item.id}`;
  const themes = item.themes.map((code) => themeLabels[code] ?? code).join(", ");
  return (
    <li className="stack">
      <p>
        {item.canOpen ? (
          <a href={href}>
            {item.reference} — {item.title}
          </a>
        ) : (
          <strong>{item.title}</strong>
        )}
      </p>
      <p className="card__meta">
        {[status, item.territoryName, themes, item.sameFabrique ? text.ownFabrique : item.fabriqueName]
          .filter(Boolean)
          .join(" · ")}
      </p>
      {item.excerpt ? <p>{item.excerpt}</p> : null}
      {item.canOpen ? null : item.contactEmail ? (
        <p>
          <a href={`mailto:${item.contactEmail}`}>{t(text.contact, { fabrique: item.fabriqueName })}</a>
        </p>
      ) : (
        <p>{t(text.noContact, { fabrique: item.fabriqueName })}</p>
      )}
      <p id={whyId} className="card__meta">
        {text.whyLabel}
      </p>
      <ul aria-labelledby={whyId}>
        {item.why.map((why) => (
          <li key={why.label}>{why.label}</li>
        ))}
      </ul>
    </li>
  );
}

/** Similar signals and initiatives of the network, in two lists under their own headings. */
export function SimilarList({
  similar,
  initiatives,
  themeLabels,
  headingLevel,
  idPrefix,
}: {
  similar: readonly SimilarSignal[];
  initiatives: readonly SimilarInitiative[];
  themeLabels: Readonly<Record<string, string>>;
  headingLevel: "h3" | "h4";
  idPrefix: string;
}) {
  const Heading = headingLevel;
  return (
    <>
      <section aria-labelledby={`${idPrefix}-remontees`}>
        <Heading id={`${idPrefix}-remontees`}>{text.signalsTitle}</Heading>
        <p className="muted">{text.signalsHow}</p>
        {similar.length === 0 ? (
          <p>{text.signalsNone}</p>
        ) : (
          <ol className="stack">
            {similar.map((item) => (
              <SimilarItem
                key={item.id}
                item={item}
                href={`/signaux/${item.id}`}
                status={`${fr.signals.kinds[item.kind]}, ${fr.signals.statuses[item.status].toLowerCase()}`}
                themeLabels={themeLabels}
              />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby={`${idPrefix}-projets`}>
        <Heading id={`${idPrefix}-projets`}>{text.initiativesTitle}</Heading>
        {initiatives.length === 0 ? (
          <p>{text.initiativesNone}</p>
        ) : (
          <ol className="stack">
            {initiatives.map((item) => (
              <SimilarItem
                key={item.id}
                item={item}
                href={`/projets/${item.id}`}
                status={fr.initiatives.stages[item.stage]}
                themeLabels={themeLabels}
              />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

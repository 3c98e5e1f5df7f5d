import type { WhyItem } from "../../server/search/explain";
import { fr } from "../../shared/i18n/fr";

/** Why a model matched, in words the officer can check against the query. */
export function WhyList({ why, id }: { why: readonly WhyItem[]; id: string }) {
  if (why.length === 0) return null;
  return (
    <div>
      <p id={id} className="card__meta">
        {fr.catalogue.list.whyTitle} :
      </p>
      <ul aria-labelledby={id}>
        {why.map((item) => (
          <li key={item.label}>{item.label}</li>
        ))}
      </ul>
    </div>
  );
}

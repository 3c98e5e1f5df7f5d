import type { StaleInitiative } from "../../server/reminders/stale-initiatives";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { TodayCard } from "../network/dashboard-sections";

const text = fr.reminders.stale;

/** The reader's initiatives (as officer) with no activity past their stage's days: each links to it. */
export function StaleInitiativesCard({
  items,
}: {
  items: readonly Pick<StaleInitiative, "id" | "reference" | "title" | "stage" | "days">[];
}) {
  return (
    <TodayCard
      id="aujourdhui-sans-activite"
      title={text.cardTitle}
      none={text.cardNone}
      items={items.map((item) => (
        <li key={item.id}>
          <a href={`/projets/${item.id}`}>
            {item.reference} {item.title}
          </a>{" "}
          — {t(text.cardItem, { stage: fr.initiatives.stages[item.stage], days: item.days })}
        </li>
      ))}
    />
  );
}

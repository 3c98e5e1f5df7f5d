import type { OverdueFollowUp } from "../../server/carriers/list-overdue-follow-ups";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { TodayCard } from "../network/dashboard-sections";

const text = fr.carriers.followUp.overdue;

/** The follow-ups the reader owes (as officer or carrier), past their day: each links to its form. */
export function OverdueFollowUpsCard({ items }: { items: readonly OverdueFollowUp[] }) {
  return (
    <TodayCard
      id="aujourdhui-suivis"
      title={text.title}
      none={text.none}
      items={items.map((item) => (
        <li key={`${item.initiativeId}:${item.milestone}`}>
          <a href={`/projets/${item.initiativeId}/porteur#suivi`}>{item.title}</a> —{" "}
          {t(text.item, { months: item.milestone, date: formatDate(item.dueOn) })}
        </li>
      ))}
    />
  );
}

import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";

/** The calls opened on an initiative, for its team, each linking to its page. */
export function InitiativeCalls({
  calls,
}: {
  calls: { id: string; title: string; status: keyof typeof fr.calls.statuses; deadline: string }[];
}) {
  if (!calls.length) return null;
  return (
    <section aria-labelledby="appels-titre" className="stack">
      <h3 id="appels-titre">{fr.calls.team.callOnInitiative}</h3>
      <ul>
        {calls.map((c) => (
          <li key={c.id}>
            <a href={`/appels/${c.id}/gestion`}>{c.title}</a> — {fr.calls.statuses[c.status]},{" "}
            {t(fr.calls.pages.deadline, { deadline: c.deadline })}
          </li>
        ))}
      </ul>
    </section>
  );
}

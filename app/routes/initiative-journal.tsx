import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { loadInitiativeForActor } from "../../server/initiatives/initiative-access";
import { readInitiativeJournal } from "../../server/initiatives/initiative-journal";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDateTime } from "../../shared/time";
import { InitiativeHeader, initiativeHeaderData } from "../initiatives/initiative-header";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/initiative-journal";

const text = fr.initiatives.journalPage;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, params, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const { initiative, access } = valueOr404(await loadInitiativeForActor(context.deps, actor, params.id));
  const entries = valueOr404(await readInitiativeJournal(context.deps, actor, params.id));
  return { header: initiativeHeaderData(initiative, access), entries: entries.reverse() };
}

export default function InitiativeJournal() {
  const { header, entries } = useLoaderData<typeof loader>();
  // Journal lines name fields by their code; the origin signals' line is `signals`.
  const fieldLabels: Record<string, string> = {
    ...fr.initiatives.fields,
    signals: fr.initiatives.fields.signalIds,
  };
  return (
    <div className="stack">
      <InitiativeHeader initiative={header} current="journal" />
      <h2>{text.title}</h2>
      <p>{text.intro}</p>
      <ol className="stack journal">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{fr.initiatives.eventKinds[entry.kind]}</strong> — {formatDateTime(entry.at)}{" "}
            {entry.byName ? t(text.by, { name: entry.byName }) : ""}
            {entry.kind === "stage" && entry.fromStage && entry.toStage ? (
              <p>
                {t(fr.initiatives.journal.moved, {
                  from: fr.initiatives.stages[entry.fromStage],
                  to: fr.initiatives.stages[entry.toStage],
                })}
              </p>
            ) : null}
            {entry.kind === "field" && entry.field ? (
              <p>
                {t(text.fieldChanged, { field: fieldLabels[entry.field] ?? entry.field })}
                {entry.before !== null || entry.after !== null ? (
                  <>
                    {" "}
                    <del>{entry.before || "—"}</del> → <ins>{entry.after || "—"}</ins>
                  </>
                ) : null}
              </p>
            ) : null}
            {entry.note ? <p className="pre-line">{entry.note}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}

import type { ModelLineage } from "../../server/initiatives/model-lineage";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";

const text = fr.carriers.lineage;

type Row = ModelLineage["launched"][number];
const place = (p: { name: string | null; code: string }) => p.name ?? p.code;

/** The replications, open ones or planned ones ("ouverture prévue le …"). */
function LineageTable({ caption, rows, planned }: { caption: string; rows: Row[]; planned?: boolean }) {
  return (
    <div className="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.columns.territory}</th>
            <th scope="col">{text.columns.fabrique}</th>
            <th scope="col">{text.columns.activity}</th>
            <th scope="col">{text.columns.openedOn}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((l) => (
            <tr key={`${l.fabrique.slug}-${l.territory.kind}-${l.territory.code}-${l.openedOn}`}>
              <th scope="row">
                <a href={`/territoires/${l.territory.kind}/${l.territory.code}`}>{place(l.territory)}</a>
              </th>
              <td>
                <a href={`/f/${l.fabrique.slug}`}>{l.fabrique.name}</a>
              </td>
              <td>
                {l.initiativeId ? (
                  <a href={`/projets/${l.initiativeId}`}>{l.activityName || "—"}</a>
                ) : (
                  l.activityName || "—"
                )}
              </td>
              <td>{planned ? t(text.planned, { date: formatDate(l.openedOn) }) : formatDate(l.openedOn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** "Essaimages" on a model's page: where it was replicated, and the replications in progress. */
export function ModelLineageSection({ lineage }: { lineage: ModelLineage }) {
  return (
    <section aria-labelledby="filiation-titre" className="stack">
      <h2 id="filiation-titre">{text.title}</h2>
      <p>{text.intro}</p>
      {lineage.launched.length ? (
        <LineageTable caption={text.caption} rows={lineage.launched} />
      ) : (
        <p>{text.none}</p>
      )}
      {lineage.planned.length ? (
        <LineageTable caption={text.plannedCaption} rows={lineage.planned} planned />
      ) : null}
      {lineage.inProgress.length ? (
        <>
          <h3>{text.inProgressTitle}</h3>
          <ul>
            {lineage.inProgress.map((i) => (
              <li key={i.initiativeId}>
                <a href={`/projets/${i.initiativeId}`}>
                  {t(text.inProgress, {
                    title: i.title,
                    territory: place(i.territory),
                    stage: fr.initiatives.stages[i.stage],
                  })}
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

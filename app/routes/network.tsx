import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { computeNetworkFigures } from "../../server/network/compute-network-figures";
import { listFabriques } from "../../server/network/list-fabriques";
import { fabriqueStatuses } from "../../shared/codes/network";
import { formatInteger } from "../../shared/i18n/format";
import { fr } from "../../shared/i18n/fr";
import { formatDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { StatusBadge } from "../network/status-badge";
import { StatusCounts } from "../network/status-counts";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/network";

const text = fr.network.list;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  // The figures are the animator's: anyone else gets a 404 here.
  const figures = valueOr404(await computeNetworkFigures(context.deps, actor));
  const fabriques = valueOr404(await listFabriques(context.deps, actor));
  return { figures, fabriques, statuses: [...fabriqueStatuses] };
}

export default function Network() {
  const { figures, fabriques, statuses } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <p className="actions">
        <a className="button" href="/reseau/fabriques/nouvelle">
          {text.newFabrique}
        </a>
        <a className="button button--secondary" href="/reseau/courriels">
          {text.outboxLink}
        </a>
        <a className="button button--secondary" href="/reseau/aides-aux-postes">
          {text.aidRatesLink}
        </a>
        <a className="button button--secondary" href="/reseau/personnes">
          {fr.privacy.people.navLabel}
        </a>
        <a className="button button--secondary" href="/reseau/journal">
          {fr.privacy.audit.navLabel}
        </a>
      </p>

      <section aria-labelledby="comptes-titre">
        <h2 id="comptes-titre">{text.countsTitle}</h2>
        <StatusCounts statuses={statuses} byStatus={figures.byStatus} />
      </section>

      <section aria-labelledby="fabriques-titre">
        <h2 id="fabriques-titre">{text.fabriquesTitle}</h2>
        {fabriques.length === 0 ? (
          <EmptyState
            title={text.empty}
            action={
              <a className="button" href="/reseau/fabriques/nouvelle">
                {text.newFabrique}
              </a>
            }
          >
            {text.emptyHelp}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">{text.columns.name}</th>
                  <th scope="col">{text.columns.status}</th>
                  <th scope="col">{text.columns.region}</th>
                  <th scope="col">{text.columns.members}</th>
                  <th scope="col">{text.columns.since}</th>
                </tr>
              </thead>
              <tbody>
                {fabriques.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">
                      <a href={`/reseau/fabriques/${f.slug}`}>{f.name}</a>
                    </th>
                    <td>
                      <StatusBadge status={f.status} />
                    </td>
                    <td>{f.regionName ?? "—"}</td>
                    <td>{formatInteger(f.memberCount)}</td>
                    <td>{formatDate(f.statusChangedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}

import { useLoaderData } from "react-router";
import { formatDeadline } from "../../server/calls/copy-call";
import { listTeamCalls } from "../../server/calls/list-team-calls";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { valueOr404 } from "../network/page-results";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/calls-team";

const text = fr.calls.team;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.listTitle, { fabrique: loaderData.fabrique.name }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/** A Fabrique's calls, for its team (drafts included); 404 for anyone else. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const listed = valueOr404(await listTeamCalls(context.deps, actor, params.slug));
  return {
    fabrique: listed.fabrique,
    calls: listed.calls.map(({ deadlineAt, ...call }) => ({ ...call, deadline: formatDeadline(deadlineAt) })),
  };
}

export default function CallsTeam() {
  const { fabrique, calls } = useLoaderData<typeof loader>();
  const columns = text.columns;
  return (
    <div className="stack">
      <p>
        <a href={`/fabriques/${fabrique.slug}`}>{fabrique.name}</a>
      </p>
      <h1>{t(text.listTitle, { fabrique: fabrique.name })}</h1>
      <p className="lead">{text.listIntro}</p>
      {calls.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{columns.call}</th>
                <th scope="col">{columns.initiative}</th>
                <th scope="col">{columns.status}</th>
                <th scope="col">{columns.deadline}</th>
                <th scope="col">{columns.applications}</th>
              </tr>
            </thead>
            <tbody>
              {calls.map((call) => (
                <tr key={call.id}>
                  <th scope="row">
                    <a href={`/appels/${call.id}/gestion`}>{call.title}</a>
                  </th>
                  <td>
                    <a href={`/projets/${call.initiativeId}`}>{call.initiativeTitle}</a>
                  </td>
                  <td>{fr.calls.statuses[call.status]}</td>
                  <td>{call.deadline}</td>
                  <td>
                    {call.submittedCount}
                    {call.draftCount ? (
                      <>
                        <br />
                        <span className="muted">{t(text.drafts, { count: call.draftCount })}</span>
                      </>
                    ) : null}
                    {call.withdrawnCount ? (
                      <>
                        <br />
                        <span className="muted">{t(text.withdrawn, { count: call.withdrawnCount })}</span>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <EmptyState title={text.listNone} />
      )}
    </div>
  );
}

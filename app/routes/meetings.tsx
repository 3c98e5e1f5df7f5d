import { useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listUpcomingMeetings } from "../../server/meetings/list-meetings";
import { fr } from "../../shared/i18n/fr";
import { formatDateTime } from "../../shared/time";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/meetings";

const text = fr.meetings;

export const meta = () => [{ title: `${text.all.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  return { meetings: await listUpcomingMeetings(context.deps, actor, { limit: 100 }) };
}

export default function Meetings() {
  const { meetings } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.all.title}</h1>
      <p className="lead">{text.all.intro}</p>
      {meetings.length === 0 ? (
        <EmptyState
          title={text.all.emptyTitle}
          action={
            <a className="button" href="/projets">
              {text.all.goToInitiatives}
            </a>
          }
        >
          {text.all.emptyBody}
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{text.all.when}</th>
                <th scope="col">{text.fields.title}</th>
                <th scope="col">{text.all.kind}</th>
                <th scope="col">{text.all.initiative}</th>
                <th scope="col">{text.all.place}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <td>{formatDateTime(m.startsAt)}</td>
                  <td>
                    <a href={`/reunions/${m.id}`}>{m.title}</a>
                  </td>
                  <td>{text.kinds[m.kind]}</td>
                  <td>
                    <a href={`/projets/${m.initiativeId}/reunions`}>
                      {m.initiativeReference} — {m.initiativeTitle}
                    </a>
                  </td>
                  <td>{m.place}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

import { useLoaderData } from "react-router";
import { formatDeadline } from "../../server/calls/copy-call";
import { listJuryCalls } from "../../server/calls/list-jury-calls";
import { listPublicCalls } from "../../server/calls/public-calls";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CallList } from "../calls/call-sections";
import { showCall } from "../calls/show-call";
import type { Route } from "./+types/calls";

const text = fr.calls.pages;

export const meta = () => [{ title: `${text.networkTitle} — ${fr.common.appName}` }];

/** The network's published calls, for anyone; for a signed-in jury member, the calls they sit on too. */
export async function loader({ context }: Route.LoaderArgs) {
  const actor = context.actor;
  const jury = actor ? await listJuryCalls(context.deps, actor) : [];
  return {
    calls: (await listPublicCalls(context.deps)).map(showCall),
    jury: jury.map(({ deadlineAt, ...call }) => ({ ...call, deadline: formatDeadline(deadlineAt) })),
  };
}

export default function Calls() {
  const { calls, jury } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.networkTitle}</h1>
      <p className="lead">{text.networkIntro}</p>
      {jury.length ? (
        <section aria-labelledby="jury-titre" className="stack">
          <h2 id="jury-titre">{fr.calls.jury.listTitle}</h2>
          <ul>
            {jury.map((call) => (
              <li key={call.id}>
                <a href={`/appels/${call.id}/jury`}>{call.title}</a> — {call.fabriqueName},{" "}
                {fr.calls.statuses[call.status]}, {t(text.deadline, { deadline: call.deadline })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CallList calls={calls} showFabrique />
    </div>
  );
}

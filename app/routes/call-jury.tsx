import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { formatDeadline } from "../../server/calls/copy-call";
import { isJuryTime } from "../../server/calls/deadline";
import { declareConflict } from "../../server/calls/declare-conflict";
import { getJuryTable } from "../../server/calls/get-jury-table";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-jury";

const text = fr.calls.jury;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.title, { title: loaderData.title }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/**
 * The applications a jury member scores: their own progress, the jury's mean once their own
 * review is in, and a way to declare a conflict of interest. The call's team and jury only.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const table = valueOr404(await getJuryTable(context.deps, actor, params.id));
  return {
    callId: table.callId,
    title: table.title,
    status: table.status,
    deadline: formatDeadline(table.deadlineAt),
    juryTime: isJuryTime(table, context.deps.clock.now()),
    seat: table.seat,
    rows: table.rows.map((row) => ({
      id: row.applicationId,
      name: row.name,
      ownReviewSubmitted: row.ownReviewSubmitted,
      mean: row.figuresVisible ? row.mean : null,
      figuresVisible: row.figuresVisible,
    })),
    done: doneFlag(request, ["conflict"] as const),
  };
}

/** A jury member declares a conflict of interest on one application. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const applicationId = form.text("applicationId");
  const declared = await declareConflict(
    context.deps,
    actor,
    applicationId,
    form.text(`note-${applicationId}`),
  );
  if (!declared.ok) return replyFailure(declared, form);
  return redirect(`/appels/${params.id}/jury?done=conflict`);
}

function Notice({
  status,
  juryTime,
  isJuror,
  deadline,
}: {
  status: string;
  juryTime: boolean;
  isJuror: boolean;
  deadline: string;
}) {
  if (status === "decided") return <p className="notice">{text.decided}</p>;
  if (!juryTime) return <p className="notice">{t(text.notYet, { deadline })}</p>;
  if (!isJuror) return <p className="notice">{text.notJuror}</p>;
  return null;
}

export default function CallJury() {
  const { callId, title, status, deadline, juryTime, seat, rows, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const columns = text.columns;
  return (
    <div className="stack">
      {seat.isTeam ? (
        <p>
          <a href={`/appels/${callId}/gestion`}>{fr.calls.manage.back}</a>
        </p>
      ) : null}
      <h1>{t(text.title, { title })}</h1>
      <p className="lead">{text.intro}</p>
      {done ? (
        <p className="notice notice--success" role="status">
          {text.conflictDone}
        </p>
      ) : null}
      <ErrorSummary failure={failure} labels={{ note: text.conflictNote }} />
      <Notice status={status} juryTime={juryTime} isJuror={seat.isJuror} deadline={deadline} />
      {rows.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t(text.title, { title })}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.state}</th>
                <th scope="col">{columns.mean}</th>
                <th scope="col">{columns.conflict}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <a href={`/appels/${callId}/jury/${row.id}`}>
                      {t(seat.isJuror && !row.ownReviewSubmitted ? text.open : text.read, { name: row.name })}
                    </a>
                  </th>
                  <td>
                    {seat.isJuror ? (row.ownReviewSubmitted ? text.states.submitted : text.states.todo) : "—"}
                  </td>
                  <td>{row.figuresVisible ? (row.mean ?? fr.calls.table.none) : text.hidden}</td>
                  <td>
                    <details>
                      <summary>{t(text.conflictButton, { name: row.name })}</summary>
                      <Form method="post" className="stack">
                        <CsrfInput />
                        <input type="hidden" name="applicationId" value={row.id} />
                        <p className="muted">{text.conflictHelp}</p>
                        <Field name={`note-${row.id}`} label={text.conflictNote} multiline />
                        <button type="submit" className="button button--secondary">
                          {t(text.conflictButton, { name: row.name })}
                        </button>
                      </Form>
                    </details>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{fr.calls.table.empty}</p>
      )}
    </div>
  );
}

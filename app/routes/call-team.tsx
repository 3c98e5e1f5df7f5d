import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { formatDeadline } from "../../server/calls/copy-call";
import { getTeamCall } from "../../server/calls/get-team-call";
import { listApplications } from "../../server/calls/list-applications";
import { publishCall } from "../../server/calls/publish-call";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { AttachmentLinks } from "../calls/attachment-links";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-team";

const text = fr.calls.manage;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  { title: `${loaderData?.call.title ?? fr.common.notFoundTitle} — ${fr.common.appName}` },
];

/** A call as its team manages it: state, jury, applications and their files; 404 off the team. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const call = valueOr404(await getTeamCall(context.deps, actor, params.id));
  const listed = valueOr404(await listApplications(context.deps, actor, params.id));
  const applicationCount = listed.applications.filter((a) => a.status === "submitted").length;
  return {
    call: { ...call, deadline: formatDeadline(call.deadlineAt), deadlineAt: undefined },
    isJuror: call.jurors.some((j) => j.userId === actor.userId),
    applications: listed.applications.map(({ submittedAt, ...a }) => ({
      ...a,
      submittedOn: submittedAt ? formatDate(submittedAt) : "",
    })),
    applicationCount,
    draftCount: listed.draftCount,
    done: doneFlag(request, ["saved", "published"] as const),
  };
}

/** The team publishes its draft call. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const published = await publishCall(context.deps, actor, params.id);
  if (!published.ok) return replyFailure(published, form, { forbidden: "explain" });
  return redirect(`/appels/${params.id}/gestion?done=published`);
}

function Actions({
  call,
  isJuror,
}: Pick<ReturnType<typeof useLoaderData<typeof loader>>, "call" | "isJuror">) {
  if (call.status === "draft") {
    return (
      <div className="actions">
        <a className="button button--secondary" href={`/appels/${call.id}/modifier`}>
          {text.edit}
        </a>
        <Form method="post">
          <CsrfInput />
          <button type="submit" className="button">
            {text.publishButton}
          </button>
        </Form>
      </div>
    );
  }
  const exports = `/projets/${call.initiativeId}/appels/${call.id}/export`;
  return (
    <ul>
      <li>
        <a href={`/f/${call.fabriqueSlug}/appels/${call.id}`}>{text.publicPage}</a>
      </li>
      {isJuror && call.status === "published" ? (
        <li>
          <a href={`/appels/${call.id}/jury`}>{text.score}</a>
        </li>
      ) : null}
      <li>
        <a href={`/appels/${call.id}/tableau`}>{text.table}</a>
      </li>
      <li>
        <a href={`/appels/${call.id}/decision`}>{text.decide}</a>
      </li>
      <li>
        <a href={`${exports}/candidatures.xlsx`} download>
          {text.exportApplications}
        </a>
      </li>
      <li>
        <a href={`${exports}/jury.xlsx`} download>
          {text.exportJury}
        </a>
      </li>
      <li>
        <a href={`${exports}/jury.pdf`} download>
          {text.exportJuryPdf}
        </a>
      </li>
    </ul>
  );
}

function notice(call: { status: string; open: boolean; juryTime: boolean }) {
  if (call.status === "draft") return text.draftNotice;
  if (call.status === "decided") return text.decidedNotice;
  return call.juryTime ? text.juryNotice : text.openNotice;
}

export default function CallTeam() {
  const { call, isJuror, applications, applicationCount, draftCount, done } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href={`/fabriques/${call.fabriqueSlug}/appels`}>{text.allCalls}</a>
      </p>
      <h1>{call.title}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {done === "published" ? fr.calls.team.published : fr.calls.team.saved}
        </p>
      ) : null}
      <ErrorSummary failure={failure} labels={fr.calls.team.fields} />
      <dl className="facts">
        <dt>{fr.calls.team.columns.status}</dt>
        <dd>{fr.calls.statuses[call.status]}</dd>
        <dt>{fr.calls.team.columns.deadline}</dt>
        <dd>{call.deadline}</dd>
        <dt>{fr.calls.team.columns.initiative}</dt>
        <dd>
          <a href={`/projets/${call.initiativeId}`}>{call.initiativeTitle}</a>
        </dd>
      </dl>
      <p className="notice">{notice(call)}</p>
      <Actions call={call} isJuror={isJuror} />
      <section aria-labelledby="jury-titre" className="stack">
        <h2 id="jury-titre">{text.juryTitle}</h2>
        <ul>
          {call.jurors.map((juror) => (
            <li key={juror.userId}>
              {t(text.juror, {
                name: juror.name,
                kind: fr.calls.jurorKinds[juror.kind],
                count: juror.reviewsSubmitted,
                total: applicationCount,
              })}
            </li>
          ))}
        </ul>
      </section>
      <ApplicationsSection applications={applications} draftCount={draftCount} callId={call.id} />
    </div>
  );
}

type Application = ReturnType<typeof useLoaderData<typeof loader>>["applications"][number];

function ApplicationsSection({
  applications,
  draftCount,
  callId,
}: {
  applications: Application[];
  draftCount: number;
  callId: string;
}) {
  const columns = text.columns;
  return (
    <section aria-labelledby="candidatures-titre" className="stack">
      <h2 id="candidatures-titre">{text.applicationsTitle}</h2>
      {draftCount ? <p>{t(text.draftCount, { count: draftCount })}</p> : null}
      {applications.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{text.applicationsTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{columns.name}</th>
                <th scope="col">{columns.contact}</th>
                <th scope="col">{columns.status}</th>
                <th scope="col">{columns.submittedAt}</th>
                <th scope="col">{columns.files}</th>
                <th scope="col">{columns.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {applications.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.name}
                    <br />
                    <span className="muted">
                      {a.siren} · {fr.calls.legalForms[a.legalForm]} · {a.postcode}
                    </span>
                  </th>
                  <td>
                    {a.contactName}
                    <br />
                    <a href={`mailto:${a.contactEmail}`}>{a.contactEmail}</a>
                  </td>
                  <td>{fr.calls.applicationStatuses[a.status]}</td>
                  <td>{a.submittedOn}</td>
                  <td>
                    <AttachmentLinks callId={callId} files={a.status === "submitted" ? a.attachments : []} />
                  </td>
                  <td>{a.outcome ? fr.calls.outcomes[a.outcome] : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{text.applicationsNone}</p>
      )}
      <p className="muted">{text.conflictHidden}</p>
    </section>
  );
}

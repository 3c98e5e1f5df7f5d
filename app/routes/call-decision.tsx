import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { proposeRanking } from "../../server/calls/aggregate";
import { decideCall } from "../../server/calls/decide-call";
import { getJuryTable } from "../../server/calls/get-jury-table";
import { getTeamCall } from "../../server/calls/get-team-call";
import { listApplications } from "../../server/calls/list-applications";
import { requireActor } from "../../server/http/require-actor";
import { listMeetingsForDecision } from "../../server/meetings/list-meetings";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate, parisDateFrench } from "../../shared/time";
import { CheckboxGroup } from "../catalogue/checkbox-group";
import { doneFlag, valueOr404 } from "../network/page-results";
import { SelectField } from "../network/select-field";
import { RadioGroup } from "../signals/radio-group";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, listValue, textValue } from "../ui/form";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-decision";

const text = fr.calls.decision;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.title, { title: loaderData.call.title }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/**
 * The copil's decision on a call, for its team: the applications in the order of the jury's means
 * (with the proposed ranks), the copil meetings of the project, and who will be told by mail.
 */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const call = valueOr404(await getTeamCall(context.deps, actor, params.id));
  const table = valueOr404(await getJuryTable(context.deps, actor, params.id));
  const listed = valueOr404(await listApplications(context.deps, actor, params.id));
  const meetings = await listMeetingsForDecision(context.deps, call.initiativeId);
  const ranked = [...proposeRanking(table.rows)].sort(
    (a, b) => (a.proposedRank ?? Number.MAX_SAFE_INTEGER) - (b.proposedRank ?? Number.MAX_SAFE_INTEGER),
  );
  return {
    call: { id: call.id, title: call.title, status: call.status, juryTime: call.juryTime },
    candidates: ranked.map((row) => ({
      id: row.applicationId,
      name: row.name,
      mean: row.mean,
      proposedRank: row.proposedRank,
      outcome: row.outcome,
    })),
    told: listed.applications
      .filter((a) => a.status === "submitted")
      .map((a) => ({ id: a.id, name: a.name, email: a.contactEmail, outcome: a.outcome })),
    toldConflicted: listed.conflictedCount,
    meetings: meetings
      .filter((m) => m.kind === "steering_committee")
      .map((m) => ({ value: m.id, label: `${m.title} — ${formatDate(m.startsAt)}` })),
    today: parisDateFrench(context.deps.clock.now()),
    done: doneFlag(request, ["decided"] as const),
  };
}

/** The team records the copil's decision: carriers retained, every applicant told by mail. */
export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const decided = await decideCall(context.deps, actor, params.id, {
    leadApplicationId: form.text("leadApplicationId"),
    coCarrierApplicationIds: form.list("coCarrierApplicationIds"),
    rationale: form.text("rationale"),
    decidedOn: form.text("decidedOn"),
    meetingId: form.text("meetingId"),
    message: form.text("message"),
  });
  if (!decided.ok) return replyFailure(decided, form, { forbidden: "explain" });
  return redirect(`/appels/${params.id}/decision?done=decided`);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function candidateLabel(c: Loaded["candidates"][number]) {
  const mean = c.mean === null ? text.noMean : String(c.mean).replace(".", ",");
  const figures =
    c.proposedRank !== null ? t(text.meanOf, { mean, rank: c.proposedRank }) : t(text.meanOnly, { mean });
  return t(text.leadOption, { name: c.name, mean: figures });
}

function DecisionForm({ loaded, failure }: { loaded: Loaded; failure: FormFailure | undefined }) {
  const values = failure?.values ?? {};
  const errors = failure?.fields ?? {};
  const options = loaded.candidates.map((c) => ({ value: c.id, label: candidateLabel(c) }));
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfInput />
      <ErrorSummary failure={failure} labels={text.fields} />
      <RadioGroup
        name="leadApplicationId"
        legend={text.lead}
        options={options}
        checked={textValue(values.leadApplicationId)}
        error={errors.leadApplicationId}
        required
      />
      <CheckboxGroup
        name="coCarrierApplicationIds"
        legend={text.coCarriers}
        options={options}
        checked={listValue(values.coCarrierApplicationIds)}
        error={errors.coCarrierApplicationIds}
      />
      <Field
        name="rationale"
        label={text.rationale}
        multiline
        required
        defaultValue={values.rationale}
        error={errors.rationale}
      />
      <Field
        name="decidedOn"
        label={text.decidedOn}
        required
        defaultValue={values.decidedOn ?? loaded.today}
        error={errors.decidedOn}
      />
      <SelectField
        name="meetingId"
        label={text.meeting}
        options={[{ value: "", label: text.noMeeting }, ...loaded.meetings]}
        defaultValue={values.meetingId ?? ""}
        error={errors.meetingId}
      />
      <Field
        name="message"
        label={text.message}
        help={text.messageHelp}
        multiline
        required
        defaultValue={values.message}
        error={errors.message}
      />
      <section aria-labelledby="prevenus-titre" className="stack">
        <h2 id="prevenus-titre">{text.toldTitle}</h2>
        <p>{text.told}</p>
        <ul>
          {loaded.told.map((a) => (
            <li key={a.id}>{t(text.toldKept, { name: a.name, email: a.email })}</li>
          ))}
          {loaded.toldConflicted > 0 ? (
            <li>{t(text.toldConflicted, { count: String(loaded.toldConflicted) })}</li>
          ) : null}
        </ul>
        <p>{text.toldTeam}</p>
      </section>
      <div className="actions">
        <button type="submit" className="button">
          {text.submit}
        </button>
      </div>
    </Form>
  );
}

export default function CallDecision() {
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { call, done } = loaded;
  return (
    <div className="stack">
      <p>
        <a href={`/appels/${call.id}/gestion`}>{fr.calls.manage.back}</a>
      </p>
      <h1>{t(text.title, { title: call.title })}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {text.done}
        </p>
      ) : null}
      <p className="lead">{text.intro}</p>
      <p>
        <a href={`/appels/${call.id}/tableau`}>{fr.calls.manage.table}</a>
      </p>
      {call.status === "decided" ? (
        <>
          <p className="notice">{text.decided}</p>
          <ul>
            {loaded.told.map((a) => (
              <li key={a.id}>
                {t(text.outcomeOf, { name: a.name, outcome: a.outcome ? fr.calls.outcomes[a.outcome] : "—" })}{" "}
                ({a.email})
              </li>
            ))}
          </ul>
        </>
      ) : call.juryTime ? (
        <DecisionForm loaded={loaded} failure={failure} />
      ) : (
        <p className="notice">{text.notYet}</p>
      )}
    </div>
  );
}

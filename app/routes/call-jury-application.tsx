import { Form, redirect, useActionData, useLoaderData } from "react-router";
import { getJuryApplication } from "../../server/calls/get-jury-application";
import { reviewApplication } from "../../server/calls/review-application";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { AttachmentLinks } from "../calls/attachment-links";
import { doneFlag, valueOr404 } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { ErrorSummary, Field, type FormFailure, type FormValues } from "../ui/form";
import { type PostedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-jury-application";

const text = fr.calls.jury;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.applicationTitle, { name: loaderData.application.name }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/** One application as a jury member scores it; 404 off the jury and team, or after a conflict. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const found = valueOr404(await getJuryApplication(context.deps, actor, params.id, params.applicationId));
  const { submittedAt: _s, ...application } = found.application;
  return {
    ...found,
    call: { id: found.call.id, title: found.call.title, status: found.call.status },
    application,
    done: doneFlag(request, ["saved", "submitted"] as const),
  };
}

/** The review as `reviewApplication` reads it: an empty score is no score (not a zero). */
function reviewFrom(form: PostedForm) {
  const scores: Record<string, string> = {};
  const comments: Record<string, string> = {};
  for (const [name, value] of Object.entries(form.values)) {
    if (typeof value !== "string") continue;
    if (name.startsWith("scores.") && value.trim() !== "") scores[name.slice(7)] = value.trim();
    if (name.startsWith("comments.")) comments[name.slice(9)] = value;
  }
  return { scores, comments, comment: form.text("comment"), submit: form.text("intent") === "submit" };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const found = valueOr404(await getJuryApplication(context.deps, actor, params.id, params.applicationId));
  const reviewed = await reviewApplication(context.deps, actor, found.application.id, reviewFrom(form));
  if (!reviewed.ok) return replyFailure(reviewed, form, { forbidden: "explain", nestedFields: true });
  const done = reviewed.value.submitted ? "submitted" : "saved";
  return redirect(`/appels/${params.id}/jury/${params.applicationId}?done=${done}`);
}

type Loaded = ReturnType<typeof useLoaderData<typeof loader>>;

function Identity({ application }: Pick<Loaded, "application">) {
  return (
    <section aria-labelledby="structure-titre" className="stack">
      <h2 id="structure-titre">{text.identity}</h2>
      <ul>
        <li>{t(text.siren, { siren: application.siren })}</li>
        <li>{t(text.legalForm, { form: fr.calls.legalForms[application.legalForm] })}</li>
        <li>
          {application.agrements.length
            ? t(text.agrements, { list: application.agrements.map((a) => fr.calls.agrements[a]).join(", ") })
            : text.noAgrement}
        </li>
        <li>{t(text.postcode, { postcode: application.postcode })}</li>
      </ul>
    </section>
  );
}

function Answers({
  answers,
  attachments,
  callId,
}: Pick<Loaded, "answers" | "attachments"> & { callId: string }) {
  return (
    <section aria-labelledby="reponses-titre" className="stack">
      <h2 id="reponses-titre">{text.answers}</h2>
      <dl className="facts">
        {answers.map((answer) => (
          <div key={answer.questionId}>
            <dt>{answer.label}</dt>
            <dd>
              {answer.kind === "file" ? (
                <AttachmentLinks
                  callId={callId}
                  files={attachments.filter((file) => file.questionId === answer.questionId)}
                />
              ) : (
                <span className="prewrap">{answer.value ?? text.noAnswer}</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Grid({ loaded, failure }: { loaded: Loaded; failure: FormFailure | undefined }) {
  const values: FormValues = failure?.values ?? {
    comment: loaded.own.comment,
    ...Object.fromEntries(
      Object.entries(loaded.own.scores).map(([id, score]) => [`scores.${id}`, String(score)]),
    ),
    ...Object.fromEntries(Object.entries(loaded.own.comments).map(([id, c]) => [`comments.${id}`, c])),
  };
  const errors = failure?.fields ?? {};
  const labels: Record<string, string> = { comment: text.comment };
  for (const c of loaded.criteria) labels[`scores.${c.id}`] = c.label;
  return (
    <Form method="post" className="stack" noValidate>
      <CsrfInput />
      <ErrorSummary failure={failure} labels={labels} />
      {loaded.criteria.map((criterion) => (
        <fieldset key={criterion.id} className="stack">
          <legend>
            {t(text.criterion, { label: criterion.label, weight: criterion.weight, max: criterion.scaleMax })}
          </legend>
          <Field
            name={`scores.${criterion.id}`}
            label={t(text.score, { max: criterion.scaleMax })}
            inputMode="numeric"
            defaultValue={values[`scores.${criterion.id}`]}
            error={errors[`scores.${criterion.id}`]}
          />
          <Field
            name={`comments.${criterion.id}`}
            label={text.criterionComment}
            multiline
            defaultValue={values[`comments.${criterion.id}`]}
            error={errors[`comments.${criterion.id}`]}
          />
        </fieldset>
      ))}
      <Field
        name="comment"
        label={text.comment}
        multiline
        defaultValue={values.comment}
        error={errors.comment}
      />
      <p className="muted">{text.submitHelp}</p>
      <div className="actions">
        <button type="submit" name="intent" value="submit" className="button">
          {text.submit}
        </button>
        <button type="submit" name="intent" value="save" className="button button--secondary">
          {text.saveDraft}
        </button>
      </div>
    </Form>
  );
}

function OwnReview({ loaded }: { loaded: Loaded }) {
  return (
    <>
      <p className="notice">{text.submittedNotice}</p>
      <ul>
        {loaded.criteria.map((c) => (
          <li key={c.id}>
            {c.label} — {t(text.yourScore, { score: loaded.own.scores[c.id] ?? "—", max: c.scaleMax })}
          </li>
        ))}
      </ul>
      <p>
        <a href={`/appels/${loaded.call.id}/tableau`}>{fr.calls.manage.table}</a>
      </p>
    </>
  );
}

export default function CallJuryApplication() {
  const loaded = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  const { call, application, done } = loaded;
  return (
    <div className="stack">
      <p>
        <a href={`/appels/${call.id}/jury`}>{text.backToList}</a>
      </p>
      <p>{call.title}</p>
      <h1>{t(text.applicationTitle, { name: application.name })}</h1>
      {done ? (
        <p className="notice notice--success" role="status">
          {done === "submitted" ? text.submitted : text.saved}
        </p>
      ) : null}
      <Identity application={application} />
      <Answers answers={loaded.answers} attachments={loaded.attachments} callId={call.id} />
      <section aria-labelledby="evaluation-titre" className="stack">
        <h2 id="evaluation-titre">{text.gridTitle}</h2>
        {loaded.own.submitted ? (
          <OwnReview loaded={loaded} />
        ) : loaded.mayScore ? (
          <Grid loaded={loaded} failure={failure} />
        ) : (
          <p className="notice">
            {!loaded.seat.isJuror
              ? text.notJuror
              : call.status === "decided"
                ? text.decided
                : fr.calls.validation.notJuryTime}
          </p>
        )}
      </section>
    </div>
  );
}

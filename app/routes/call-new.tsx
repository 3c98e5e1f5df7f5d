import { redirect, useActionData } from "react-router";
import { getPublicCall } from "../../server/calls/public-calls";
import { publishCall } from "../../server/calls/publish-call";
import { createCall } from "../../server/calls/save-call";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { CallForm } from "../calls/call-form";
import { valueOr404 } from "../network/page-results";
import { type PostedForm, readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-new";

const text = fr.calls.team;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

/** Only the team sees the form; the service says again who may open a call, and on which project. */
export async function loader({ context, request }: Route.LoaderArgs) {
  requireActor(context, request);
  return null;
}

const lines = (value: string) =>
  value
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The call as `createCall` reads it, from the form's flat fields (one question, one criterion). */
function callInput(form: PostedForm) {
  const question = form.text("questionLabel").trim();
  return {
    title: form.text("title"),
    summary: form.text("summary"),
    offerItems: form.list("offerItems"),
    offer: form.text("offer"),
    expectations: form.text("expectations"),
    legalForms: form.list("legalForms"),
    agrements: form.list("agrements"),
    departments: [],
    deadlineDate: form.text("deadlineDate"),
    deadlineTime: form.text("deadlineTime"),
    questions: question
      ? [
          {
            label: question,
            kind: form.text("questionKind"),
            choices: lines(form.text("questionChoices")),
            required: form.text("questionRequired"),
          },
        ]
      : [],
    criteria: [
      {
        label: form.text("criterionLabel"),
        weight: form.text("criterionWeight"),
        scaleMax: form.text("criterionScaleMax"),
      },
    ],
    jurorEmails: lines(form.text("jurorEmails")),
  };
}

const rename = {
  "questions.0.label": "questionLabel",
  "questions.0.kind": "questionKind",
  "questions.0.choices": "questionChoices",
  "criteria.0.label": "criterionLabel",
  "criteria.0.weight": "criterionWeight",
  "criteria.0.scaleMax": "criterionScaleMax",
  criteria: "criterionLabel",
};

/** The team opens the call and publishes it: it then shows on the Fabrique's public page. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const created = await createCall(context.deps, actor, params.id, callInput(form));
  if (!created.ok) return replyFailure(created, form, { forbidden: "explain", rename });
  const published = await publishCall(context.deps, actor, created.value.id);
  if (!published.ok) return replyFailure(published, form, { forbidden: "explain", rename });
  const call = valueOr404(await getPublicCall(context.deps, created.value.id));
  return redirect(`/f/${call.fabriqueSlug}/appels/${call.id}`);
}

export default function CallNew() {
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <h1>{text.newTitle}</h1>
      <p className="lead">{text.intro}</p>
      <CallForm failure={failure} />
    </div>
  );
}

import { redirect, useActionData, useLoaderData } from "react-router";
import { readCallInput } from "../../server/calls/copy-call";
import { publishCall } from "../../server/calls/publish-call";
import { updateCall } from "../../server/calls/save-call";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { CallForm } from "../calls/call-form";
import { callFormValues, callInput, rowsOf } from "../calls/call-input";
import { valueOr404 } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-edit";

const text = fr.calls.team;

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.editTitle, { title: loaderData.title }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/** A draft call in its form, for its team; a published call is no longer edited (its page instead). */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const stored = valueOr404(await readCallInput(context.deps, actor, params.id));
  if (stored.status !== "draft") throw redirect(`/appels/${params.id}/gestion`);
  return { id: params.id, title: stored.title, values: callFormValues(stored) };
}

/** Saves the draft with the same rules as when it was opened; `publish` then publishes it. */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const { input, rename } = callInput(form);
  const saved = await updateCall(context.deps, actor, params.id, input);
  if (!saved.ok) return replyFailure(saved, form, { forbidden: "explain", rename });
  if (form.text("intent") !== "publish") return redirect(`/appels/${params.id}/gestion?done=saved`);
  const published = await publishCall(context.deps, actor, params.id);
  if (!published.ok) return replyFailure(published, form, { forbidden: "explain", rename });
  return redirect(`/appels/${params.id}/gestion?done=published`);
}

export default function CallEdit() {
  const { id, title, values } = useLoaderData<typeof loader>();
  const failure = useActionData<typeof action>();
  return (
    <div className="stack">
      <p>
        <a href={`/appels/${id}/gestion`}>{fr.calls.manage.back}</a>
      </p>
      <h1>{t(text.editTitle, { title })}</h1>
      <p className="lead">{text.editIntro}</p>
      <CallForm
        failure={failure}
        initial={values}
        rows={rowsOf(failure?.values ?? values)}
        submits={[
          { intent: "save", label: text.saveDraft, primary: true },
          { intent: "publish", label: text.publish },
        ]}
      />
    </div>
  );
}

import { redirect, useActionData } from "react-router";
import { getPublicCall } from "../../server/calls/public-calls";
import { publishCall } from "../../server/calls/publish-call";
import { createCall } from "../../server/calls/save-call";
import { requireActor } from "../../server/http/require-actor";
import { fr } from "../../shared/i18n/fr";
import { CallForm } from "../calls/call-form";
import { callInput, rowsOf } from "../calls/call-input";
import { valueOr404 } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import type { Route } from "./+types/call-new";

const text = fr.calls.team;

export const meta = () => [{ title: `${text.newTitle} — ${fr.common.appName}` }];

/** Only the team sees the form; the service says again who may open a call, and on which project. */
export async function loader({ context, request }: Route.LoaderArgs) {
  requireActor(context, request);
  return null;
}

/**
 * The team opens the call: kept as a draft (its page, where it is edited and published later), or
 * published at once, when it shows on the Fabrique's public page.
 */
export async function action({ context, params, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const { input, rename } = callInput(form);
  const created = await createCall(context.deps, actor, params.id, input);
  if (!created.ok) return replyFailure(created, form, { forbidden: "explain", rename });
  if (form.text("intent") === "draft") return redirect(`/appels/${created.value.id}/gestion?done=saved`);
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
      <CallForm
        failure={failure}
        rows={failure ? rowsOf(failure.values) : undefined}
        submits={[
          { intent: "publish", label: text.publish, primary: true },
          { intent: "draft", label: text.saveDraft },
        ]}
      />
    </div>
  );
}

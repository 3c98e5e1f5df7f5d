import { data, redirect, useActionData, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { changeWebhook } from "../../server/webhooks/change-webhook";
import { listWebhooks } from "../../server/webhooks/list-webhooks";
import { registerWebhook } from "../../server/webhooks/register-webhook";
import { resendWebhook } from "../../server/webhooks/resend-webhook";
import { webhookEvents } from "../../shared/codes/webhooks";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { doneFlag, notFound, valueOr404 } from "../network/page-results";
import { readForm, replyFailure } from "../ui/page-form";
import {
  AddEndpoint,
  ChangeConfirmation,
  DeliveryLog,
  Endpoints,
  NewSecret,
} from "../webhooks/webhook-sections";
import type { Route } from "./+types/fabrique-webhooks";

const text = fr.webhooks.page;
const doneMessages = { supprimee: text.deleted, modifiee: text.updated, renvoye: text.resent } as const;
const doneKeys = Object.keys(doneMessages) as (keyof typeof doneMessages)[];

export const meta = ({ loaderData }: Route.MetaArgs) => [
  {
    title: `${loaderData ? t(text.title, { name: loaderData.settings.fabrique.name }) : fr.common.notFoundTitle} — ${fr.common.appName}`,
  },
];

/** The Fabrique's webhook settings: its admins only; 404 for anyone else. */
export async function loader({ context, request, params }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const query = new URL(request.url).searchParams;
  const settings = valueOr404(
    await listWebhooks(context.deps, actor, params.slug, Number(query.get("page") ?? 1)),
  );
  const asked = query.get("change");
  const change = asked === "delete" || asked === "disable" ? asked : null;
  const confirming = settings.endpoints.find((e) => e.id === query.get("confirm"));
  return {
    settings,
    confirm: confirming && change ? { endpoint: confirming, change } : null,
    // Passed through the loader so the form's list stays on the server's side of the bundle.
    events: [...webhookEvents],
    done: doneFlag(request, doneKeys),
  };
}

export async function action({ context, request, params }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const here = `/fabriques/${params.slug}/webhooks`;
  const intent = form.text("intent");
  if (intent === "add") {
    const result = await registerWebhook(context.deps, actor, params.slug, {
      url: form.text("url"),
      events: form.list("events"),
    });
    // The secret is answered once, in this page, never stored where it could be shown again.
    if (result.ok)
      return data({ ok: true as const, created: { url: result.value.url, secret: result.value.secret } });
    return replyFailure(result, form);
  }
  if (intent === "delete" || intent === "disable" || intent === "enable") {
    const result = await changeWebhook(context.deps, actor, params.slug, {
      endpointId: form.text("endpointId"),
      change: intent,
    });
    if (!result.ok) return replyFailure(result, form);
    return redirect(`${here}?done=${intent === "delete" ? "supprimee" : "modifiee"}`);
  }
  if (intent === "resend") {
    const result = await resendWebhook(context.deps, actor, params.slug, form.text("deliveryId"));
    if (!result.ok) return replyFailure(result, form);
    return redirect(`${here}?done=renvoye#journal-titre`);
  }
  return notFound();
}

export default function FabriqueWebhooks() {
  const { settings, confirm, events, done } = useLoaderData<typeof loader>();
  const answer = useActionData<typeof action>();
  const { fabrique } = settings;
  const here = `/fabriques/${fabrique.slug}/webhooks`;
  const refused = answer && !answer.ok ? answer : undefined;
  const resendRefused = refused?.values.intent === "resend" ? refused : undefined;
  return (
    <div className="stack">
      <p>
        <a href={`/fabriques/${fabrique.slug}`}>{fabrique.name}</a>
      </p>
      <h1>{t(text.title, { name: fabrique.name })}</h1>
      <p>{text.intro}</p>
      {done ? (
        <p className="notice notice--success" role="status">
          {doneMessages[done]}
        </p>
      ) : null}
      {answer?.ok ? <NewSecret url={answer.created.url} secret={answer.created.secret} /> : null}
      {confirm ? (
        <ChangeConfirmation here={here} endpoint={confirm.endpoint} change={confirm.change} />
      ) : null}
      <Endpoints here={here} endpoints={settings.endpoints} />
      <AddEndpoint here={here} events={events} failure={refused && !resendRefused ? refused : undefined} />
      {resendRefused ? (
        <p className="notice" role="alert">
          {resendRefused.message}
        </p>
      ) : null}
      <DeliveryLog here={here} deliveries={settings.deliveries} page={settings.page} pages={settings.pages} />
    </div>
  );
}

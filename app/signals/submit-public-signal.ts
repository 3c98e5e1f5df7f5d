import { redirect } from "react-router";
import { fieldErrors } from "../../server/core/validation";
import { RECEIPT_COOKIE, serializeCookie } from "../../server/http/cookies";
import type { EssaimLoadContext } from "../../server/http/load-context";
import { createPublicSignal } from "../../server/signals/create-public-signal";
import { checkFormStamp, clientKeyOf, signFormStamp } from "../../server/signals/form-stamp";
import { publicSignalInput } from "../../server/signals/signal-schemas";
import { fr } from "../../shared/i18n/fr";
import { resolveTypedTerritory } from "../campaigns/resolve-typed-territory";
import { readForm, replyFailure } from "../ui/page-form";
import { submitterFieldNames } from "./signal-fields";

/**
 * The action of the public signal form (`PublicSignalForm`): every field's message at once, the
 * minimum time, then the service, which applies the intake rules shared with the API (honeypot
 * and per-address limits: kept but marked suspected, refused only beyond the ceiling; decision
 * record 0037). With a campaign, the signal answers it (the service refuses it outside the
 * campaign's period, with a message for the whole form). The receipt is tied to this browser by a
 * cookie holding the receipt token, never by a reference in the URL (decision record 0038).
 */
export async function submitPublicSignal(
  context: Pick<EssaimLoadContext, "deps" | "ip">,
  request: Request,
  target: { fabrique: string; campaign?: string },
) {
  const { deps } = context;
  const form = await readForm(request);
  const now = deps.clock.now();
  const freshStamp = signFormStamp(deps.config.secret, now);
  const reply = { forbidden: "explain", rename: submitterFieldNames } as const;
  const refuse = (
    message: string,
    keepStamp: boolean,
    error: "INVALID_INPUT" | "RATE_LIMITED" = "INVALID_INPUT",
  ) =>
    replyFailure(
      { ok: false, error, message },
      { values: { ...form.values, stamp: keepStamp ? form.text("stamp") : freshStamp } },
      reply,
    );

  const territory = await resolveTypedTerritory(deps, {
    value: form.text("territory"),
    query: form.text("territoryQuery"),
  });
  const input = {
    fabrique: target.fabrique,
    kind: form.text("kind"),
    title: form.text("title"),
    description: form.text("description"),
    territory:
      territory.ok && territory.value
        ? { kind: territory.value.kind, code: territory.value.code }
        : undefined,
    themes: form.list("themes"),
    submitter: {
      name: form.text("submitterName"),
      email: form.text("submitterEmail"),
      type: form.text("submitterType"),
    },
    consent: form.text("consent") === "oui",
    campaign: target.campaign,
    website: form.text("website"),
  };
  // Every field's message at once (the territory's included), before the time check, so a
  // person who sends an incomplete form at once learns what is missing rather than "too fast".
  const parsed = publicSignalInput.safeParse(input);
  const fields = {
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
    ...(territory.ok ? {} : territory.fields),
  };
  if (Object.keys(fields).length) {
    return replyFailure({ ok: false, error: "INVALID_INPUT", fields }, form, reply);
  }
  const stamp = checkFormStamp(deps.config.secret, form.input.stamp, now);
  if (stamp === "tooFast") return refuse(fr.signals.spam.tooFast, true);
  if (stamp !== "ok") return refuse(fr.signals.spam.expired, false);

  const result = await createPublicSignal(deps, input, {
    clientKey: clientKeyOf(deps.config.secret, context.ip),
  });
  if (!result.ok) {
    if (result.error === "RATE_LIMITED") return refuse(fr.signals.spam.rateLimited, true, "RATE_LIMITED");
    // The campaign is not a field the person can change: its refusal is the form's message.
    const { campaign: _campaign, ...others } = result.fields ?? {};
    return replyFailure({ ...result, fields: others }, form, reply);
  }
  const receiptPath = `/f/${target.fabrique}/proposer/merci`;
  return redirect(receiptPath, {
    headers: {
      // The form's folder, not the receipt's own path: with JavaScript the receipt's data is
      // fetched from `…/merci.data`, which a cookie scoped to `…/merci` would not reach.
      "Set-Cookie": serializeCookie(RECEIPT_COOKIE, result.value.receiptToken, {
        path: `/f/${target.fabrique}/proposer`,
        maxAgeSeconds: RECEIPT_COOKIE_SECONDS,
        secure: deps.config.publicUrl.startsWith("https://"),
      }),
    },
  });
}

/** How long the browser that sent the form can reload its receipt. */
export const RECEIPT_COOKIE_SECONDS = 60 * 60;

import { fr } from "../../shared/i18n/fr";
import type { Deps } from "../core/deps";
import { fail, type Result } from "../core/result";
import { fieldErrors } from "../core/validation";
import { resolveTypedTerritory } from "../territories/resolve-typed-territory";
import { createPublicSignal, type SignalReceipt } from "./create-public-signal";
import { checkFormStamp, clientKeyOf, signFormStamp } from "./form-stamp";
import { type PublicSignalInput, publicSignalInput } from "./signal-schemas";

/** A post of the public signal form, as the page received it: every field as typed. */
export type PublicFormPost = {
  values: Record<string, unknown>;
  fabrique: string;
  campaign?: string;
  /** The sender's address, kept only as an HMAC (`clientKeyOf`). */
  ip: string;
};

const listOf = (value: unknown): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];

/**
 * The public signal form's rules, in order (decision record 0037): every field's message at once
 * (the territory's included), before the minimum time, so a person who sends an incomplete form at
 * once learns what is missing rather than "too fast"; then the signed stamp (too fast, or altered
 * or too old); then the intake rules shared with the API (honeypot and per-address limits: kept
 * but marked suspected, refused only beyond the ceiling). A refusal's `details.stamp` is the stamp
 * the form must carry when shown again: the same one, or a fresh one when it expired.
 */
export async function submitPublicForm(
  deps: Pick<Deps, "db" | "clock" | "config" | "mail">,
  post: PublicFormPost,
): Promise<Result<SignalReceipt>> {
  const { values } = post;
  const now = deps.clock.now();
  const refuse = (
    message: string,
    stamp: unknown,
    error: "INVALID_INPUT" | "RATE_LIMITED" = "INVALID_INPUT",
  ) => fail(error, { message, details: { stamp } });
  const str = (key: string) => (typeof values[key] === "string" ? (values[key] as string) : "");
  const territory = await resolveTypedTerritory(deps, {
    value: str("territory"),
    query: str("territoryQuery"),
  });
  const input = {
    fabrique: post.fabrique,
    kind: str("kind") as PublicSignalInput["kind"],
    title: str("title"),
    description: str("description"),
    territory:
      territory.ok && territory.value
        ? { kind: territory.value.kind, code: territory.value.code }
        : undefined,
    themes: listOf(values.themes),
    submitter: {
      name: str("submitterName"),
      email: str("submitterEmail"),
      type: str("submitterType") as PublicSignalInput["submitter"]["type"],
    },
    consent: (values.consent === "oui") as true,
    campaign: post.campaign,
    website: str("website"),
  };
  const parsed = publicSignalInput.safeParse(input);
  const fields = {
    ...(parsed.success ? {} : fieldErrors(parsed.error)),
    ...(territory.ok ? {} : territory.fields),
  };
  if (Object.keys(fields).length) return fail("INVALID_INPUT", { fields, details: { stamp: values.stamp } });
  const stamp = checkFormStamp(deps.config.secret, values.stamp, now);
  if (stamp === "tooFast") return refuse(fr.signals.spam.tooFast, values.stamp);
  if (stamp !== "ok") return refuse(fr.signals.spam.expired, signFormStamp(deps.config.secret, now));

  const result = await createPublicSignal(deps, input as PublicSignalInput, {
    clientKey: clientKeyOf(deps.config.secret, post.ip),
  });
  if (result.ok) return result;
  if (result.error === "RATE_LIMITED")
    return refuse(fr.signals.spam.rateLimited, values.stamp, "RATE_LIMITED");
  // The campaign is not a field the person can change: its refusal is the form's message.
  const { campaign: _campaign, ...others } = result.fields ?? {};
  return { ...result, fields: others };
}

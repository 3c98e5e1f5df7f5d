import { redirect } from "react-router";
import { RECEIPT_COOKIE, serializeCookie } from "../../server/http/cookies";
import type { EssaimLoadContext } from "../../server/http/load-context";
import { submitPublicForm } from "../../server/signals/submit-public-form";
import { readForm, replyFailure } from "../ui/page-form";
import { submitterFieldNames } from "./signal-fields";

/**
 * The action of the public signal form (`PublicSignalForm`): the service applies the form's rules
 * (every field's message at once, the minimum time, the intake rules shared with the API: decision
 * record 0037); a refusal shows the form again with what was typed and the stamp the service
 * gives. With a campaign, the signal answers it. The receipt is tied to this browser by a cookie
 * holding the receipt token, never by a reference in the URL (decision record 0038).
 */
export async function submitPublicSignal(
  context: Pick<EssaimLoadContext, "deps" | "ip">,
  request: Request,
  target: { fabrique: string; campaign?: string },
) {
  const { deps } = context;
  const form = await readForm(request);
  const result = await submitPublicForm(deps, { values: form.input, ...target, ip: context.ip });
  if (!result.ok) {
    const stamp = result.details?.stamp;
    const values = typeof stamp === "string" ? { ...form.values, stamp } : form.values;
    return replyFailure(result, { values }, { forbidden: "explain", rename: submitterFieldNames });
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

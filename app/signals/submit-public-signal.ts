import { redirect } from "react-router";
import { formToObject } from "../../server/core/validation";
import { RECEIPT_COOKIE, serializeCookie } from "../../server/http/cookies";
import type { EssaimLoadContext } from "../../server/http/load-context";
import { submitPublicForm } from "../../server/signals/submit-public-form";
import { signalFormFailure } from "./form-failure";

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
  const values = formToObject(await request.formData());
  const result = await submitPublicForm(deps, { values, ...target, ip: context.ip });
  if (!result.ok) {
    const stamp = result.details?.stamp ?? values.stamp;
    return signalFormFailure(result, { ...values, stamp }, result.error === "RATE_LIMITED" ? 429 : 400);
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

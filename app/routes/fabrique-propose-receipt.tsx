import { data, useLoaderData } from "react-router";
import { RECEIPT_COOKIE, readCookie } from "../../server/http/cookies";
import { getPublicFabrique } from "../../server/network/get-public-fabrique";
import { findReceipt } from "../../server/signals/receipt-token";
import { followUpUrl } from "../../server/signals/signal-follow-up-mails";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { valueOr404 } from "../network/page-results";
import type { Route } from "./+types/fabrique-propose-receipt";

const text = fr.signals.public;

export const meta = () => [{ title: `${text.receiptTitle} — ${fr.common.appName}` }];

/**
 * The receipt after a public submission, for the browser that sent it only: the form set a cookie
 * holding the submission's receipt token (decision record 0038). Without it (another browser,
 * more than an hour later, another Fabrique's), the same "no receipt here" page answers 404,
 * whatever reference the URL names: no reference can be probed.
 */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const fabrique = valueOr404(await getPublicFabrique(context.deps, params.slug));
  const token = readCookie(request.headers.get("cookie"), RECEIPT_COOKIE);
  const receipt = await findReceipt(context.deps, params.slug, token);
  const shown = { slug: fabrique.slug, name: fabrique.name };
  if (!receipt) return data({ fabrique: shown, reference: null, followUpUrl: null }, { status: 404 });
  // The token is the cookie's: the follow-up link is printed here to be kept (decision record 0117).
  return {
    fabrique: shown,
    reference: receipt.reference,
    followUpUrl: followUpUrl(context.deps.config.publicUrl, token!),
  };
}

export default function FabriqueProposeReceipt() {
  const { fabrique, reference, followUpUrl: link } = useLoaderData<typeof loader>();
  if (!reference) {
    return (
      <div className="stack">
        <h1>{text.receiptMissingTitle}</h1>
        <p>{t(text.receiptMissing, { fabrique: fabrique.name })}</p>
        <p>
          <a href={`/f/${fabrique.slug}`}>{text.receiptBack}</a>
        </p>
      </div>
    );
  }
  return (
    <div className="stack">
      <div className="notice notice--success" role="status">
        <h1>{text.receiptTitle}</h1>
        <p className="lead">{t(text.receiptReference, { reference })}</p>
      </div>
      <p>{t(text.receiptBody, { fabrique: fabrique.name })}</p>
      {link ? (
        <>
          <p>
            {fr.notifications.followUp.receiptLink} <a href={link}>{link}</a>
          </p>
          <p className="field__help">{fr.notifications.followUp.receiptLinkHelp}</p>
        </>
      ) : null}
      <p>
        <a href={`/f/${fabrique.slug}`}>{text.receiptBack}</a>
      </p>
    </div>
  );
}

import { useLoaderData } from "react-router";
import { getPublicFabrique } from "../../server/network/get-public-fabrique";
import { signalReferenceExists } from "../../server/signals/signal-reference";
import { fr } from "../i18n/fr";
import { t } from "../i18n/t";
import { notFound, valueOr404 } from "../network/page-results";
import type { Route } from "./+types/fabrique-propose-receipt";

const text = fr.signals.public;

export const meta = () => [{ title: `${text.receiptTitle} — ${fr.common.appName}` }];

/** The receipt after a public submission: the reference, nothing else of the signal. */
export async function loader({ context, params, request }: Route.LoaderArgs) {
  const fabrique = valueOr404(await getPublicFabrique(context.deps, params.slug));
  const reference = new URL(request.url).searchParams.get("reference") ?? "";
  if (!(await signalReferenceExists(context.deps.db, params.slug, reference))) notFound();
  return { fabrique: { slug: fabrique.slug, name: fabrique.name }, reference };
}

export default function FabriqueProposeReceipt() {
  const { fabrique, reference } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <div className="notice notice--success" role="status">
        <h1>{text.receiptTitle}</h1>
        <p className="lead">{t(text.receiptReference, { reference })}</p>
      </div>
      <p>{t(text.receiptBody, { fabrique: fabrique.name })}</p>
      <p>
        <a href={`/f/${fabrique.slug}`}>{text.receiptBack}</a>
      </p>
    </div>
  );
}

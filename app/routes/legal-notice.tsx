import { useLoaderData } from "react-router";
import { fr } from "../../shared/i18n/fr";
import { said } from "../legal/operator";
import type { Route } from "./+types/legal-notice";

const text = fr.legal.notice;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

/** Public: who publishes and hosts this instance (ESSAIM_LEGAL_*), and the software's licence. */
export function loader({ context }: Route.LoaderArgs) {
  return { operator: context.deps.config.legal ?? null };
}

export default function LegalNotice() {
  const { operator } = useLoaderData<typeof loader>();
  return (
    <div className="stack prose">
      <h1>{text.title}</h1>
      <dl className="legal-facts">
        <dt>{text.publisher}</dt>
        <dd>{said(operator?.publisher)}</dd>
        <dt>{text.director}</dt>
        <dd>{said(operator?.director)}</dd>
        <dt>{text.host}</dt>
        <dd>{said(operator?.host)}</dd>
        <dt>{text.contact}</dt>
        <dd>{said(operator?.contact)}</dd>
      </dl>
      <h2>{text.softwareTitle}</h2>
      <p>{text.software}</p>
      <h2>{text.reuseTitle}</h2>
      <p>{text.reuse}</p>
    </div>
  );
}

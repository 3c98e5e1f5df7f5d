import { Form, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listAuditEvents } from "../../server/privacy/list-audit-events";
import { auditActions } from "../../shared/codes/audit";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { valueOr404 } from "../network/page-results";
import { Pagination } from "../ui/pagination";
import type { Route } from "./+types/network-audit";

const text = fr.privacy.audit;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const action = url.searchParams.get("acte") ?? "";
  const page = Number(url.searchParams.get("page")) || 1;
  const listed = valueOr404(await listAuditEvents(context.deps, actor, { action, page }));
  return {
    action,
    page: listed.page,
    pages: Math.max(1, Math.ceil(listed.total / listed.perPage)),
    total: listed.total,
    lines: listed.lines.map((line) => ({
      ...line,
      at: `${formatDate(line.at)} ${line.at.toISOString().slice(11, 16)} UTC`,
      details: Object.entries(line.details)
        .filter(([, v]) => v !== null && v !== "")
        .map(([k, v]) => `${k} : ${v}`)
        .join(", "),
    })),
  };
}

export default function NetworkAudit() {
  const { action, page, pages, total, lines } = useLoaderData<typeof loader>();
  const query = (p: number) =>
    `/reseau/journal?${new URLSearchParams({ ...(action ? { acte: action } : {}), page: String(p) })}`;
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      <Form method="get" className="actions">
        <div className="field">
          <label htmlFor="acte">{text.filter}</label>
          <select id="acte" name="acte" defaultValue={action}>
            <option value="">{text.allActions}</option>
            {auditActions.map((a) => (
              <option key={a} value={a}>
                {text.actions[a]}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {text.apply}
        </button>
        <a
          className="button button--secondary"
          href={`/reseau/journal.csv${action ? `?acte=${action}` : ""}`}
        >
          {text.csv}
        </a>
      </Form>
      <p>{t(text.count, { count: total })}</p>
      {lines.length ? (
        <div className="table-wrap">
          <table>
            <caption>{text.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.at}</th>
                <th scope="col">{text.action}</th>
                <th scope="col">{text.actor}</th>
                <th scope="col">{text.subject}</th>
                <th scope="col">{text.fabrique}</th>
                <th scope="col">{text.details}</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={line.id}>
                  <td>{line.at}</td>
                  <td>{text.actions[line.action]}</td>
                  <td>{line.actorName ?? "—"}</td>
                  <td>{line.subjectName ?? (line.subjectUserId ? text.erasedOrGone : "—")}</td>
                  <td>{line.fabriqueName ?? "—"}</td>
                  <td>{line.details}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{text.none}</p>
      )}
      <Pagination page={page} pages={pages} href={query} />
    </div>
  );
}

import { data, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { getOutboxMail } from "../../server/mail/get-outbox-mail";
import { listOutbox } from "../../server/mail/list-outbox";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDateTime } from "../../shared/time";
import { EmptyState } from "../ui/empty-state";
import type { Route } from "./+types/outbox";

const text = fr.accounts.outbox;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

const purposeLabel = (purpose: string) => text.purposes[purpose] ?? purpose;

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const url = new URL(request.url);
  const page = Number.parseInt(url.searchParams.get("page") ?? "1", 10);
  const id = url.searchParams.get("id");
  const smtp = Boolean(context.deps.config.smtpUrl);

  if (id) {
    const mail = await getOutboxMail(context.deps, actor, id);
    if (!mail.ok) throw data(null, { status: 404 });
    const m = mail.value;
    return {
      view: "detail" as const,
      smtp,
      backPage: Number.isInteger(page) && page > 1 ? page : 1,
      mail: {
        to: m.to,
        subject: m.subject,
        text: m.text,
        purpose: purposeLabel(m.purpose),
        status: text.status[m.status],
        createdAt: formatDateTime(m.createdAt),
        sentAt: m.sentAt ? formatDateTime(m.sentAt) : null,
        attempts: m.attempts,
        lastError: m.lastError,
      },
    };
  }

  const list = await listOutbox(context.deps, actor, { page: Number.isInteger(page) ? page : 1 });
  if (!list.ok) throw data(null, { status: 404 });
  return {
    view: "list" as const,
    smtp,
    page: list.value.page,
    pages: list.value.pages,
    total: list.value.total,
    items: list.value.items.map((m) => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      purpose: purposeLabel(m.purpose),
      status: text.status[m.status],
      createdAt: formatDateTime(m.createdAt),
    })),
  };
}

type Loaded = Awaited<ReturnType<typeof loader>>;

/** One mail as it was written, with its sending status and its last error. */
function MailDetail({ loaded }: { loaded: Extract<Loaded, { view: "detail" }> }) {
  const { mail } = loaded;
  return (
    <div className="stack">
      <p>
        <a href={`/reseau/courriels?page=${loaded.backPage}`}>{text.backToList}</a>
      </p>
      <h1>{t(text.detailTitle, { to: mail.to })}</h1>
      <dl className="facts">
        <dt>{text.columns.subject}</dt>
        <dd>{mail.subject}</dd>
        <dt>{text.columns.to}</dt>
        <dd>{mail.to}</dd>
        <dt>{text.columns.purpose}</dt>
        <dd>{mail.purpose}</dd>
        <dt>{text.columns.status}</dt>
        <dd>{mail.status}</dd>
        <dt>{text.columns.createdAt}</dt>
        <dd>{mail.createdAt}</dd>
        {mail.sentAt ? (
          <>
            <dt>{text.sentAt}</dt>
            <dd>{mail.sentAt}</dd>
          </>
        ) : null}
        {mail.attempts ? (
          <>
            <dt>{text.attempts}</dt>
            <dd>{mail.attempts}</dd>
          </>
        ) : null}
        {mail.lastError ? (
          <>
            <dt>{text.lastError}</dt>
            <dd>{mail.lastError}</dd>
          </>
        ) : null}
      </dl>
      <h2>{text.text}</h2>
      <pre>{mail.text}</pre>
    </div>
  );
}

/** The mails written, newest first, a page at a time; without SMTP, a notice says they are not sent. */
function MailList({ loaded }: { loaded: Extract<Loaded, { view: "list" }> }) {
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p>{text.intro}</p>
      {loaded.smtp ? null : (
        <div className="notice notice--warning">
          <p>{text.noSmtp}</p>
        </div>
      )}
      {loaded.items.length === 0 ? (
        <EmptyState title={text.empty}>{text.emptyHelp}</EmptyState>
      ) : (
        <>
          <p>{t(text.count, { count: loaded.total })}</p>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{text.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{text.columns.createdAt}</th>
                  <th scope="col">{text.columns.to}</th>
                  <th scope="col">{text.columns.subject}</th>
                  <th scope="col">{text.columns.purpose}</th>
                  <th scope="col">{text.columns.status}</th>
                </tr>
              </thead>
              <tbody>
                {loaded.items.map((m) => (
                  <tr key={m.id}>
                    <td>{m.createdAt}</td>
                    <td>{m.to}</td>
                    <td>
                      <a href={`/reseau/courriels?id=${m.id}&page=${loaded.page}`}>{m.subject}</a>
                    </td>
                    <td>{m.purpose}</td>
                    <td>{m.status}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {loaded.pages > 1 ? (
            <nav aria-label={fr.common.pagination} className="actions">
              {loaded.page > 1 ? (
                <a href={`/reseau/courriels?page=${loaded.page - 1}`} rel="prev">
                  {fr.common.previousPage}
                </a>
              ) : null}
              <span aria-current="page">
                {t(fr.common.pageOf, { page: loaded.page, pages: loaded.pages })}
              </span>
              {loaded.page < loaded.pages ? (
                <a href={`/reseau/courriels?page=${loaded.page + 1}`} rel="next">
                  {fr.common.nextPage}
                </a>
              ) : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}

export default function Outbox() {
  const loaded = useLoaderData<typeof loader>();
  return loaded.view === "detail" ? <MailDetail loaded={loaded} /> : <MailList loaded={loaded} />;
}

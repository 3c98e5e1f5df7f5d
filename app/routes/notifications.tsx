import { redirect, useLoaderData } from "react-router";
import { requireActor } from "../../server/http/require-actor";
import { listNotifications } from "../../server/notifications/list-notifications";
import { markNotificationsRead } from "../../server/notifications/mark-notifications-read";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import { formatDate } from "../../shared/time";
import { doneFlag } from "../network/page-results";
import { CsrfInput } from "../ui/csrf-input";
import { EmptyState } from "../ui/empty-state";
import { readForm } from "../ui/page-form";
import { Pagination } from "../ui/pagination";
import type { Route } from "./+types/notifications";

const text = fr.notifications.list;

export const meta = () => [{ title: `${text.title} — ${fr.common.appName}` }];

export async function loader({ context, request }: Route.LoaderArgs) {
  const actor = requireActor(context, request);
  const page = Number(new URL(request.url).searchParams.get("page") ?? 1);
  const list = await listNotifications(context.deps, actor, page);
  return {
    ...list,
    items: list.items.map((item) => ({
      id: item.id,
      kind: fr.notifications.kinds[item.kind],
      link: item.link,
      title: item.title,
      detail: item.detail,
      at: formatDate(item.createdAt),
      read: item.readAt !== null,
    })),
    marked: doneFlag(request, ["lues"] as const) !== null,
  };
}

/** Marks one notification read (its button) or all of them; then back to the same page. */
export async function action({ context, request }: Route.ActionArgs) {
  const actor = requireActor(context, request);
  const form = await readForm(request);
  const ids = form.text("intent") === "all" ? "all" : form.list("id");
  await markNotificationsRead(context.deps, actor, ids);
  const page = Number(form.text("page")) || 1;
  return redirect(`/notifications?page=${page}&done=lues`);
}

export default function Notifications() {
  const { items, unread, page, pages, marked } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{text.title}</h1>
      <p className="lead">{text.intro}</p>
      {marked ? (
        <p className="notice notice--success" role="status">
          {text.marked}
        </p>
      ) : null}
      <p>
        <a href="/compte/notifications">{text.preferencesLink}</a>
      </p>
      {items.length === 0 ? (
        <EmptyState title={text.emptyTitle}>{text.empty}</EmptyState>
      ) : (
        <>
          {unread > 0 ? (
            <form method="post">
              <CsrfInput />
              <input type="hidden" name="page" value={page} />
              <button type="submit" name="intent" value="all" className="button button--secondary">
                {text.markAllRead}
              </button>
            </form>
          ) : null}
          <ul className="notification-list">
            {items.map((item) => (
              <li key={item.id} className={item.read ? "notification" : "notification notification--unread"}>
                <p>
                  <strong>{item.read ? text.read : text.unread}</strong> · {item.kind} ·{" "}
                  {t(text.at, { date: item.at })}
                </p>
                <p>
                  {item.detail} : <a href={item.link}>{item.title}</a>
                </p>
                {item.read ? null : (
                  <form method="post">
                    <CsrfInput />
                    <input type="hidden" name="id" value={item.id} />
                    <input type="hidden" name="page" value={page} />
                    <button type="submit" name="intent" value="one" className="button button--link">
                      {text.markRead}
                      <span className="visually-hidden"> : {item.title}</span>
                    </button>
                  </form>
                )}
              </li>
            ))}
          </ul>
          <Pagination page={page} pages={pages} href={(p) => `/notifications?page=${p}`} />
        </>
      )}
    </div>
  );
}

import type { NotificationDelivery, NotificationKind } from "../../shared/codes/notifications";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { OutgoingMail } from "../core/deps";
import { type UnsubscribeScope, unsubscribeToken } from "./unsubscribe-token";

const text = fr.notifications.mail;

/** What a notification mail may say: only what its recipient is entitled to see. */
export type MailedNotification = {
  kind: NotificationKind;
  title: string;
  detail: string;
  link: string;
};

export type Recipient = { userId: string; name: string; email: string };

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The HTML twin of a plain-text mail: each line a paragraph, addresses as links. */
export function htmlOf(lines: readonly string[]): string {
  const body = lines
    .map((line) =>
      line === ""
        ? ""
        : `<p>${escapeHtml(line).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`)}</p>`,
    )
    .join("\n");
  return `<!doctype html>\n<html lang="fr"><meta charset="utf-8"><body>\n${body}\n</body></html>`;
}

/** The unsubscribe page and the one-click address of one kind for one person. */
export function unsubscribeLinks(publicUrl: string, secret: string, userId: string, kind: UnsubscribeScope) {
  const token = unsubscribeToken(secret, userId, kind);
  return {
    page: `${publicUrl}/desabonnement/${token}`,
    headers: {
      "List-Unsubscribe": `<${publicUrl}/api/v1/unsubscribe/${token}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

/** The mail of one notification sent at once: French plain text and HTML, with its unsubscribe. */
export function immediateMail(
  recipient: Recipient,
  item: MailedNotification,
  site: { publicUrl: string; secret: string },
): OutgoingMail {
  const links = unsubscribeLinks(site.publicUrl, site.secret, recipient.userId, item.kind);
  const delivery: NotificationDelivery = "immediately";
  const lines = [
    t(text.greeting, { name: recipient.name }),
    "",
    `${item.detail} : ${item.title}`,
    t(text.open, { url: `${site.publicUrl}${item.link}` }),
    "",
    t(text.footer, {
      delivery: fr.notifications.deliveries[delivery],
      kind: fr.notifications.kinds[item.kind],
      url: links.page,
    }),
  ];
  return {
    to: recipient.email,
    subject: t(text.subject, { detail: item.detail, title: item.title }),
    text: lines.join("\n"),
    html: htmlOf(lines),
    headers: links.headers,
    purpose: `notification_${item.kind}`,
  };
}

import { type SignalStatus, SUBMITTER_RETENTION_YEARS } from "../../shared/codes/signals";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { OutgoingMail } from "../core/deps";
import { htmlOf } from "../notifications/notification-mail";

const text = fr.notifications.followUp;

/** The submitter's private follow-up page (decision record 0117): the receipt token is its key. */
export const followUpUrl = (publicUrl: string, token: string) => `${publicUrl}/suivi/${token}`;

/** When a follow-up link stops answering: the retention of the submitter's data, from receipt. */
export function followUpExpiry(receivedAt: Date): Date {
  const expiry = new Date(receivedAt);
  expiry.setUTCFullYear(expiry.getUTCFullYear() + SUBMITTER_RETENTION_YEARS);
  return expiry;
}

type Submitted = { reference: string; title: string; submitterName: string; submitterEmail: string };

const greetingName = (name: string) => (name.trim() ? ` ${name.trim()}` : "");

/** The acknowledgement: the reference and the private link, in plain French. */
export function acknowledgementMail(signal: Submitted, fabriqueName: string, url: string): OutgoingMail {
  const lines = text.ack.map((line) =>
    t(line, {
      name: greetingName(signal.submitterName),
      fabrique: fabriqueName,
      title: signal.title,
      reference: signal.reference,
      url,
      years: SUBMITTER_RETENTION_YEARS,
    }),
  );
  return {
    to: signal.submitterEmail,
    subject: t(text.ackSubject, { reference: signal.reference }),
    text: lines.join("\n"),
    html: htmlOf(lines),
    purpose: "signal_acknowledgement",
  };
}

/**
 * A status change told to a submitter who asked for it: the new status in plain words and the
 * team's public answer, nothing else of the team's work (no reason typed for the journal).
 */
export function statusChangeMail(
  signal: Submitted & { status: SignalStatus; publicAnswer: string },
  url: string,
): OutgoingMail {
  const status = text.statuses[signal.status];
  const lines = text.change
    .map((line) =>
      t(line, {
        name: greetingName(signal.submitterName),
        title: signal.title,
        reference: signal.reference,
        status,
        answer: signal.publicAnswer.trim() ? `${text.answerTitle} : ${signal.publicAnswer.trim()}\n` : "",
        url,
      }),
    )
    .flatMap((line) => line.split("\n"));
  return {
    to: signal.submitterEmail,
    subject: t(text.changeSubject, { reference: signal.reference, status }),
    text: lines.join("\n"),
    html: htmlOf(lines),
    purpose: "signal_follow_up",
  };
}

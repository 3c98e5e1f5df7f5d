import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { campaign } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";
import { queueWebhooks } from "../webhooks/queue-webhooks";

/**
 * A new signal, told to its Fabrique's team (admins and officers: the people who see every signal
 * of it) in the transaction that writes it. Partners and other Fabriques are not told: a partner
 * sees only the signals they recorded, another Fabrique none. Signals of one Fabrique share a
 * digest line (one campaign's evening of fifty is one line).
 */
export async function notifyNewSignal(
  deps: Pick<Deps, "clock" | "mail" | "config">,
  tx: Db,
  row: { id: string; reference: string; title: string; fabriqueId: string; campaignId: string | null },
  actorUserId: string | null,
) {
  const [answered] = row.campaignId
    ? await tx.select({ title: campaign.title }).from(campaign).where(eq(campaign.id, row.campaignId))
    : [];
  const details = fr.notifications.details;
  // The Fabrique's own tools hear of it too: what its team sees, never the submitter's contact.
  await queueWebhooks(deps, tx, {
    event: "signal_new",
    fabriqueId: row.fabriqueId,
    object: {
      type: "signal",
      id: row.id,
      reference: row.reference,
      title: row.title,
      path: `/signaux/${row.id}`,
    },
    detail: { campaign: answered?.title ?? null },
  });
  return recordNotifications(deps, tx, {
    kind: "signal_new",
    fabriqueId: row.fabriqueId,
    link: `/signaux/${row.id}`,
    title: row.title,
    detail: answered
      ? t(details.signal_new_campaign, { reference: row.reference, campaign: answered.title })
      : t(details.signal_new, { reference: row.reference }),
    groupKey: `signal_new:${row.campaignId ?? row.fabriqueId}`,
    audience: { team: row.fabriqueId },
    actorUserId,
  });
}

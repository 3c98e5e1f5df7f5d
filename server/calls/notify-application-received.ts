import { eq } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { call, callJuror, fabrique } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";

/**
 * A submitted application (issue 17), told in its transaction to the people who see a call's
 * applications (`jury-rules.ts`): the call's Fabrique team and its jurors. A conflict of interest
 * is declared on an application already received, so none can exempt anyone yet. Nobody else
 * hears of it: another Fabrique, a partner off the jury. The link is the call's page, which
 * everyone told may open; the applicant's name (its title) is what the team and jury read on the application.
 */
export async function notifyApplicationReceived(
  deps: Pick<Deps, "clock" | "mail" | "config">,
  tx: Db,
  application: { callId: string; name: string },
) {
  const [row] = await tx
    .select({ title: call.title, fabriqueId: call.fabriqueId, slug: fabrique.slug })
    .from(call)
    .innerJoin(fabrique, eq(fabrique.id, call.fabriqueId))
    .where(eq(call.id, application.callId));
  if (!row) return 0;
  const jurors = await tx
    .select({ userId: callJuror.userId })
    .from(callJuror)
    .where(eq(callJuror.callId, application.callId));
  return recordNotifications(deps, tx, {
    kind: "application_received",
    fabriqueId: row.fabriqueId,
    link: `/f/${row.slug}/appels/${application.callId}`,
    title: application.name,
    detail: t(fr.notifications.details.application_received, { call: row.title }),
    groupKey: `application_received:${application.callId}`,
    audience: { team: row.fabriqueId, plus: jurors.map((j) => j.userId) },
    actorUserId: null,
  });
}

import { and, eq, inArray, isNull, notExists, sql } from "drizzle-orm";
import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { Deps } from "../core/deps";
import type { Db } from "../db/database";
import { call, callJuror, fabrique, membership } from "../db/schema";
import { recordNotifications } from "../notifications/record-notifications";

/**
 * A submitted application (issue 17), told in its transaction to the people who see a call's
 * applications (`jury-rules.ts`): the call's Fabrique team and its jurors. A conflict of interest
 * is declared on an application already received, so none can exempt anyone yet. Nobody else
 * hears of it: another Fabrique, a partner off the jury. The team's link is the call's page with its
 * applications; a juror from outside the team (an invited partner) gets the jury's page, the only one
 * they may open. The applicant's name (its title) is what the team and jury read on the application.
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
  const outsideJurors = await tx
    .select({ userId: callJuror.userId })
    .from(callJuror)
    .where(
      and(
        eq(callJuror.callId, application.callId),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(membership)
            .where(
              and(
                eq(membership.userId, callJuror.userId),
                eq(membership.fabriqueId, row.fabriqueId),
                isNull(membership.initiativeId),
                inArray(membership.role, ["admin", "officer"]),
              ),
            ),
        ),
      ),
    );
  const told = {
    kind: "application_received" as const,
    fabriqueId: row.fabriqueId,
    title: application.name,
    detail: t(fr.notifications.details.application_received, { call: row.title }),
    groupKey: `application_received:${application.callId}`,
    actorUserId: null,
  };
  const team = await recordNotifications(deps, tx, {
    ...told,
    link: `/appels/${application.callId}/gestion`,
    audience: { team: row.fabriqueId },
  });
  if (outsideJurors.length === 0) return team;
  const jury = await recordNotifications(deps, tx, {
    ...told,
    link: `/appels/${application.callId}/jury`,
    audience: { users: outsideJurors.map((j) => j.userId) },
  });
  return team + jury;
}

import { and, eq, exists, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
import {
  defaultDelivery,
  type NotificationDelivery,
  type NotificationKind,
} from "../../shared/codes/notifications";
import type { Db } from "../db/database";
import { membership, notificationPreference, user } from "../db/schema";

/**
 * Who is entitled to hear of an event, read from the memberships (the same rules as each
 * domain's access checks, narrowed to those who work on the object):
 * - `team`: the Fabrique's admins and officers (every signal, every initiative of it), with
 *   `plus` people the caller already checked (a call's jurors);
 * - `initiative`: the team, plus with `carrier` the initiative's carrier (a membership scoped to it);
 * - `animators`: the network animators (catalogue curation);
 * - `users`: people the caller already checked (a mention in a thread they can read).
 */
export type Audience =
  | { team: string; plus?: string[] }
  | { initiative: { id: string; fabriqueId: string }; carrier: boolean }
  | { animators: true }
  | { users: string[] };

export type AudienceMember = {
  userId: string;
  name: string;
  email: string;
  delivery: NotificationDelivery;
};

/** The team of a Fabrique: a Fabrique-wide admin or officer membership of `user`. */
const teamOf = (fabriqueId: string): SQL =>
  and(
    eq(membership.userId, user.id),
    eq(membership.fabriqueId, fabriqueId),
    isNull(membership.initiativeId),
    inArray(membership.role, ["admin", "officer"]),
  )!;

const memberWhere = (condition: SQL): SQL => exists(sql`(select 1 from ${membership} where ${condition})`);

/** Whether `user` belongs to the audience, as one condition on the `user` table. */
function audienceCondition(audience: Audience): SQL | undefined {
  if ("users" in audience) return audience.users.length ? inArray(user.id, audience.users) : sql`false`;
  if ("animators" in audience) return eq(user.isNetworkAnimator, true);
  if ("team" in audience) {
    const team = memberWhere(teamOf(audience.team));
    return audience.plus?.length ? or(team, inArray(user.id, audience.plus)) : team;
  }
  const { id, fabriqueId } = audience.initiative;
  const team = memberWhere(teamOf(fabriqueId));
  if (!audience.carrier) return team;
  return or(
    team,
    memberWhere(
      and(
        eq(membership.userId, user.id),
        eq(membership.fabriqueId, fabriqueId),
        eq(membership.initiativeId, id),
        eq(membership.role, "carrier"),
      )!,
    ),
  );
}

/**
 * The audience as one query of `user_id` and `delivery` (the person's choice for the kind, its
 * default otherwise): active people only, the actor left out, each once. `recordNotifications`
 * inserts straight from it.
 */
export function audienceQuery(
  db: Db,
  kind: NotificationKind,
  audience: Audience,
  exceptUserId: string | null,
) {
  const delivery = sql<NotificationDelivery>`coalesce(${notificationPreference.delivery}, ${defaultDelivery[kind]})`;
  return db
    .select({ userId: sql<string>`${user.id}`.as("user_id"), delivery: delivery.as("delivery") })
    .from(user)
    .leftJoin(
      notificationPreference,
      and(eq(notificationPreference.userId, user.id), eq(notificationPreference.kind, kind)),
    )
    .where(
      and(
        isNull(user.disabledAt),
        exceptUserId ? ne(user.id, exceptUserId) : undefined,
        audienceCondition(audience),
      ),
    );
}

import { and, eq, inArray, isNull, ne, or, type SQL, sql } from "drizzle-orm";
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
 * - `team`: the Fabrique's admins and officers (every signal, every initiative of it);
 * - `initiative`: the team, plus with `carrier` the initiative's carrier (a membership scoped to it);
 * - `animators`: the network animators (catalogue curation);
 * - `users`: people the caller already checked (a mention in a thread they can read).
 */
export type Audience =
  | { team: string }
  | { initiative: { id: string; fabriqueId: string }; carrier: boolean }
  | { animators: true }
  | { users: string[] };

export type AudienceMember = {
  userId: string;
  name: string;
  email: string;
  delivery: NotificationDelivery;
};

function audienceCondition(audience: Audience): SQL | undefined {
  const team = (fabriqueId: string) =>
    and(
      eq(membership.fabriqueId, fabriqueId),
      isNull(membership.initiativeId),
      inArray(membership.role, ["admin", "officer"]),
    );
  if ("team" in audience) return team(audience.team);
  if ("initiative" in audience) {
    const { id, fabriqueId } = audience.initiative;
    if (!audience.carrier) return team(fabriqueId);
    return or(
      team(fabriqueId),
      and(
        eq(membership.fabriqueId, fabriqueId),
        eq(membership.initiativeId, id),
        eq(membership.role, "carrier"),
      ),
    );
  }
  return undefined;
}

/** The people an event reaches, each with how they want its kind by mail; the actor excluded. */
export async function audienceOf(
  db: Db,
  kind: NotificationKind,
  audience: Audience,
  exceptUserId: string | null,
): Promise<AudienceMember[]> {
  const delivery = sql<NotificationDelivery>`coalesce(${notificationPreference.delivery}, ${defaultDelivery[kind]})`;
  const columns = { userId: user.id, name: user.name, email: user.email, delivery };
  const active = and(isNull(user.disabledAt), exceptUserId ? ne(user.id, exceptUserId) : undefined);
  const withPreference = and(
    eq(notificationPreference.userId, user.id),
    eq(notificationPreference.kind, kind),
  );
  if ("animators" in audience || "users" in audience) {
    if ("users" in audience && !audience.users.length) return [];
    return db
      .select(columns)
      .from(user)
      .leftJoin(notificationPreference, withPreference)
      .where(
        and(
          active,
          "users" in audience ? inArray(user.id, audience.users) : eq(user.isNetworkAnimator, true),
        ),
      );
  }
  return db
    .selectDistinct(columns)
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .leftJoin(notificationPreference, withPreference)
    .where(and(active, audienceCondition(audience)));
}

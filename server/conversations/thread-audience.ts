import { and, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
import type { ThreadVisibility } from "../../shared/codes/conversations";
import type { Db } from "../db/database";
import { contact, initiativePartner, initiativeProgramme, membership, programme, user } from "../db/schema";
import type { MentionCandidate } from "./thread-rules";

/**
 * The people who read a thread, those a comment may mention: the Fabrique's team for a team-only
 * thread; for a thread open to partners also the initiative's carrier, its partners with an
 * account (a contact card linked to it, directly named or through their organisation, a contact
 * card of an organisation funding a programme that covers it, or a partner membership scoped to
 * the initiative) and the network animators: the people `initiative-access.ts` lets read it. Disabled accounts left out.
 */
export async function threadAudience(
  db: Db,
  initiative: { id: string; fabriqueId: string },
  visibility: ThreadVisibility,
): Promise<MentionCandidate[]> {
  const columns = { userId: user.id, name: user.name, email: user.email };
  const team = db
    .selectDistinct(columns)
    .from(user)
    .innerJoin(membership, eq(membership.userId, user.id))
    .where(
      and(
        isNull(user.disabledAt),
        eq(membership.fabriqueId, initiative.fabriqueId),
        or(
          and(isNull(membership.initiativeId), inArray(membership.role, ["admin", "officer"])),
          visibility === "partners" ? eq(membership.initiativeId, initiative.id) : undefined,
        ),
      ),
    );
  if (visibility === "team") return sortByName(await team);
  const [members, partners, funders, animators] = await Promise.all([
    team,
    db
      .selectDistinct(columns)
      .from(initiativePartner)
      .innerJoin(
        contact,
        or(
          eq(contact.id, initiativePartner.contactId),
          eq(contact.organisationId, initiativePartner.organisationId),
        ),
      )
      .innerJoin(user, eq(user.id, contact.userId))
      .where(
        and(
          eq(initiativePartner.initiativeId, initiative.id),
          isNotNull(contact.userId),
          isNull(user.disabledAt),
        ),
      ),
    // Partners who see it through a programme their organisation funds (initiative-access.ts).
    db
      .selectDistinct(columns)
      .from(initiativeProgramme)
      .innerJoin(programme, eq(programme.id, initiativeProgramme.programmeId))
      .innerJoin(contact, eq(contact.organisationId, programme.funderOrganisationId))
      .innerJoin(user, eq(user.id, contact.userId))
      .where(and(eq(initiativeProgramme.initiativeId, initiative.id), isNull(user.disabledAt))),
    db
      .select(columns)
      .from(user)
      .where(and(eq(user.isNetworkAnimator, true), isNull(user.disabledAt))),
  ]);
  const byId = new Map([...members, ...partners, ...funders, ...animators].map((p) => [p.userId, p]));
  return sortByName([...byId.values()]);
}

const sortByName = (people: MentionCandidate[]) => people.sort((a, b) => a.name.localeCompare(b.name, "fr"));

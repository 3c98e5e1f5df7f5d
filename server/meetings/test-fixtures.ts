import type { Db } from "../db/database";
import { contact, initiative, initiativePartner, type PartnerRole } from "../db/schema";
import { addMembership, createUser } from "../seed/factories";

let sequence = 0;

/** An initiative row of a Fabrique, for tests of what hangs under it. */
export async function createTestInitiative(
  db: Db,
  fabriqueId: string,
  values: Partial<typeof initiative.$inferInsert> = {},
) {
  const n = ++sequence;
  const [row] = await db
    .insert(initiative)
    .values({
      fabriqueId,
      reference: `T-P-2026-${String(n).padStart(3, "0")}`,
      title: `Conciergerie seniors ${n}`,
      territoryKind: "commune",
      territoryCode: "76540",
      entryPoint: "need",
      ...values,
    })
    .returning();
  return row!;
}

/** A partner account whose contact card holds `role` on the initiative. */
export async function createTestPartner(db: Db, fabriqueId: string, initiativeId: string, role: PartnerRole) {
  const person = await createUser(db);
  await addMembership(db, { userId: person.id, fabriqueId, role: "partner" });
  const [card] = await db
    .insert(contact)
    .values({ fabriqueId, name: person.name, userId: person.id })
    .returning();
  await db.insert(initiativePartner).values({ initiativeId, contactId: card!.id, role });
  return person;
}

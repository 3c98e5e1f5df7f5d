import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { initiative } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import type { TestDeps } from "../testing/test-deps";

/**
 * Two Fabriques for the directory and partner tests: A with an officer, a partner and one
 * initiative; B with an officer; a network animator; someone with no Fabrique.
 */
export async function createDirectoryWorld(deps: TestDeps) {
  const actorOf = async (userId: string) => (await loadActor(deps, userId))!;
  const a = await createFabrique(deps.db, { slug: "dir-a", name: "Fabrique A" });
  const b = await createFabrique(deps.db, { slug: "dir-b", name: "Fabrique B" });
  const officerA = await createUser(deps.db);
  const officerB = await createUser(deps.db);
  const animator = await createUser(deps.db, { isNetworkAnimator: true });
  const partner = await createUser(deps.db);
  const stranger = await createUser(deps.db);
  await addMembership(deps.db, { userId: officerA.id, fabriqueId: a.id, role: "officer" });
  await addMembership(deps.db, { userId: officerB.id, fabriqueId: b.id, role: "officer" });
  await addMembership(deps.db, { userId: partner.id, fabriqueId: a.id, role: "partner" });
  const [row] = await deps.db
    .insert(initiative)
    .values({
      fabriqueId: a.id,
      reference: "DIR-P-2026-001",
      title: "Conciergerie pour les seniors",
      territoryKind: "commune",
      territoryCode: "76540",
      entryPoint: "need",
    })
    .returning();
  return {
    fabriqueA: a.id,
    initiativeA: row!.id,
    partnerUserId: partner.id,
    actors: {
      officerA: await actorOf(officerA.id),
      officerB: await actorOf(officerB.id),
      animator: await actorOf(animator.id),
      partnerA: await actorOf(partner.id),
      stranger: await actorOf(stranger.id),
    } satisfies Record<string, Actor>,
  };
}

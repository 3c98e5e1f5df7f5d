import { hashPassword } from "../accounts/password";
import { generateSecretToken, hashSecretToken } from "../accounts/secret-token";
import type { Db } from "../db/database";
import {
  apiToken,
  type FabriqueStatus,
  fabrique,
  fabriqueStatusEvent,
  type MembershipRole,
  membership,
  network,
  user,
} from "../db/schema";

/**
 * Test-data factories: the same functions build the demo and the fixtures of tests, so tests
 * exercise data shaped like the real thing. Each takes explicit values where they matter.
 */
let sequence = 0;
const next = () => ++sequence;

export async function createNetwork(db: Db, values: { name: string; description?: string }) {
  const [row] = await db
    .insert(network)
    .values({ id: 1, name: values.name, description: values.description ?? "" })
    .onConflictDoUpdate({
      target: network.id,
      set: { name: values.name, description: values.description ?? "" },
    })
    .returning();
  return row!;
}

export async function createFabrique(
  db: Db,
  values: Partial<typeof fabrique.$inferInsert> & { status?: FabriqueStatus } = {},
) {
  const n = next();
  const [row] = await db
    .insert(fabrique)
    .values({
      slug: values.slug ?? `fabrique-${n}`,
      name: values.name ?? `Fabrique ${n}`,
      ...values,
    })
    .returning();
  await db.insert(fabriqueStatusEvent).values({
    fabriqueId: row!.id,
    fromStatus: null,
    toStatus: row!.status,
    reason: "Création",
    at: row!.createdAt,
  });
  return row!;
}

/** Hashing is slow on purpose; tests reuse one hash per password. */
const hashCache = new Map<string, Promise<string>>();
export function cachedHash(password: string): Promise<string> {
  let hash = hashCache.get(password);
  if (!hash) {
    hash = hashPassword(password);
    hashCache.set(password, hash);
  }
  return hash;
}

export async function createUser(
  db: Db,
  values: Partial<Omit<typeof user.$inferInsert, "passwordHash">> & { password?: string | null } = {},
) {
  const n = next();
  const { password = "mot-de-passe-de-test", ...rest } = values;
  const [row] = await db
    .insert(user)
    .values({
      email: `personne${n}@exemple.test`,
      name: `Personne ${n}`,
      passwordHash: password === null ? null : await cachedHash(password),
      ...rest,
    })
    .returning();
  return row!;
}

export async function addMembership(
  db: Db,
  values: { userId: string; fabriqueId: string; role: MembershipRole; initiativeId?: string | null },
) {
  const [row] = await db
    .insert(membership)
    .values({ ...values, initiativeId: values.initiativeId ?? null })
    .returning();
  return row!;
}

/**
 * A bearer token written straight into `api_token`, as `POST /api/v1/auth/token` would issue it,
 * for API tests that are not about signing in.
 */
export async function createBearerToken(
  db: Db,
  userId: string,
  values: { expiresAt?: Date; name?: string } = {},
): Promise<string> {
  const token = generateSecretToken("essaim_");
  await db.insert(apiToken).values({
    tokenHash: hashSecretToken(token),
    prefix: token.slice(0, 12),
    name: values.name ?? "test",
    userId,
    expiresAt: values.expiresAt ?? new Date("2027-11-27T09:00:00.000Z"),
  });
  return token;
}

import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../db/database";
import { fabrique } from "../db/schema";
import { isUniqueViolation } from "./fabrique-input";

/**
 * The prefixes a Fabrique may take, best first: three letters of its slug (`adress` → `ADR`, what
 * every Fabrique had before prefixes were stored), then its initials, then other letters of the
 * slug, then the three letters with a number. Two Fabriques whose slugs start alike
 * (`premiere-brique`, `premiere-pierre`) thus get different prefixes.
 */
export function prefixCandidates(slug: string): string[] {
  const letters = slug.replace(/[^a-z0-9]/gi, "").toUpperCase() || "FAB";
  const words = slug
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const three = letters.slice(0, 3).padEnd(3, "X");
  const out = new Set<string>([three]);
  if (words.length > 1)
    out.add(`${words.map((w) => w[0]).join("")}${letters.slice(1)}`.slice(0, 3).padEnd(3, "X"));
  for (let i = 2; i < letters.length; i++) out.add(`${letters.slice(0, 2)}${letters[i]}`);
  for (let i = 1; i < letters.length; i++) {
    for (let j = i + 1; j < letters.length; j++) out.add(`${letters[0]}${letters[i]}${letters[j]}`);
  }
  for (let n = 2; n < 100; n++) out.add(`${three}${n}`);
  return [...out];
}

type Writer = Pick<Db, "select" | "update" | "transaction">;

const storedPrefix = async (db: Writer, fabriqueId: string) => {
  const [row] = await db
    .select({ prefix: fabrique.referencePrefix })
    .from(fabrique)
    .where(eq(fabrique.id, fabriqueId));
  return row?.prefix ?? null;
};

/**
 * The reference prefix of a Fabrique, given on first use: the first candidate no other Fabrique
 * holds. References already given keep their letters (they are stored), so they still resolve.
 */
export async function fabriqueReferencePrefix(
  db: Writer,
  owner: { id: string; slug: string },
): Promise<string> {
  const stored = await storedPrefix(db, owner.id);
  if (stored) return stored;
  const taken = new Set(
    (
      await db
        .select({ prefix: fabrique.referencePrefix })
        .from(fabrique)
        .where(isNotNull(fabrique.referencePrefix))
    ).map((r) => r.prefix),
  );
  const free = prefixCandidates(owner.slug).filter((candidate) => !taken.has(candidate));
  return claimReferencePrefix(db, owner.id, free);
}

/**
 * Gives the Fabrique the first of `candidates` the unique index accepts. Two Fabriques whose
 * slugs start alike, numbering at the same moment, both read the same letters as free: the
 * second one's update hits the unique index, and it takes its next candidate. Each try runs in
 * a savepoint, so the refusal does not abort the caller's transaction.
 */
export async function claimReferencePrefix(
  db: Writer,
  fabriqueId: string,
  candidates: readonly string[],
): Promise<string> {
  for (const candidate of candidates) {
    try {
      const [row] = await db.transaction((tx) =>
        tx
          .update(fabrique)
          .set({ referencePrefix: candidate })
          .where(and(eq(fabrique.id, fabriqueId), isNull(fabrique.referencePrefix)))
          .returning({ prefix: fabrique.referencePrefix }),
      );
      // No row: this Fabrique got its prefix meanwhile (its own concurrent first reference).
      return row?.prefix ?? (await storedPrefix(db, fabriqueId))!;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`No free reference prefix left for Fabrique ${fabriqueId}`);
}

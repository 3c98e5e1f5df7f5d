import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "../db/database";
import { fabrique } from "../db/schema";

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

type Reader = Pick<Db, "select" | "update">;

/**
 * The reference prefix of a Fabrique, given on first use: the first candidate no other Fabrique
 * holds. References already given keep their letters (they are stored), so they still resolve.
 */
export async function fabriqueReferencePrefix(
  db: Reader,
  owner: { id: string; slug: string },
): Promise<string> {
  const [row] = await db
    .select({ prefix: fabrique.referencePrefix })
    .from(fabrique)
    .where(eq(fabrique.id, owner.id));
  if (row?.prefix) return row.prefix;
  const taken = new Set(
    (
      await db
        .select({ prefix: fabrique.referencePrefix })
        .from(fabrique)
        .where(isNotNull(fabrique.referencePrefix))
    ).map((r) => r.prefix),
  );
  const prefix = prefixCandidates(owner.slug).find((candidate) => !taken.has(candidate))!;
  await db
    .update(fabrique)
    .set({ referencePrefix: prefix })
    .where(and(eq(fabrique.id, owner.id), isNull(fabrique.referencePrefix)));
  return prefix;
}

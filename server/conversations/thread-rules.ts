import type { ThreadVisibility } from "../../shared/codes/conversations";
import type { InitiativeAccess } from "../initiatives/initiative-access";

/**
 * Who reads a thread (decision record 0118): a team-only thread exists only for the Fabrique's
 * team (admins, officers); a thread open to partners for anyone who sees the initiative (team,
 * carrier, partners, network animator). Another Fabrique never sees the initiative at all.
 */
export function canSeeThread(access: Pick<InitiativeAccess, "level">, visibility: ThreadVisibility): boolean {
  return visibility === "partners" || access.level === "team";
}

export type MentionCandidate = { userId: string; name: string; email: string };

/**
 * The people a "Mentionner" field names, among those who read the thread: each comma- or
 * semicolon-separated entry (an optional leading "@") matches an e-mail or a full name, letter
 * case and accents aside. Entries matching nobody who reads the thread are returned as `unknown`.
 */
export function resolveMentions(
  audience: readonly MentionCandidate[],
  raw: string,
): { userIds: string[]; unknown: string[] } {
  const fold = (s: string) =>
    s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
  const userIds = new Set<string>();
  const unknown: string[] = [];
  for (const entry of raw.split(/[,;\n]/)) {
    const wanted = fold(entry.replace(/^\s*@/, ""));
    if (!wanted) continue;
    const found = audience.filter((p) => fold(p.email) === wanted || fold(p.name) === wanted);
    if (found.length === 1) userIds.add(found[0]!.userId);
    else unknown.push(entry.trim());
  }
  return { userIds: [...userIds], unknown };
}

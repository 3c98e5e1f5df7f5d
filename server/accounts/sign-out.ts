import { eq } from "drizzle-orm";
import type { Deps } from "../core/deps";
import { ok, type Result } from "../core/result";
import { session } from "../db/schema";

/** Close one browser session (the cookie is cleared by the caller). */
export async function signOut(
  deps: Pick<Deps, "db">,
  sessionId: string | null,
): Promise<Result<void, never>> {
  if (sessionId) await deps.db.delete(session).where(eq(session.id, sessionId));
  return ok(undefined);
}

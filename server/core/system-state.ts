import { eq, sql } from "drizzle-orm";
import type { Db } from "../db/database";
import { systemState } from "../db/schema";

export async function getSystemState<T>(db: Db, key: string): Promise<T | undefined> {
  const [row] = await db.select().from(systemState).where(eq(systemState.key, key));
  return row?.value as T | undefined;
}

export async function setSystemState(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(systemState)
    .values({ key, value })
    .onConflictDoUpdate({ target: systemState.key, set: { value, updatedAt: sql`now()` } });
}

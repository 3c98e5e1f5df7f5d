import { sql } from "drizzle-orm";
import { signal } from "../db/schema";

/** SQL: the signal is not marked as confirmed spam (unmarked and suspected ones stay listed and counted). */
export const notConfirmedSpam = sql`${signal.spam} is distinct from 'confirmed'`;

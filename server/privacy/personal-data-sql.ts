import { sql } from "drizzle-orm";
import type { Db } from "../db/database";

/** A table and column that point at a person: by their account id, or by their e-mail address. */
export type PersonColumn = { table: string; column: string; by: "id" | "email" };

/**
 * Columns whose values are secrets of the person's own sessions and links, never exported: a hash
 * of a session or reset token is useless to the person and would help whoever steals the file.
 */
export const SECRET_COLUMN = /(hash|secret)$/;

/**
 * Every column of the public schema that refers to a person: the foreign keys to `user`, the audit
 * log's subject (no foreign key, on purpose), and the text columns named `…email` (submitters and
 * contacts recorded before or without an account). Read from the catalogue, so a table added later
 * is in the export and the erasure without anyone remembering to list it.
 */
export async function listPersonColumns(db: Db): Promise<PersonColumn[]> {
  const foreignKeys = await db.execute<{ table: string; column: string }>(sql`
    select cl.relname as table, a.attname as column
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_namespace n on n.oid = cl.relnamespace and n.nspname = 'public'
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'public.user'::regclass
    order by 1, 2`);
  const emails = await db.execute<{ table: string; column: string }>(sql`
    select table_name as table, column_name as column from information_schema.columns
    where table_schema = 'public' and data_type = 'text' and column_name ~ '(^|_)email$' and table_name <> 'user'
    order by 1, 2`);
  return [
    ...foreignKeys.rows.map((r) => ({ ...r, by: "id" as const })),
    { table: "audit_event", column: "subject_user_id", by: "id" as const },
    ...emails.rows.map((r) => ({ ...r, by: "email" as const })),
  ];
}

/** The rows of `table` that refer to the person through `column`, as JSON objects without secrets. */
export async function rowsAbout(
  db: Db,
  place: PersonColumn,
  person: { id: string; email: string },
): Promise<Record<string, unknown>[]> {
  const where =
    place.by === "id"
      ? sql`${sql.identifier(place.column)} = ${person.id}`
      : sql`lower(${sql.identifier(place.column)}) = lower(${person.email})`;
  const result = await db.execute<{ row: Record<string, unknown> }>(
    sql`select row_to_json(t) as row from ${sql.identifier(place.table)} t where ${where} limit 10000`,
  );
  return result.rows.map(({ row }) =>
    Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMN.test(key))),
  );
}

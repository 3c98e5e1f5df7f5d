import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { getTableName, is } from "drizzle-orm";
import { PgTable } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../server/db/schema";
import { buildDir, ensureBuild } from "../../server/page-build";

/**
 * The browser receives no server code (decision record 0048): after a page build, no chunk of
 * `build/client/assets` holds drizzle's query builder or one of our tables. A table shows as its
 * definition, `pgTable("signal_event", { id: uuid().primaryKey()… })`, minified to
 * `s(\`signal_event\`,{id:u().primaryKey()…`: its name quoted, then its first column built by a
 * call. The name alone is not enough: `territory` and `follow_up` are also codes the pages use.
 */
const drizzleMarkers = [
  "drizzle-orm",
  "drizzle:entityKind",
  "PgDialect",
  "PgTable",
  "PgColumn",
  "pgTable",
  "sql.raw",
  "$onUpdate",
  "onUpdateFn",
];

const tableNames = (Object.values(schema) as unknown[])
  .filter((value): value is PgTable => is(value, PgTable))
  .map((table) => getTableName(table));

/** `"name",{column:builder(…).` with any quote: where `pgTable` defines the table. */
const definitionOf = (table: string) =>
  new RegExp(`["'\`]${table}["'\`],\\s*\\{\\s*[\\w$]+\\s*:\\s*[\\w$.]+\\([^()]*\\)\\s*[.,}]`);

const assetsDir = path.join(buildDir, "client", "assets");

function findings(chunks: { name: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { name, text } of chunks) {
    const markers = drizzleMarkers.filter((marker) => text.includes(marker));
    const tables = tableNames.filter((table) => definitionOf(table).test(text));
    if (markers.length > 0) found.push(`${name}: drizzle code (${markers.join(", ")})`);
    if (tables.length > 0) found.push(`${name}: table names (${tables.join(", ")})`);
  }
  return found;
}

describe("the browser bundle", () => {
  let chunks: { name: string; text: string }[] = [];

  beforeAll(() => {
    ensureBuild({ info: () => {} }, { stdio: "pipe" });
    chunks = readdirSync(assetsDir)
      .filter((name) => name.endsWith(".js"))
      .map((name) => ({ name, text: readFileSync(path.join(assetsDir, name), "utf8") }));
  }, 300_000);

  it("reads the table names from the schema and finds the page chunks", () => {
    expect(tableNames).toContain("signal_event");
    expect(tableNames).toContain("territory_alias");
    expect(chunks.length).toBeGreaterThan(10);
  });

  it("carries neither drizzle nor a table of ours in any client chunk", () => {
    expect(findings(chunks)).toEqual([]);
  });
});

/**
 * Jobs section of `npm run bench`: one run of the daily digest's job for 5 000 people (officers
 * of 50 Fabriques, each Fabrique with dormant initiatives waking up today and parked signals
 * coming back), on the embedded database and, when DATABASE_URL is set, on a fresh database of
 * that PostgreSQL server. Target: ≤ 60 s on PostgreSQL (issue 17). Prints, asserts nothing.
 *
 *   npx tsx scripts/bench/jobs.ts
 */
import { pathToFileURL } from "node:url";
import pino from "pino";
import { prepareDatabase } from "../../server/bootstrap";
import { type Database, openEmbeddedDatabase } from "../../server/db/database";
import { initiative, mailOutbox, membership, signal, user } from "../../server/db/schema";
import { createFabrique } from "../../server/seed/factories";
import { sendDailyDigests } from "../../server/tasks/daily-digest";
import { type BenchRow, benchDeps, round } from "./catalogue";
import { onScratchServerDatabase } from "./scratch-server-database";

const PEOPLE = Number(process.env.JOBS_BENCH_PEOPLE ?? 5000);
const FABRIQUES = 50;
const TODAY = "2026-11-27";

/** 5 000 officers in 50 Fabriques, each Fabrique with 3 dormant initiatives and 3 parked signals due today. */
async function seedPeople(database: Database): Promise<void> {
  const { db } = database;
  const perFabrique = Math.ceil(PEOPLE / FABRIQUES);
  for (let f = 0; f < FABRIQUES; f++) {
    const fabrique = await createFabrique(db, { slug: `bench-jobs-${f}` });
    const people = await db
      .insert(user)
      .values(
        Array.from({ length: Math.min(perFabrique, PEOPLE - f * perFabrique) }, (_, i) => ({
          email: `officier-${f}-${i}@bench.test`,
          name: `Officier ${f}-${i}`,
          passwordHash: null,
        })),
      )
      .returning({ id: user.id });
    await db
      .insert(membership)
      .values(people.map((p) => ({ userId: p.id, fabriqueId: fabrique.id, role: "officer" as const })));
    await db.insert(initiative).values(
      [0, 1, 2].map((n) => ({
        fabriqueId: fabrique.id,
        reference: `BJ${f}-P-2026-${n}`,
        title: `Recyclerie endormie ${f}-${n}`,
        territoryKind: "commune" as const,
        territoryCode: "76540",
        entryPoint: "need" as const,
        stage: "dormant" as const,
        wakeUpOn: TODAY,
      })),
    );
    await db.insert(signal).values(
      [0, 1, 2].map((n): typeof signal.$inferInsert => ({
        fabriqueId: fabrique.id,
        reference: `BJ${f}-2026-${n}`,
        kind: "need",
        title: `Laverie solidaire ${f}-${n}`,
        description: "Pas de laverie accessible dans le quartier.",
        territoryKind: "commune",
        territoryCode: "76540",
        channel: "workshop",
        status: "parked",
        wakeUpOn: TODAY,
      })),
    );
  }
}

async function runOn(database: Database, label: string, print: (line: string) => void): Promise<BenchRow[]> {
  await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
  await seedPeople(database);
  const deps = benchDeps(database);
  const started = performance.now();
  const queued = await sendDailyDigests(deps);
  const ms = performance.now() - started;
  const mails = await database.db.$count(mailOutbox);
  print(
    `  ${label} : ${queued} courriels de synthèse en ${round(ms / 1000)} s (${mails} dans la boîte d'envoi)`,
  );
  return [
    {
      measure: `${label}: daily digest for ${PEOPLE} people`,
      value: round(ms / 1000),
      unit: "s",
      target: label.startsWith("PostgreSQL") ? 60 : undefined,
    },
  ];
}

export async function benchJobs(print: (line: string) => void = console.log): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  if (process.env.JOBS_BENCH_EMBEDDED !== "0") {
    const embedded = await openEmbeddedDatabase(undefined);
    try {
      rows.push(...(await runOn(embedded, "PGlite", print)));
    } finally {
      await embedded.close();
    }
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    print("  PostgreSQL : DATABASE_URL absent, mesure non faite.");
    return rows;
  }
  rows.push(...(await onScratchServerDatabase(url, "jobs", (server) => runOn(server, "PostgreSQL", print))));
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  for (const row of await benchJobs()) console.log(row);
}

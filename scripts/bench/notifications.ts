/**
 * Notifications section of `npm run bench` (issue 17): the time an event's notifications add to
 * the request (audience read, one notification per person, the "immediately" mails queued, in
 * the event's transaction), for a Fabrique of 8 team members of whom 3 chose "immediately"; and
 * a daily digest run for 5 000 people with 3 notifications each. On the embedded database, and on
 * PostgreSQL when DATABASE_URL is set. Prints, asserts nothing.
 */
import { sql } from "drizzle-orm";
import type { Deps } from "../../server/core/deps";
import { type Database, openEmbeddedDatabase } from "../../server/db/database";
import { migrateDatabase } from "../../server/db/migrate";
import { notification, user } from "../../server/db/schema";
import { saveDeliveries } from "../../server/notifications/notification-preferences";
import { recordNotifications } from "../../server/notifications/record-notifications";
import { sendNotificationDigests } from "../../server/notifications/send-notification-digests";
import { addMembership, createFabrique, createUser } from "../../server/seed/factories";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";
import { onScratchServerDatabase } from "./scratch-server-database";

const RUNS = 200;
const DIGEST_PEOPLE = 5_000;

type EventTimes = { inRequest: number[]; withCommit: number[] };

async function eventTimes(deps: Deps): Promise<EventTimes> {
  const fabrique = await createFabrique(deps.db, { slug: "bench-notifications" });
  for (let i = 0; i < 8; i++) {
    const person = await createUser(deps.db, { password: null });
    await addMembership(deps.db, {
      userId: person.id,
      fabriqueId: fabrique.id,
      role: i ? "officer" : "admin",
    });
    if (i < 3) await saveDeliveries(deps, person.id, { signal_new: "immediately" });
  }
  const times: EventTimes = { inRequest: [], withCommit: [] };
  for (let i = 0; i < RUNS + 20; i++) {
    const started = performance.now();
    let inRequest = 0;
    await deps.db.transaction(async (tx) => {
      // The event's own transaction is open already in a request: what the notifications add
      // is their statements, timed here; the whole transaction (begin and commit) beside it.
      const written = performance.now();
      await recordNotifications(deps, tx, {
        kind: "signal_new",
        fabriqueId: fabrique.id,
        link: `/signaux/bench-${i}`,
        title: `Remontée de mesure ${i}`,
        detail: "Nouvelle remontée",
        groupKey: `signal_new:${fabrique.id}`,
        audience: { team: fabrique.id },
        actorUserId: null,
      });
      inRequest = performance.now() - written;
    });
    if (i >= 20) {
      // the first runs warm up
      times.inRequest.push(inRequest);
      times.withCommit.push(performance.now() - started);
    }
  }
  return times;
}

async function digestRun(deps: Deps): Promise<number> {
  await deps.db.execute(sql`
    insert into ${user} (email, name)
    select 'digest-' || g || '@essaim.test', 'Personne ' || g from generate_series(1, ${DIGEST_PEOPLE}) g`);
  await deps.db.execute(sql`
    insert into ${notification} (user_id, kind, link, title, detail, group_key)
    select u.id, 'signal_new', '/signaux/x' || n, 'Remontée ' || n, 'Nouvelle remontée', 'signal_new:bench'
    from ${user} u cross join generate_series(1, 3) n where u.email like 'digest-%'`);
  const started = performance.now();
  await sendNotificationDigests(deps, { frequency: "daily", now: new Date("2026-11-27T07:00:00Z") });
  return performance.now() - started;
}

async function runOn(database: Database, label: string, print: (line: string) => void): Promise<BenchRow[]> {
  await migrateDatabase(database);
  const deps = benchDeps(database);
  const times = await eventTimes(deps);
  const p50 = round(percentile(times.inRequest, 50));
  const p95 = round(percentile(times.inRequest, 95));
  const committed = round(percentile(times.withCommit, 95));
  print(
    `  ${label} — notifications d'un évènement (8 personnes, 3 « tout de suite ») dans sa transaction : p50 ${p50} ms, p95 ${p95} ms ; transaction entière avec son commit : p95 ${committed} ms`,
  );
  const digest = await digestRun(deps);
  print(`  ${label} — résumé quotidien pour ${DIGEST_PEOPLE} personnes : ${round(digest / 1000)} s`);
  return [
    { measure: `${label}: one event's notifications, p50`, value: p50, unit: "ms" },
    { measure: `${label}: one event's notifications, p95`, value: p95, unit: "ms", target: 5 },
    { measure: `${label}: the same with begin and commit, p95`, value: committed, unit: "ms" },
    {
      measure: `${label}: daily digest, ${DIGEST_PEOPLE} people`,
      value: round(digest / 1000),
      unit: "s",
      target: 60,
    },
  ];
}

export async function benchNotifications(print: (line: string) => void = (l) => console.log(l)) {
  const rows: BenchRow[] = [];
  const embedded = await openEmbeddedDatabase(undefined);
  try {
    rows.push(...(await runOn(embedded, "PGlite", print)));
  } finally {
    await embedded.close();
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    print("Notifications — PostgreSQL : DATABASE_URL absent, mesure non faite.");
    return rows;
  }
  rows.push(
    ...(await onScratchServerDatabase(url, "notifications", (server) => runOn(server, "PostgreSQL", print))),
  );
  return rows;
}

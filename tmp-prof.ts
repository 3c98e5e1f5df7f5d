import pino from "pino";
import { prepareDatabase } from "./server/bootstrap";
import { openServerDatabase } from "./server/db/database";
import { searchModels } from "./server/catalogue/search-models";
import { seedCatalogueModels } from "./server/catalogue/seed-models";
import { createFabrique, createUser } from "./server/seed/factories";
import pg from "pg";
const admin = new pg.Client({ connectionString: "postgres://postgres@127.0.0.1:45432/postgres" }); await admin.connect();
await admin.query("drop database if exists prof"); await admin.query("create database prof"); await admin.end();
const d = openServerDatabase("postgres://postgres@127.0.0.1:45432/prof");
await prepareDatabase(d, { demo: false, log: pino({ level: "warn" }) });
const a = await createUser(d.db, { isNetworkAnimator: true });
const e = await createFabrique(d.db, {}); const t = await createFabrique(d.db, {});
await seedCatalogueModels(d.db, { fabriqueIds: { emergence: e.id, atis: t.id }, animatorId: a.id, at: new Date() });
const orig = d.db.execute.bind(d.db);
const times: [string, number][] = [];
(d.db as any).execute = async (q: any) => { const s = performance.now(); const r = await orig(q); times.push([JSON.stringify(q.queryChunks?.[0]?.value?.[0] ?? "").slice(0, 60), performance.now() - s]); return r; };
for (const q of ["personnes âgées isolées dans les villages", "garage solidere", "insertion", "personnes âgées isolées dans les villages"]) {
  times.length = 0;
  const s = performance.now();
  await searchModels({ db: d.db }, null, { q });
  console.log(q, (performance.now() - s).toFixed(1));
  for (const [k, v] of times) console.log("   ", v.toFixed(1), k);
}
await d.close();

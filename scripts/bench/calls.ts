/**
 * Calls section of `npm run bench`: the jury table of a call with 200 submitted applications and
 * 10 jurors who scored every one of them on a five-criterion grid (10 000 scores), read by a
 * juror, on the embedded database. Prints the median and p95; asserts nothing.
 *
 *   npm run bench -- calls
 */
import { randomBytes } from "node:crypto";
import pino from "pino";
import { loadActor } from "../../server/accounts/resolve-actor";
import { prepareDatabase } from "../../server/bootstrap";
import { getJuryTable } from "../../server/calls/get-jury-table";
import { publishCall } from "../../server/calls/publish-call";
import { createCall } from "../../server/calls/save-call";
import { fixedClock } from "../../server/core/clock";
import { openEmbeddedDatabase } from "../../server/db/database";
import { callApplication, callCriterion, callReview, callScore, initiative } from "../../server/db/schema";
import { addMembership, createFabrique, createUser } from "../../server/seed/factories";
import { type BenchRow, benchDeps, percentile, round } from "./catalogue";

const APPLICATIONS = 200;
const JURORS = 10;
const RUNS = 60;

export async function benchCalls(print: (line: string) => void = (l) => console.log(l)): Promise<BenchRow[]> {
  const database = await openEmbeddedDatabase(undefined);
  try {
    await prepareDatabase(database, { demo: false, log: pino({ level: "warn" }) });
    const deps = benchDeps(database);
    const { callId, lastJurorId } = await buildScoredCall(deps);
    deps.clock = fixedClock("2026-12-16T10:00:00Z");
    const partner = (await loadActor(deps, lastJurorId))!;
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const started = performance.now();
      const table = await getJuryTable(deps, partner, callId);
      times.push(performance.now() - started);
      if (!table.ok || table.value.rows.length !== APPLICATIONS)
        throw new Error("the jury table is incomplete");
    }
    const rows: BenchRow[] = [
      {
        measure: `Table du jury ${APPLICATIONS} candidatures × ${JURORS} jurés, médiane`,
        value: round(percentile(times, 50)),
        unit: "ms",
      },
      {
        measure: `Table du jury ${APPLICATIONS} candidatures × ${JURORS} jurés, p95`,
        value: round(percentile(times, 95)),
        unit: "ms",
        target: 50,
      },
    ];
    for (const r of rows)
      print(`  ${r.measure} : ${r.value} ms${r.target ? ` (cible ≤ ${r.target} ms)` : ""}`);
    return rows;
  } finally {
    await database.close();
  }
}

/** A published call past its deadline: every application scored and submitted by every juror. */
export async function buildScoredCall(deps: ReturnType<typeof benchDeps>) {
  const { db } = deps;
  const fabrique = await createFabrique(db, { name: "Fabrique du banc d'essai" });
  const jurors = [];
  for (let j = 0; j < JURORS; j++) {
    const user = await createUser(db, { email: `jure${j}@banc.test`, password: null });
    if (j < 3) await addMembership(db, { userId: user.id, fabriqueId: fabrique.id, role: "officer" });
    jurors.push(user);
  }
  const officer = (await loadActor(deps, jurors[0]!.id))!;
  const [row] = await db
    .insert(initiative)
    .values({
      fabriqueId: fabrique.id,
      reference: "BANC-P-2026-001",
      title: "Projet du banc d'essai",
      territoryKind: "commune",
      territoryCode: "25462",
      entryPoint: "need",
      stage: "carrier_search",
    })
    .returning();
  const created = await createCall(deps, officer, row!.id, {
    title: "Appel du banc d'essai",
    deadlineDate: "2026-12-15",
    deadlineTime: "12:00",
    criteria: Array.from({ length: 5 }, (_, i) => ({
      label: `Critère ${i + 1}`,
      weight: i + 1,
      scaleMax: 5,
    })),
    jurorEmails: jurors.map((j) => j.email),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const callId = created.value.id;
  await publishCall(deps, officer, callId);
  const criteria = await db
    .select({ id: callCriterion.id })
    .from(callCriterion)
    .orderBy(callCriterion.position);
  const applications = await db
    .insert(callApplication)
    .values(
      Array.from({ length: APPLICATIONS }, (_, i) => ({
        callId,
        tokenHash: randomBytes(32).toString("hex"),
        status: "submitted" as const,
        siren: "775670417",
        name: `Structure ${String(i).padStart(3, "0")}`,
        legalForm: "association" as const,
        postcode: "25300",
        contactName: "Contact",
        contactEmail: `s${i}@banc.test`,
        consentAt: new Date("2026-12-01T09:00:00Z"),
        submittedAt: new Date("2026-12-01T09:00:00Z"),
      })),
    )
    .returning({ id: callApplication.id });
  for (const [a, application] of applications.entries()) {
    await db.insert(callReview).values(
      jurors.map((j, ji) => ({
        applicationId: application.id,
        userId: j.id,
        submittedAt: new Date("2026-12-16T09:00:00Z"),
        submittedScores: criteria.map((_, ci) => (a + ji + ci) % 6),
      })),
    );
    await db.insert(callScore).values(
      jurors.flatMap((j, ji) =>
        criteria.map((c, ci) => ({
          applicationId: application.id,
          userId: j.id,
          criterionId: c.id,
          score: (a + ji + ci) % 6,
        })),
      ),
    );
  }
  return { callId, lastJurorId: jurors[JURORS - 1]!.id };
}

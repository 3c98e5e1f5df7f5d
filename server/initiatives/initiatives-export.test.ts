import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { initiativeSignal } from "../db/schema";
import { buildServer } from "../http/server";
import { insertReportInitiative, insertReportOutcome, insertReportSignal } from "../reports/report-fixtures";
import { addMembership, createBearerToken, createFabrique, createUser } from "../seed/factories";
import { listAllSignals } from "../signals/list-signals";
import { listSignalExportDetails } from "../signals/signal-export-details";
import { signalsToCsv } from "../signals/signals-csv";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { listInitiativeExportDetails } from "./initiative-export-details";
import { initiativesToCsv } from "./initiatives-csv";
import { listAllInitiatives } from "./list-initiatives";

const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n")
    .map((line) => line.split(";"));

describe("the signals and initiatives lists for a period, and their exports for reports", () => {
  let deps: TestDeps;
  let app: FastifyInstance;
  let officer: Actor;
  let token: string;
  let outsider: Actor;

  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "lexp-a", name: "Fabrique A", regionCode: "28" });
    const b = await createFabrique(deps.db, { slug: "lexp-b", name: "Fabrique B", regionCode: "28" });
    const user = await createUser(deps.db);
    await addMembership(deps.db, { userId: user.id, fabriqueId: a.id, role: "officer" });
    officer = (await loadActor(deps, user.id))!;
    token = await createBearerToken(deps.db, user.id);
    const other = await createUser(deps.db, { isNetworkAnimator: false });
    await addMembership(deps.db, { userId: other.id, fabriqueId: b.id, role: "officer" });
    outsider = (await loadActor(deps, other.id))!;
    const launched = await insertReportInitiative(deps.db, {
      fabriqueId: a.id,
      title: "Conciergerie",
      createdAt: "2026-02-10T09:00:00Z",
      moves: [{ at: "2026-05-01T09:00:00Z", to: "launch" }],
    });
    await insertReportOutcome(deps.db, {
      initiativeId: launched.id,
      kind: "new_organisation",
      activityName: "Conciergerie de quartier",
      openedOn: "2026-06-01",
      jobsFteHundredths: 150,
      insertionFteHundredths: 50,
    });
    await insertReportInitiative(deps.db, {
      fabriqueId: a.id,
      title: "Laverie",
      createdAt: "2025-03-01T09:00:00Z",
    });
    const origin = await insertReportSignal(deps.db, {
      fabriqueId: a.id,
      kind: "need",
      channel: "public_form",
      createdAt: new Date("2026-01-05T10:00:00Z"),
    });
    await deps.db.insert(initiativeSignal).values({ initiativeId: launched.id, signalId: origin.id });
    await insertReportSignal(deps.db, {
      fabriqueId: a.id,
      kind: "idea",
      channel: "workshop",
      createdAt: new Date("2025-06-05T10:00:00Z"),
    });
    app = await buildServer(deps);
  });
  afterAll(async () => {
    await app?.close();
    await deps?.close();
  });

  it("honours from and to in the API lists, Paris days both included", async () => {
    const get = (url: string) =>
      app.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
    const initiatives = (await get("/api/v1/initiatives?from=2026-01-01&to=2026-12-31")).json();
    expect(initiatives.initiatives.map((i: { title: string }) => i.title)).toEqual(["Conciergerie"]);
    const signals = (await get("/api/v1/signals?from=2026-01-01&to=2026-12-31")).json();
    expect(signals.signals).toHaveLength(1);
    expect(signals.signals[0].kind).toBe("need");
    const wrong = await get("/api/v1/signals?from=2026-13-45");
    expect(wrong.statusCode).toBe(400);
  });

  it("exports the initiatives of the period with the Fabrique, région, dates, stage, outcome and jobs", async () => {
    const items = await listAllInitiatives(deps, officer, { from: "2026-01-01", to: "2026-12-31" });
    const details = await listInitiativeExportDetails(
      deps,
      items.map((i) => i.id),
    );
    const [header, row, extra] = csvRows(initiativesToCsv(items, new Map(), deps.clock.now(), details));
    expect(extra).toBeUndefined();
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("Fabrique")).toBe("Fabrique A");
    expect(cell("Région")).toBe("Normandie");
    expect(cell("Ouvert le")).toBe("2026-02-10");
    expect(cell("Étape")).toBe("Accompagnement au lancement");
    expect(cell("Dans l'étape depuis le")).toBe("2026-05-01");
    expect(cell("Issue")).toBe("Une nouvelle structure");
    expect(cell("Activité lancée")).toBe("Conciergerie de quartier");
    expect(cell("Ouverture de l'activité")).toBe("2026-06-01");
    expect(cell("Emplois (ETP)")).toBe("1,5");
    expect(cell("dont insertion (ETP)")).toBe("0,5");
  });

  it("exports the signals of the period with the initiative each became, for the team that may open it", async () => {
    const listed = await listAllSignals(deps, officer, { from: "2026-01-01", to: "2026-12-31" });
    if (!listed.ok) throw new Error(listed.error);
    const items = listed.value;
    const details = await listSignalExportDetails(
      deps,
      officer,
      items.map((s) => s.id),
    );
    const [header, row, extra] = csvRows(signalsToCsv(items, new Map(), details));
    expect(extra).toBeUndefined();
    const cell = (name: string) => row![header!.indexOf(name)];
    expect(cell("Fabrique")).toBe("Fabrique A");
    expect(cell("Région")).toBe("Normandie");
    expect(cell("Reçue le")).toBe("2026-01-05");
    expect(cell("Étape du projet")).toBe("Accompagnement au lancement");
    expect(cell("Issue du projet")).toBe("Une nouvelle structure");
    expect(cell("Emplois (ETP)")).toBe("1,5");
    // Another Fabrique's officer learns nothing of A's initiative through the details.
    const foreign = await listSignalExportDetails(
      deps,
      outsider,
      items.map((s) => s.id),
    );
    expect(foreign.get(items[0]!.id)?.initiative).toBeNull();
  });
});

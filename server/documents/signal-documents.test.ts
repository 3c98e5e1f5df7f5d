import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createSignal } from "../signals/create-signal";
import { getSignal } from "../signals/get-signal";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getDocumentFile } from "./documents";
import { attachSignalDocument, listSignalDocuments } from "./signal-documents";

describe("a signal's attachments", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  let signalId = "";
  beforeAll(async () => {
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "adr", name: "ADRESS test" });
    const b = await createFabrique(deps.db, { slug: "emr", name: "émergence test" });
    const users = [await createUser(deps.db), await createUser(deps.db)];
    await addMembership(deps.db, { userId: users[0]!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: users[1]!.id, fabriqueId: b.id, role: "officer" });
    officerA = (await loadActor(deps, users[0]!.id))!;
    officerB = (await loadActor(deps, users[1]!.id))!;
    const made = await createSignal(deps, officerA, {
      kind: "resource",
      title: "Un local vacant place du marché",
      description: "Un rez-de-chaussée commercial de 120 m² est vide depuis deux ans au centre du quartier.",
      territory: { kind: "commune", code: "76540" },
      channel: "workshop",
    });
    if (!made.ok) throw new Error("signal");
    signalId = made.value.id;
  });
  afterAll(async () => deps?.close());

  it("the team attaches a file; it is listed, journaled, and downloadable by those who may read the signal", async () => {
    const content = Buffer.from("plan du local");
    const attached = await attachSignalDocument(deps, officerA, signalId, {
      filename: "plan.txt",
      mediaType: "text/plain",
      content,
    });
    expect(attached.ok).toBe(true);
    if (!attached.ok) return;
    const listed = await listSignalDocuments(deps, officerA, signalId);
    expect(listed.ok && listed.value.map((d) => d.filename)).toEqual(["plan.txt"]);
    const file = await getDocumentFile(deps, officerA, attached.value.id);
    expect(file.ok && file.value.content.toString()).toBe("plan du local");
    const journal = await getSignal(deps, officerA, signalId);
    expect(journal.ok && journal.value.events.at(-1)?.reason).toContain("plan.txt");
    expect((await getDocumentFile(deps, officerB, attached.value.id)).ok).toBe(false);
  });

  it("refuses an empty file with a French message, and another Fabrique's officer gets 404", async () => {
    const empty = await attachSignalDocument(deps, officerA, signalId, {
      filename: "vide.txt",
      mediaType: "text/plain",
      content: Buffer.alloc(0),
    });
    expect(!empty.ok && empty.fields?.file).toBe("Choisissez un fichier.");
    const other = await attachSignalDocument(deps, officerB, signalId, {
      filename: "x.txt",
      mediaType: "text/plain",
      content: Buffer.from("x"),
    });
    expect(!other.ok && other.error).toBe("NOT_FOUND");
  });
});

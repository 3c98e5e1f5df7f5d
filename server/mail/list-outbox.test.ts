import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { mailOutbox } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { getOutboxMail } from "./get-outbox-mail";
import { listOutbox, OUTBOX_PAGE_SIZE } from "./list-outbox";

describe("the outbox", () => {
  let deps: TestDeps;
  let animator: Actor;
  let fabriqueAdmin: Actor;

  beforeAll(async () => {
    deps = await createTestDeps();
    animator = (await loadActor(deps, (await createUser(deps.db, { isNetworkAnimator: true })).id))!;
    const fabrique = await createFabrique(deps.db, {});
    const admin = await createUser(deps.db, {});
    await addMembership(deps.db, { userId: admin.id, fabriqueId: fabrique.id, role: "admin" });
    fabriqueAdmin = (await loadActor(deps, admin.id))!;
    const base = Date.parse("2026-11-01T08:00:00Z");
    await deps.db.insert(mailOutbox).values(
      Array.from({ length: OUTBOX_PAGE_SIZE + 3 }, (_, i) => ({
        to: `personne${i}@exemple.test`,
        subject: `Courriel ${i}`,
        text: `Texte ${i}`,
        purpose: i % 2 ? "invitation" : "password_reset",
        status: "kept" as const,
        createdAt: new Date(base + i * 60_000),
      })),
    );
  });
  afterAll(async () => deps.close());

  it("shows the network animator the newest mails first, 50 per page", async () => {
    const first = await listOutbox(deps, animator, { page: 1 });
    if (!first.ok) throw new Error("outbox refused");
    expect(first.value).toMatchObject({ page: 1, pages: 2, total: OUTBOX_PAGE_SIZE + 3 });
    expect(first.value.items).toHaveLength(OUTBOX_PAGE_SIZE);
    expect(first.value.items[0]?.subject).toBe(`Courriel ${OUTBOX_PAGE_SIZE + 2}`);
    const second = await listOutbox(deps, animator, { page: 2 });
    expect(second.ok && second.value.items.map((m) => m.subject)).toEqual([
      "Courriel 2",
      "Courriel 1",
      "Courriel 0",
    ]);
  });

  it("brings a page number out of range back to the nearest page", async () => {
    const beyond = await listOutbox(deps, animator, { page: 99 });
    expect(beyond.ok && beyond.value.page).toBe(2);
    const zero = await listOutbox(deps, animator, { page: 0 });
    expect(zero.ok && zero.value.page).toBe(1);
  });

  it("opens one mail with its full text", async () => {
    const list = await listOutbox(deps, animator);
    const id = list.ok ? list.value.items[0]!.id : "";
    const mail = await getOutboxMail(deps, animator, id);
    expect(mail).toMatchObject({ ok: true, value: { text: `Texte ${OUTBOX_PAGE_SIZE + 2}` } });
    expect(await getOutboxMail(deps, animator, "pas-un-id")).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });

  it("does not exist for anyone but the network animator", async () => {
    expect(await listOutbox(deps, fabriqueAdmin)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    expect(await listOutbox(deps, null)).toMatchObject({ ok: false, error: "NOT_FOUND" });
    const list = await listOutbox(deps, animator);
    const id = list.ok ? list.value.items[0]!.id : "";
    expect(await getOutboxMail(deps, fabriqueAdmin, id)).toMatchObject({ ok: false, error: "NOT_FOUND" });
  });
});

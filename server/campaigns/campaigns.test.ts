import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import type { Actor } from "../core/actor";
import { campaign, signal } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createPublicSignal } from "../signals/create-public-signal";
import { listSignals } from "../signals/list-signals";
import type { PublicSignalInput } from "../signals/signal-schemas";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createCampaign } from "./create-campaign";
import { getCampaign } from "./get-campaign";
import { listCampaigns } from "./list-campaigns";
import { getPublicCampaign, listOpenCampaigns } from "./public-campaigns";
import { closeCampaign, updateCampaign } from "./update-campaign";

const anyResident = { clientKey: "campaigns-test-resident" };

const answer = (overrides: Partial<PublicSignalInput> = {}): PublicSignalInput => ({
  fabrique: "cmp-a",
  kind: "need",
  title: "Un lieu pour garder les enfants le soir",
  description: "Les parents qui travaillent en horaires décalés n'ont aucune solution de garde après 19 h.",
  territory: { kind: "commune", code: "76540" },
  themes: ["bien-vieillir"],
  submitter: { name: "Nadia Benali", email: "nadia@exemple.fr", type: "resident" },
  consent: true,
  ...overrides,
});

const question = {
  title: "Appel à révélation — Rouen 2026",
  question: "Qu'est-ce qui manque dans votre commune ?",
  audience: "Habitant·es et associations de Rouen",
};

describe("campaigns (appels à révélation)", () => {
  let deps: TestDeps;
  let officerA: Actor;
  let officerB: Actor;
  let partnerA: Actor;
  let animator: Actor;
  let openId: string;

  beforeAll(async () => {
    // The test clock says 27 Nov 2026.
    deps = await createTestDeps();
    const a = await createFabrique(deps.db, { slug: "cmp-a", name: "Fabrique A" });
    const b = await createFabrique(deps.db, { slug: "cmp-b", name: "Fabrique B" });
    const users = await Promise.all([1, 2, 3].map(() => createUser(deps.db)));
    const network = await createUser(deps.db, { isNetworkAnimator: true });
    await addMembership(deps.db, { userId: users[0]!.id, fabriqueId: a.id, role: "officer" });
    await addMembership(deps.db, { userId: users[1]!.id, fabriqueId: b.id, role: "officer" });
    await addMembership(deps.db, { userId: users[2]!.id, fabriqueId: a.id, role: "partner" });
    const actors = (await Promise.all([...users, network].map((u) => loadActor(deps, u.id)))) as Actor[];
    officerA = actors[0]!;
    officerB = actors[1]!;
    partnerA = actors[2]!;
    animator = actors[3]!;
  });
  afterAll(async () => deps?.close());

  it("a team opens a campaign with French dates and a territory; its address comes from the title", async () => {
    const result = await createCampaign(deps, officerA, {
      ...question,
      opensOn: "01/11/2026",
      closesOn: "31/12/2026",
      territory: { kind: "commune", code: "76540" },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    openId = result.value.id;
    expect(result.value.slug).toBe("appel-a-revelation-rouen-2026");
    const [row] = await deps.db.select().from(campaign).where(eq(campaign.id, openId));
    expect(row).toMatchObject({ opensOn: "2026-11-01", closesOn: "2026-12-31", territoryCode: "76540" });
  });

  it("bad input gets a French message per field, the period included", async () => {
    const result = await createCampaign(deps, officerA, {
      title: "",
      question: "Quoi ?",
      opensOn: "31/12/2026",
      closesOn: "01/12/2026",
      slug: "Pas Une Adresse",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fields ?? {}).sort()).toEqual(["slug", "title"]);
    const period = await createCampaign(deps, officerA, {
      ...question,
      title: "Une autre",
      opensOn: "31/12/2026",
      closesOn: "01/12/2026",
    });
    expect(period.ok ? null : period.fields).toEqual({
      closesOn: "La date de clôture doit être le jour d'ouverture ou après.",
    });
  });

  it("two campaigns of one Fabrique cannot share an address", async () => {
    const result = await createCampaign(deps, officerA, {
      ...question,
      opensOn: "2027-01-01",
      closesOn: "2027-02-01",
    });
    expect(result.ok ? null : result.fields?.slug).toBe(
      "Une autre campagne de cette Fabrique utilise déjà cette adresse courte.",
    );
  });

  it("a signal sent during the period is grouped under the campaign, through the public form", async () => {
    const sent = await createPublicSignal(
      deps,
      answer({ campaign: "appel-a-revelation-rouen-2026" }),
      anyResident,
    );
    expect(sent.ok).toBe(true);
    if (!sent.ok) return;
    const [row] = await deps.db.select().from(signal).where(eq(signal.id, sent.value.id));
    expect(row).toMatchObject({ campaignId: openId, channel: "public_form", status: "new" });

    const details = await getCampaign(deps, officerA, openId);
    expect(details.ok && details.value.signals.map((s) => s.id)).toEqual([sent.value.id]);
    expect(details.ok && details.value.state).toBe("open");

    await createPublicSignal(deps, answer({ title: "Un signal hors campagne" }), anyResident);
    const filtered = await listSignals(deps, officerA, { campaign: openId, page: 1, perPage: 50 });
    expect(filtered.ok && filtered.value.items.map((s) => s.id)).toEqual([sent.value.id]);

    const listed = await listCampaigns(deps, officerA);
    expect(listed.ok && listed.value.find((c) => c.id === openId)?.signalCount).toBe(1);
  });

  it("a campaign not yet open or already closed refuses answers with a clear French message", async () => {
    const later = await createCampaign(deps, officerA, {
      ...question,
      title: "Campagne de printemps",
      opensOn: "2027-03-01",
      closesOn: "2027-04-30",
    });
    const past = await createCampaign(deps, officerA, {
      ...question,
      title: "Campagne d'été",
      opensOn: "2026-06-01",
      closesOn: "2026-11-26",
    });
    expect(later.ok && past.ok).toBe(true);

    const early = await createPublicSignal(deps, answer({ campaign: "campagne-de-printemps" }), anyResident);
    expect(early.ok ? null : early.message).toBe(
      "Cette campagne n'est pas encore ouverte : elle recevra vos réponses à partir du 1 mars 2027.",
    );
    const closed = await createPublicSignal(deps, answer({ campaign: "campagne-d-ete" }), anyResident);
    expect(closed.ok).toBe(false);
    expect(closed.ok ? null : closed.fields?.campaign).toMatch(
      /^Cette campagne s'est terminée le 26 nov\. 2026/,
    );
    const unknown = await createPublicSignal(deps, answer({ campaign: "nulle-part" }), anyResident);
    expect(unknown.ok ? null : unknown.fields?.campaign).toBe(
      "Cette campagne n'existe pas ou n'est pas ouverte par cette Fabrique.",
    );
    // Another Fabrique's campaign slug is unknown to this Fabrique.
    const elsewhere = await createPublicSignal(
      deps,
      answer({ fabrique: "cmp-b", campaign: "appel-a-revelation-rouen-2026" }),
      anyResident,
    );
    expect(elsewhere.ok).toBe(false);
  });

  it("closing early stops answers at once; the public page still shows the campaign as closed", async () => {
    const created = await createCampaign(deps, officerA, {
      ...question,
      title: "Campagne courte",
      opensOn: "2026-11-20",
      closesOn: "2026-12-20",
    });
    if (!created.ok) throw new Error("campaign not created");
    expect((await listOpenCampaigns(deps, "cmp-a")).map((c) => c.slug)).toContain("campagne-courte");
    const closed = await closeCampaign(deps, officerA, created.value.id);
    expect(closed.ok && closed.value.closesOn).toBe("2026-11-26");
    expect((await createPublicSignal(deps, answer({ campaign: "campagne-courte" }), anyResident)).ok).toBe(
      false,
    );
    expect((await listOpenCampaigns(deps, "cmp-a")).map((c) => c.slug)).not.toContain("campagne-courte");
    const page = await getPublicCampaign(deps, "cmp-a", "campagne-courte");
    expect(page.ok && page.value.state).toBe("closed");
    // Moving the closing day back reopens it.
    const reopened = await updateCampaign(deps, officerA, created.value.id, { closesOn: "20/12/2026" });
    expect(reopened.ok).toBe(true);
    expect((await createPublicSignal(deps, answer({ campaign: "campagne-courte" }), anyResident)).ok).toBe(
      true,
    );
  });

  it("another Fabrique's team and a partner cannot see or change the campaign", async () => {
    expect((await getCampaign(deps, officerB, openId)).ok ? "seen" : "not found").toBe("not found");
    const edit = await updateCampaign(deps, officerB, openId, { title: "Détournée" });
    expect(edit.ok ? null : edit.error).toBe("NOT_FOUND");
    expect((await closeCampaign(deps, officerB, openId)).ok).toBe(false);
    const listedB = await listCampaigns(deps, officerB);
    expect(listedB.ok && listedB.value).toEqual([]);
    expect((await listCampaigns(deps, partnerA)).ok).toBe(false);
    expect(
      (await createCampaign(deps, partnerA, { ...question, opensOn: "2027-01-01", closesOn: "2027-01-31" }))
        .ok,
    ).toBe(false);
  });

  it("the network animator reads every campaign but does not change them", async () => {
    const read = await getCampaign(deps, animator, openId);
    expect(read.ok && read.value.canEdit).toBe(false);
    const edit = await updateCampaign(deps, animator, openId, { title: "Par le réseau" });
    expect(edit.ok ? null : edit.error).toBe("FORBIDDEN");
  });
});

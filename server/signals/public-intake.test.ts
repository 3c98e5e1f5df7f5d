import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "../accounts/resolve-actor";
import { createCampaign } from "../campaigns/create-campaign";
import { updateCampaign } from "../campaigns/update-campaign";
import type { Actor } from "../core/actor";
import { signal } from "../db/schema";
import { addMembership, createFabrique, createUser } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { createAssistedSignal } from "./create-assisted-signal";
import { createPublicSignal } from "./create-public-signal";
import { getSignal } from "./get-signal";
import { listSignals } from "./list-signals";
import { findReceipt, hashReceiptToken } from "./receipt-token";
import type { AssistedSignalInput, PublicSignalInput } from "./signal-schemas";
import { updateSignalSpam } from "./update-signal-spam";

const resident = (n: number, overrides: Partial<PublicSignalInput> = {}): PublicSignalInput => ({
  fabrique: "itk",
  kind: "need",
  title: `Ce qui manque au quartier, réponse ${n}`,
  description: "Il n'y a plus de lieu où les habitant·es peuvent se retrouver le soir dans le quartier.",
  territory: { kind: "commune", code: "76540" },
  themes: ["bien-vieillir"],
  submitter: { name: `Habitant ${n}`, email: `habitant${n}@exemple.fr`, type: "resident" },
  consent: true,
  ...overrides,
});

const assisted = (n: number, overrides: Partial<AssistedSignalInput> = {}): AssistedSignalInput => ({
  kind: "need",
  title: `Dit en réunion publique, personne ${n}`,
  description: "Pas de transport le dimanche pour aller voir les proches à l'hôpital, depuis deux ans.",
  territory: { kind: "commune", code: "76540" },
  submitter: { name: `Personne ${n}` },
  consent: true,
  ...overrides,
});

const listQuery = { page: 1, perPage: 200 };

describe("public intake in the field", () => {
  let deps: TestDeps;
  let officer: Actor;
  let otherOfficer: Actor;
  let partner: Actor;
  let eveningId: string;

  beforeAll(async () => {
    deps = await createTestDeps();
    const fabrique = await createFabrique(deps.db, { slug: "itk", name: "Intake" });
    const other = await createFabrique(deps.db, { slug: "oth", name: "Autre" });
    const users = await Promise.all([1, 2, 3].map(() => createUser(deps.db)));
    await addMembership(deps.db, { userId: users[0]!.id, fabriqueId: fabrique.id, role: "officer" });
    await addMembership(deps.db, { userId: users[1]!.id, fabriqueId: other.id, role: "officer" });
    await addMembership(deps.db, { userId: users[2]!.id, fabriqueId: fabrique.id, role: "partner" });
    const actors = (await Promise.all(users.map((u) => loadActor(deps, u.id)))) as Actor[];
    [officer, otherOfficer, partner] = [actors[0]!, actors[1]!, actors[2]!];
    const evening = await createCampaign(deps, officer, {
      title: "Soirée au centre social",
      question: "Qu'est-ce qui manque dans votre quartier ?",
      opensOn: "2026-11-01",
      closesOn: "2026-12-31",
      addressLimitPerHour: 100,
    });
    if (!evening.ok) throw new Error("campaign not created");
    eveningId = evening.value.id;
  });
  afterAll(async () => deps?.close());

  const spamOf = async (id: string) => {
    const [row] = await deps.db
      .select({ spam: signal.spam, reasons: signal.spamReasons })
      .from(signal)
      .where(eq(signal.id, id));
    return row;
  };

  it("failed posts do not count: after five refused forms, ten residents of one wifi are kept unmarked", async () => {
    const wifi = { clientKey: "centre-social-wifi" };
    for (let i = 0; i < 5; i++) {
      const refused = await createPublicSignal(deps, resident(i, { title: "x" }), wifi);
      expect(refused).toMatchObject({ ok: false, error: "INVALID_INPUT" });
    }
    const kept = [];
    for (let i = 0; i < 10; i++) kept.push(await createPublicSignal(deps, resident(i), wifi));
    for (const result of kept) {
      if (!result.ok) throw new Error(`refused: ${result.error}`);
      expect(await spamOf(result.value.id)).toEqual({ spam: null, reasons: [] });
    }
  });

  it("the eleventh from one address is kept but marked suspected; another address is not", async () => {
    const wifi = { clientKey: "mediatheque-wifi" };
    for (let i = 0; i < 10; i++) await createPublicSignal(deps, resident(i), wifi);
    const eleventh = await createPublicSignal(deps, resident(11), wifi);
    if (!eleventh.ok) throw new Error("the eleventh resident was refused");
    expect(await spamOf(eleventh.value.id)).toEqual({ spam: "suspected", reasons: ["volume"] });
    const elsewhere = await createPublicSignal(deps, resident(12), { clientKey: "a-home-connection" });
    if (!elsewhere.ok) throw new Error("refused");
    expect(await spamOf(elsewhere.value.id)).toEqual({ spam: null, reasons: [] });
  });

  it("beyond five times the limit a flood is refused and nothing of it is stored", async () => {
    const robot = { clientKey: "a-robot" };
    for (let i = 0; i < 50; i++) {
      expect((await createPublicSignal(deps, resident(i), robot)).ok).toBe(true);
    }
    const refused = await createPublicSignal(
      deps,
      resident(51, { title: "Le cinquante-et-unième envoi" }),
      robot,
    );
    expect(refused).toMatchObject({ ok: false, error: "RATE_LIMITED" });
    const stored = await deps.db
      .select()
      .from(signal)
      .where(eq(signal.title, "Le cinquante-et-unième envoi"));
    expect(stored).toEqual([]);
  });

  it("a campaign evening with its own limit: forty residents on one wifi answer without a mark", async () => {
    const wifi = { clientKey: "salle-des-fetes-wifi" };
    const answers = [];
    for (let i = 0; i < 40; i++) {
      answers.push(
        await createPublicSignal(deps, resident(i, { campaign: "soiree-au-centre-social" }), wifi),
      );
    }
    const ids = answers.map((a) => (a.ok ? a.value.id : ""));
    expect(ids.every(Boolean)).toBe(true);
    const marks = await Promise.all(ids.map(spamOf));
    expect(marks.every((m) => m?.spam === null)).toBe(true);
    // The Fabrique's own form keeps its own count for that address.
    const form = await createPublicSignal(deps, resident(41), wifi);
    expect(form.ok && (await spamOf(form.value.id))).toEqual({ spam: null, reasons: [] });
  });

  it("the team sets a campaign's limit; a wrong one is refused in French", async () => {
    const wrong = await updateCampaign(deps, officer, eveningId, {
      addressLimitPerHour: "beaucoup" as never,
    });
    expect(wrong.ok ? null : wrong.fields).toEqual({
      addressLimitPerHour: "Indiquez un nombre entier de 1 à 1000, ou laissez vide.",
    });
    expect((await updateCampaign(deps, officer, eveningId, { addressLimitPerHour: "2" as never })).ok).toBe(
      true,
    );
    const wifi = { clientKey: "limit-two-wifi" };
    const sent = [];
    for (let i = 0; i < 3; i++) {
      sent.push(await createPublicSignal(deps, resident(i, { campaign: "soiree-au-centre-social" }), wifi));
    }
    const marks = await Promise.all(sent.map((s) => (s.ok ? spamOf(s.value.id) : undefined)));
    expect(marks.map((m) => m?.spam)).toEqual([null, null, "suspected"]);
    expect((await updateCampaign(deps, officer, eveningId, { addressLimitPerHour: null })).ok).toBe(true);
  });

  it("the honeypot filled: kept and marked suspected, the submitter told nothing different", async () => {
    const result = await createPublicSignal(deps, resident(1, { website: "http://spam.example" }), {
      clientKey: "honeypot-client",
    });
    if (!result.ok) throw new Error("refused");
    expect(result.value.reference).toMatch(/^ITK-2026-\d{4}$/);
    expect(await spamOf(result.value.id)).toEqual({ spam: "suspected", reasons: ["honeypot"] });
  });

  it("the team filters suspected signals, clears one, confirms another, which leaves the default list", async () => {
    const robot = { clientKey: "review-client" };
    const first = await createPublicSignal(deps, resident(1, { website: "x" }), robot);
    const second = await createPublicSignal(deps, resident(2, { website: "x" }), robot);
    if (!first.ok || !second.ok) throw new Error("refused");
    const ids = async (query: object) => {
      const list = await listSignals(deps, officer, { ...listQuery, ...query });
      return list.ok ? list.value.items.map((s) => s.id) : [];
    };
    expect(await ids({ spam: "suspected" })).toEqual(
      expect.arrayContaining([first.value.id, second.value.id]),
    );

    expect(await updateSignalSpam(deps, officer, first.value.id, { verdict: "clear" })).toMatchObject({
      ok: true,
      value: { spam: "cleared" },
    });
    expect(await updateSignalSpam(deps, officer, second.value.id, { verdict: "confirm" })).toMatchObject({
      ok: true,
      value: { spam: "confirmed" },
    });
    const byDefault = await ids({});
    expect(byDefault).toContain(first.value.id);
    expect(byDefault).not.toContain(second.value.id);
    expect(await ids({ spam: "confirmed" })).toContain(second.value.id);
    expect(await ids({ spam: "suspected" })).not.toContain(first.value.id);

    const details = await getSignal(deps, officer, second.value.id);
    expect(details.ok && details.value.events.at(-1)).toMatchObject({
      fromStatus: "new",
      toStatus: "new",
      reason: "Marquée indésirable.",
    });
  });

  it("only the Fabrique's team gives a verdict: another Fabrique gets not found, a partner too", async () => {
    const sent = await createPublicSignal(deps, resident(3, { website: "x" }), { clientKey: "verdicts" });
    if (!sent.ok) throw new Error("refused");
    expect(await updateSignalSpam(deps, otherOfficer, sent.value.id, { verdict: "confirm" })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    expect(await updateSignalSpam(deps, partner, sent.value.id, { verdict: "confirm" })).toMatchObject({
      ok: false,
      error: "NOT_FOUND",
    });
    const clean = await createPublicSignal(deps, resident(4), { clientKey: "verdicts-clean" });
    if (!clean.ok) throw new Error("refused");
    expect(await updateSignalSpam(deps, officer, clean.value.id, { verdict: "clear" })).toMatchObject({
      ok: false,
      error: "INVALID_INPUT",
      message: "Cette remontée n'est pas marquée suspecte.",
    });
  });

  describe("the receipt", () => {
    it("answers to the submitter's token only, never to a reference, and only for its Fabrique", async () => {
      const sent = await createPublicSignal(deps, resident(5), { clientKey: "receipt-client" });
      if (!sent.ok) throw new Error("refused");
      const { receiptToken, reference } = sent.value;
      expect(receiptToken).toMatch(/^[\w-]{43}$/);
      expect(await findReceipt(deps, "itk", receiptToken)).toEqual({ reference });
      expect(await findReceipt(deps, "itk", reference)).toBeUndefined();
      expect(await findReceipt(deps, "itk", undefined)).toBeUndefined();
      expect(await findReceipt(deps, "oth", receiptToken)).toBeUndefined();
      const wrong = `${receiptToken.slice(0, -1)}${receiptToken.endsWith("A") ? "B" : "A"}`;
      expect(await findReceipt(deps, "itk", wrong)).toBeUndefined();
    });

    it("only the token's hash is stored", async () => {
      const sent = await createPublicSignal(deps, resident(6), { clientKey: "receipt-client" });
      if (!sent.ok) throw new Error("refused");
      const [row] = await deps.db.select().from(signal).where(eq(signal.id, sent.value.id));
      expect(row!.receiptTokenHash).toBe(hashReceiptToken(sent.value.receiptToken));
      expect(JSON.stringify(row)).not.toContain(sent.value.receiptToken);
    });
  });

  describe("saisie assistée", () => {
    it("an officer enters twelve residents of a campaign evening, none limited or marked, each recorded as assisted", async () => {
      const entered = [];
      for (let i = 0; i < 12; i++) {
        entered.push(await createAssistedSignal(deps, officer, assisted(i, { campaignId: eveningId })));
      }
      for (const result of entered) {
        if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
        const [row] = await deps.db.select().from(signal).where(eq(signal.id, result.value.id));
        expect(row).toMatchObject({
          channel: "event",
          campaignId: eveningId,
          assisted: true,
          createdByUserId: officer.userId,
          submitterEmail: "",
          submitterType: "resident",
          spam: null,
        });
        expect(row!.consentAt).toEqual(deps.clock.now());
      }
    });

    it("the channel is recorded; consent, the person's name and a valid e-mail are asked in French", async () => {
      const workshop = await createAssistedSignal(
        deps,
        officer,
        assisted(1, { channel: "workshop", submitter: { name: "Awa", email: "awa@exemple.fr" } }),
      );
      expect(workshop.ok).toBe(true);
      const refused = await createAssistedSignal(deps, officer, {
        ...assisted(2),
        submitter: { name: "A", email: "pas-une-adresse" },
        consent: false as never,
        channel: "public_form" as never,
      });
      expect(refused.ok ? null : refused.fields).toEqual({
        channel: "Choisissez le canal par lequel la remontée est arrivée.",
        "submitter.name": "Indiquez le nom de la personne (2 caractères au moins).",
        "submitter.email": "Indiquez une adresse e-mail valide, ou laissez le champ vide.",
        consent:
          "Cochez la case quand la personne a accepté que la Fabrique enregistre ces informations ; sans son accord, rien n'est enregistré.",
      });
    });

    it("another Fabrique's campaign is refused by field; a partner cannot enter for residents", async () => {
      const otherCampaign = await createCampaign(deps, otherOfficer, {
        title: "Appel de l'autre Fabrique",
        question: "Qu'est-ce qui manque ici ?",
        opensOn: "2026-11-01",
        closesOn: "2026-12-31",
      });
      if (!otherCampaign.ok) throw new Error("campaign not created");
      const wrong = await createAssistedSignal(
        deps,
        officer,
        assisted(3, { campaignId: otherCampaign.value.id }),
      );
      expect(wrong.ok ? null : wrong.fields).toEqual({
        campaignId: "Choisissez une campagne de votre Fabrique, ou aucune.",
      });
      expect(await createAssistedSignal(deps, partner, assisted(4))).toMatchObject({
        ok: false,
        error: "FORBIDDEN",
      });
    });
  });
});

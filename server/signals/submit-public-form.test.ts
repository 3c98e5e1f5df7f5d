import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fr } from "../../shared/i18n/fr";
import { createFabrique } from "../seed/factories";
import { createTestDeps, type TestDeps } from "../testing/test-deps";
import { signFormStamp } from "./form-stamp";
import { submitPublicForm } from "./submit-public-form";

/** The form as a resident fills it in: the territory chosen in the box, the stamp it was served with. */
const typed = (stamp: string, overrides: Record<string, unknown> = {}) => ({
  kind: "need",
  title: "Plus de lieu pour se retrouver le soir",
  description: "Il n'y a plus de lieu où les habitant·es peuvent se retrouver le soir dans le quartier.",
  territory: "commune:76540",
  territoryQuery: "Rouen",
  themes: "bien-vieillir",
  submitterName: "Habitante du quartier",
  submitterEmail: "habitante@exemple.fr",
  submitterType: "resident",
  consent: "oui",
  website: "",
  stamp,
  ...overrides,
});

describe("the public signal form", () => {
  let deps: TestDeps;
  const at = (ms: number) => new Date(new Date(deps.clock.now()).getTime() - ms);
  const post = (values: Record<string, unknown>) => ({ values, fabrique: "spf", ip: "192.0.2.10" });

  beforeAll(async () => {
    deps = await createTestDeps();
    await createFabrique(deps.db, { slug: "spf", name: "Fabrique du formulaire" });
  });
  afterAll(async () => deps?.close());

  it("a complete form served a minute ago is received, with a receipt token", async () => {
    const result = await submitPublicForm(deps, post(typed(signFormStamp(deps.config.secret, at(60_000)))));
    expect(result.ok && result.value).toMatchObject({
      fabriqueSlug: "spf",
      receiptToken: expect.any(String),
    });
  });

  it("an incomplete form sent at once names every missing field rather than « too fast »", async () => {
    const stamp = signFormStamp(deps.config.secret, at(0));
    const result = await submitPublicForm(
      deps,
      post(typed(stamp, { title: "", submitterEmail: "pas-un-mail" })),
    );
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", details: { stamp } });
    expect(Object.keys((!result.ok && result.fields) || {})).toEqual(
      expect.arrayContaining(["title", "submitter.email"]),
    );
  });

  it("a complete form sent sooner than a person can type is refused, and keeps its stamp", async () => {
    const stamp = signFormStamp(deps.config.secret, at(500));
    expect(await submitPublicForm(deps, post(typed(stamp)))).toEqual({
      ok: false,
      error: "INVALID_INPUT",
      message: fr.signals.spam.tooFast,
      details: { stamp },
    });
  });

  it("an altered stamp is refused as expired, and the form gets a fresh one", async () => {
    const result = await submitPublicForm(deps, post(typed("123.pas-signé")));
    expect(result).toMatchObject({ ok: false, error: "INVALID_INPUT", message: fr.signals.spam.expired });
    expect(!result.ok && result.details?.stamp).toBe(signFormStamp(deps.config.secret, deps.clock.now()));
  });
});

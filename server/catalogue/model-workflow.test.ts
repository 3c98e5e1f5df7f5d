import { describe, expect, it } from "vitest";
import { checkModelTransition, modelTransitionsFrom } from "./model-workflow";

const complete = { reason: "", themes: ["mobilite"], sourceUrls: ["https://exemple.fr"] };

describe("a model's workflow", () => {
  it("publishes a draft that cites a source and has a theme", () => {
    const check = checkModelTransition("draft", "published", complete);
    expect(check.allowed && check.transition.name).toBe("publish");
  });

  it("refuses to publish a draft without sources, saying why", () => {
    const check = checkModelTransition("draft", "published", { ...complete, sourceUrls: [] });
    expect(check).toEqual({
      allowed: false,
      reasons: ["Un modèle publié cite au moins une source (adresse web)."],
    });
  });

  it("archives only with a reason, from draft or published", () => {
    expect(checkModelTransition("published", "archived", complete).allowed).toBe(false);
    expect(
      checkModelTransition("published", "archived", { ...complete, reason: "Activité arrêtée" }).allowed,
    ).toBe(true);
    expect(checkModelTransition("draft", "archived", { ...complete, reason: "Doublon" }).allowed).toBe(true);
  });

  it("refuses what is not planned (published back to draft, unknown status)", () => {
    expect(checkModelTransition("published", "draft", complete)).toEqual({
      allowed: false,
      reasons: ["Le passage de « Publié » à « Brouillon » n'est pas prévu."],
    });
    expect(checkModelTransition("draft", "deleted", complete).allowed).toBe(false);
  });

  it("lists the next steps of each status", () => {
    expect(modelTransitionsFrom("draft").map((t) => t.name)).toEqual(["publish", "archive"]);
    expect(modelTransitionsFrom("archived").map((t) => t.name)).toEqual(["reopen"]);
    expect(modelTransitionsFrom("nonsense")).toEqual([]);
  });
});

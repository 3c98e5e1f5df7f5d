import { describe, expect, it } from "vitest";
import type { Actor } from "../core/actor";
import { canEditModel, canReadModel, modelScopeOf } from "./model-access";

const member = (fabriqueId: string, role: "officer" | "partner" = "officer"): Actor => ({
  userId: "u",
  email: "u@exemple.test",
  name: "U",
  isNetworkAnimator: false,
  memberships: [{ fabriqueId, fabriqueSlug: "f", fabriqueName: "F", role, initiativeId: null }],
});
const animator: Actor = { ...member("z"), memberships: [], isNetworkAnimator: true };
const draftOfA = { status: "draft" as const, ownerFabriqueId: "A" };

describe("who sees and edits a model", () => {
  it("shows published models to everyone, drafts to their Fabrique and the network only", () => {
    expect(canReadModel(null, { status: "published", ownerFabriqueId: "A" })).toBe(true);
    expect(canReadModel(null, draftOfA)).toBe(false);
    expect(canReadModel(member("A"), draftOfA)).toBe(true);
    expect(canReadModel(member("B"), draftOfA)).toBe(false);
    expect(canReadModel(animator, draftOfA)).toBe(true);
    expect(canReadModel(member("A"), { status: "draft", ownerFabriqueId: null })).toBe(false);
  });

  it("lets the team edit its drafts, not a partner, not once published (the network curates)", () => {
    expect(canEditModel(member("A"), draftOfA)).toBe(true);
    expect(canEditModel(member("A", "partner"), draftOfA)).toBe(false);
    expect(canEditModel(member("A"), { status: "published", ownerFabriqueId: "A" })).toBe(false);
    expect(canEditModel(animator, { status: "published", ownerFabriqueId: "A" })).toBe(true);
  });

  it("scopes searches to the actor's Fabriques", () => {
    expect(modelScopeOf(null)).toEqual({ allFabriques: false, fabriqueIds: [] });
    expect(modelScopeOf(member("A"))).toEqual({ allFabriques: false, fabriqueIds: ["A"] });
    expect(modelScopeOf(animator).allFabriques).toBe(true);
  });
});

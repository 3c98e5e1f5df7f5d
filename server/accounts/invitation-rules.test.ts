import { describe, expect, it } from "vitest";
import type { Actor, ActorMembership } from "../core/actor";
import { mayInvite } from "./invitation-rules";

const fabriqueA = "00000000-0000-4000-8000-00000000000a";
const fabriqueB = "00000000-0000-4000-8000-00000000000b";

function actorWith(memberships: Partial<ActorMembership>[], isNetworkAnimator = false): Actor {
  return {
    userId: "00000000-0000-4000-8000-000000000001",
    email: "a@exemple.test",
    name: "A",
    isNetworkAnimator,
    memberships: memberships.map((m) => ({
      fabriqueId: fabriqueA,
      fabriqueSlug: "a",
      fabriqueName: "A",
      role: "officer",
      initiativeId: null,
      ...m,
    })),
  };
}

describe("who may invite whom", () => {
  const animator = actorWith([], true);
  const adminOfA = actorWith([{ role: "admin" }]);
  const officerOfA = actorWith([{ role: "officer" }]);
  const partnerOfA = actorWith([{ role: "partner" }]);

  it("the network animator may invite anyone, anywhere", () => {
    expect(mayInvite(animator, "network_animator", null)).toBe("allowed");
    expect(mayInvite(animator, "admin", fabriqueA)).toBe("allowed");
    expect(mayInvite(animator, "officer", fabriqueB)).toBe("allowed");
  });

  it("a Fabrique admin invites co-admins, officers and partners of their Fabrique, not network animators", () => {
    expect(mayInvite(adminOfA, "officer", fabriqueA)).toBe("allowed");
    expect(mayInvite(adminOfA, "partner", fabriqueA)).toBe("allowed");
    expect(mayInvite(adminOfA, "admin", fabriqueA)).toBe("allowed");
    expect(mayInvite(adminOfA, "network_animator", null)).toBe("forbidden");
  });

  it("a Fabrique admin does not even see another Fabrique", () => {
    expect(mayInvite(adminOfA, "officer", fabriqueB)).toBe("not_found");
  });

  it("officers and partners may not invite", () => {
    expect(mayInvite(officerOfA, "officer", fabriqueA)).toBe("forbidden");
    expect(mayInvite(partnerOfA, "partner", fabriqueA)).toBe("forbidden");
    expect(mayInvite(officerOfA, "network_animator", null)).toBe("forbidden");
  });

  it("a partner limited to one initiative does not see the Fabrique's team", () => {
    const projectPartner = actorWith([
      { role: "partner", initiativeId: "00000000-0000-4000-8000-0000000000c1" },
    ]);
    expect(mayInvite(projectPartner, "partner", fabriqueA)).toBe("not_found");
  });
});

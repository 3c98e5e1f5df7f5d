import { describe, expect, it } from "vitest";
import { checkSignalTransition, type SignalTransitionFacts, signalTransitionsFrom } from "./signal-workflow";

const facts = (overrides: Partial<SignalTransitionFacts> = {}): SignalTransitionFacts => ({
  signalId: "s1",
  reason: "",
  wakeUpOn: null,
  today: "2026-11-27",
  target: null,
  initiativeId: null,
  ...overrides,
});

describe("the qualification of a signal", () => {
  it("a new signal may be qualified, merged, parked or rejected, nothing else", () => {
    expect(signalTransitionsFrom("new").map((t) => t.to)).toEqual([
      "qualified",
      "merged",
      "parked",
      "rejected",
    ]);
    expect(signalTransitionsFrom("qualified").map((t) => t.to)).toEqual(["parked", "rejected", "converted"]);
    expect(signalTransitionsFrom("parked").map((t) => t.to)).toEqual(["new", "qualified"]);
    expect(signalTransitionsFrom("merged")).toEqual([]);
    expect(signalTransitionsFrom("rejected")).toEqual([]);
    expect(signalTransitionsFrom("nonsense")).toEqual([]);
  });

  it("qualifying a new signal needs nothing more", () => {
    expect(checkSignalTransition("new", "qualified", facts()).allowed).toBe(true);
  });

  it("a transition that is not planned is refused with both statuses named", () => {
    const check = checkSignalTransition("rejected", "qualified", facts());
    expect(check).toEqual({
      allowed: false,
      reasons: ["Passer de « Écartée » à « Qualifiée » n'est pas prévu."],
    });
    expect(checkSignalTransition("new", "whatever", facts()).allowed).toBe(false);
  });

  it("rejecting needs a reason", () => {
    const refused = checkSignalTransition("new", "rejected", facts({ reason: " non " }));
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) expect(refused.reasons[0]).toMatch(/motif/);
    expect(
      checkSignalTransition("new", "rejected", facts({ reason: "Hors de notre territoire" })).allowed,
    ).toBe(true);
  });

  it("parking needs a reason and a wake-up date after today", () => {
    const none = checkSignalTransition("qualified", "parked", facts());
    expect(none.allowed ? [] : none.reasons).toHaveLength(2);
    const today = checkSignalTransition(
      "qualified",
      "parked",
      facts({ reason: "Attendre le budget", wakeUpOn: "2026-11-27" }),
    );
    expect(today.allowed).toBe(false);
    const later = checkSignalTransition(
      "qualified",
      "parked",
      facts({ reason: "Attendre le budget", wakeUpOn: "2027-03-01" }),
    );
    expect(later.allowed).toBe(true);
  });

  it("merging needs another open signal of the same Fabrique", () => {
    expect(checkSignalTransition("new", "merged", facts()).allowed).toBe(false);
    const self = checkSignalTransition(
      "new",
      "merged",
      facts({ target: { id: "s1", status: "new", sameFabrique: true } }),
    );
    expect(self.allowed ? "" : self.reasons[0]).toMatch(/elle-même/);
    const closed = checkSignalTransition(
      "new",
      "merged",
      facts({ target: { id: "s2", status: "rejected", sameFabrique: true } }),
    );
    expect(closed.allowed).toBe(false);
    const elsewhere = checkSignalTransition(
      "new",
      "merged",
      facts({ target: { id: "s2", status: "new", sameFabrique: false } }),
    );
    expect(elsewhere.allowed).toBe(false);
    const fine = checkSignalTransition(
      "new",
      "merged",
      facts({ target: { id: "s2", status: "qualified", sameFabrique: true } }),
    );
    expect(fine.allowed).toBe(true);
  });

  it("converting waits for an initiative to feed", () => {
    const refused = checkSignalTransition("qualified", "converted", facts());
    expect(refused.allowed ? "" : refused.reasons[0]).toMatch(/projet/);
    expect(checkSignalTransition("qualified", "converted", facts({ initiativeId: "i1" })).allowed).toBe(true);
  });

  it("a parked signal wakes up as new or qualified", () => {
    expect(checkSignalTransition("parked", "new", facts()).allowed).toBe(true);
    expect(checkSignalTransition("parked", "qualified", facts()).allowed).toBe(true);
  });
});

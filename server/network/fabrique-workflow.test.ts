import { describe, expect, it } from "vitest";
import { checkTransition, transitionsFrom } from "./fabrique-workflow";

const facts = { reason: "Décision du comité du réseau du 12 mai", carryingStructure: "Association X" };

describe("the Fabrique lifecycle", () => {
  it("leads a candidate into experimentation, then to the appellation", () => {
    expect(checkTransition("candidate", "experimentation", facts)).toMatchObject({ allowed: true });
    expect(checkTransition("experimentation", "appellation", facts)).toMatchObject({ allowed: true });
  });

  it("lets a Fabrique be withdrawn from any status, and apply again afterwards", () => {
    for (const from of ["candidate", "experimentation", "appellation"]) {
      expect(checkTransition(from, "withdrawn", facts)).toMatchObject({ allowed: true });
    }
    expect(checkTransition("withdrawn", "candidate", { ...facts, reason: "" })).toMatchObject({
      allowed: true,
    });
  });

  it("does not skip experimentation nor go backwards", () => {
    for (const [from, to] of [
      ["candidate", "appellation"],
      ["appellation", "experimentation"],
      ["experimentation", "candidate"],
      ["withdrawn", "appellation"],
      ["withdrawn", "withdrawn"],
      ["appellation", "appellation"],
    ] as const) {
      const check = checkTransition(from, to, facts);
      expect(check.allowed, `${from} → ${to}`).toBe(false);
      if (!check.allowed) expect(check.reasons[0]).toMatch(/n'est pas prévu/);
    }
  });

  it("refuses unknown statuses (fail-closed)", () => {
    expect(checkTransition("archived", "candidate", facts).allowed).toBe(false);
    expect(checkTransition("candidate", "closed", facts).allowed).toBe(false);
    expect(transitionsFrom("archived")).toEqual([]);
  });

  it("requires a reason to withdraw a Fabrique", () => {
    const check = checkTransition("appellation", "withdrawn", { ...facts, reason: "   " });
    expect(check).toEqual({
      allowed: false,
      reasons: ["Indiquez le motif du retrait, en 5 caractères au moins."],
    });
  });

  it("requires the network's decision to grant the appellation, and a carrying structure", () => {
    const check = checkTransition("experimentation", "appellation", { reason: "", carryingStructure: "" });
    expect(check.allowed).toBe(false);
    if (!check.allowed) {
      expect(check.reasons).toHaveLength(2);
      expect(check.reasons[0]).toMatch(/structure porteuse/);
      expect(check.reasons[1]).toMatch(/décision du réseau/);
    }
  });

  it("offers from each status only the transitions that leave it", () => {
    expect(transitionsFrom("candidate").map((tr) => tr.to)).toEqual(["experimentation", "withdrawn"]);
    expect(transitionsFrom("experimentation").map((tr) => tr.to)).toEqual(["appellation", "withdrawn"]);
    expect(transitionsFrom("appellation").map((tr) => tr.to)).toEqual(["withdrawn"]);
    expect(transitionsFrom("withdrawn").map((tr) => tr.to)).toEqual(["candidate"]);
    expect(transitionsFrom("candidate").every((tr) => tr.label.length > 0)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { canSeeDecision, canSeeDocument, canSeeMeeting, canSeeMinutes } from "./meeting-visibility";

const team = { level: "team", canSeeSteering: true, partnerRoles: [] } as const;
const funder = { level: "partner", canSeeSteering: false, partnerRoles: ["funder"] } as const;
const copil = { level: "partner", canSeeSteering: true, partnerRoles: ["steering_committee"] } as const;
const projectGroup = { level: "partner", canSeeSteering: false, partnerRoles: ["project_group"] } as const;

describe("who sees what of the meetings", () => {
  it("a partner outside the copil does not see copil meetings nor their decisions", () => {
    expect(canSeeMeeting(funder, "steering_committee")).toBe(false);
    expect(canSeeDecision(funder, "steering_committee")).toBe(false);
    expect(canSeeMeeting(copil, "steering_committee")).toBe(true);
    expect(canSeeDecision(copil, "steering_committee")).toBe(true);
    expect(canSeeDecision(funder, null)).toBe(true);
  });

  it("a funder sees a project-group meeting but not its minutes; its members do", () => {
    expect(canSeeMeeting(funder, "project_group")).toBe(true);
    expect(canSeeMinutes(funder, "project_group")).toBe(false);
    expect(canSeeMinutes(projectGroup, "project_group")).toBe(true);
    expect(canSeeMinutes(projectGroup, "steering_committee")).toBe(false);
    expect(canSeeMinutes(team, "steering_committee")).toBe(true);
  });

  it("documents follow their audience", () => {
    expect(canSeeDocument(copil, "team", null)).toBe(false);
    expect(canSeeDocument(team, "team", null)).toBe(true);
    expect(canSeeDocument(funder, "steering_committee", null)).toBe(false);
    expect(canSeeDocument(copil, "steering_committee", null)).toBe(true);
    expect(canSeeDocument(funder, "partners", null)).toBe(true);
    expect(canSeeDocument(funder, "partners", "steering_committee")).toBe(false);
  });
});

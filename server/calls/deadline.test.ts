import { describe, expect, it } from "vitest";
import { canChangeApplication, deadlineInstant, isJuryTime, isOpenForApplications } from "./deadline";

describe("a call's deadline", () => {
  it("is typed in Paris time: noon in winter is 11:00 UTC, noon in summer 10:00 UTC", () => {
    expect(deadlineInstant("2027-01-15", "12:00").toISOString()).toBe("2027-01-15T11:00:00.000Z");
    expect(deadlineInstant("2027-06-15", "12:00").toISOString()).toBe("2027-06-15T10:00:00.000Z");
  });

  const call = { status: "published" as const, deadlineAt: deadlineInstant("2027-01-15", "12:00") };

  it("receives applications until the minute before, not at the deadline itself", () => {
    expect(isOpenForApplications(call, new Date("2027-01-15T10:59:59Z"))).toBe(true);
    expect(isOpenForApplications(call, new Date("2027-01-15T11:00:00Z"))).toBe(false);
  });

  it("receives nothing while the call is a draft or once it is decided", () => {
    const before = new Date("2027-01-01T00:00:00Z");
    expect(isOpenForApplications({ ...call, status: "draft" }, before)).toBe(false);
    expect(isOpenForApplications({ ...call, status: "decided" }, before)).toBe(false);
  });

  it("lets the applicant change a draft or a submitted application, never a withdrawn one", () => {
    const before = new Date("2027-01-10T00:00:00Z");
    expect(canChangeApplication(call, { status: "draft" }, before)).toBe(true);
    expect(canChangeApplication(call, { status: "submitted" }, before)).toBe(true);
    expect(canChangeApplication(call, { status: "withdrawn" }, before)).toBe(false);
    expect(canChangeApplication(call, { status: "draft" }, new Date("2027-01-16T00:00:00Z"))).toBe(false);
  });

  it("opens the jury's work once the deadline has passed", () => {
    expect(isJuryTime(call, new Date("2027-01-15T10:00:00Z"))).toBe(false);
    expect(isJuryTime(call, new Date("2027-01-15T11:00:00Z"))).toBe(true);
    expect(isJuryTime({ ...call, status: "decided" }, new Date("2027-02-01T00:00:00Z"))).toBe(false);
  });
});

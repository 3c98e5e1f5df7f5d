import { describe, expect, it } from "vitest";
import { mayScore, maySeeApplication, maySeeOthersScores } from "./jury-rules";

const closed = { status: "published" as const, deadlineAt: new Date("2027-01-15T11:00:00Z") };
const after = new Date("2027-01-20T00:00:00Z");
const submitted = { status: "submitted" as const };

describe("who may score in a jury", () => {
  it("a juror scores a submitted application once the call is closed", () => {
    expect(mayScore({ isJuror: true, hasConflict: false }, submitted, closed, after)).toBe(true);
  });

  it("nobody scores before the deadline, a draft or withdrawn application, or a decided call", () => {
    const seat = { isJuror: true, hasConflict: false };
    expect(mayScore(seat, submitted, closed, new Date("2027-01-10T00:00:00Z"))).toBe(false);
    expect(mayScore(seat, { status: "draft" }, closed, after)).toBe(false);
    expect(mayScore(seat, { status: "withdrawn" }, closed, after)).toBe(false);
    expect(mayScore(seat, submitted, { ...closed, status: "decided" }, after)).toBe(false);
  });

  it("a juror with a conflict of interest neither sees nor scores that application", () => {
    const seat = { isJuror: true, hasConflict: true };
    expect(mayScore(seat, submitted, closed, after)).toBe(false);
    expect(maySeeApplication({ ...seat, isTeam: true })).toBe(false);
    expect(maySeeOthersScores({ ...seat, isTeam: true, ownReviewSubmitted: true })).toBe(false);
  });

  it("a team member outside the jury sees the applications but does not score them", () => {
    expect(mayScore({ isJuror: false, hasConflict: false }, submitted, closed, after)).toBe(false);
    expect(maySeeApplication({ isJuror: false, hasConflict: false, isTeam: true })).toBe(true);
  });

  it("a juror sees the others' scores only after submitting their own", () => {
    const seat = { isJuror: true, hasConflict: false, isTeam: false };
    expect(maySeeOthersScores({ ...seat, ownReviewSubmitted: false })).toBe(false);
    expect(maySeeOthersScores({ ...seat, ownReviewSubmitted: true })).toBe(true);
    expect(maySeeOthersScores({ ...seat, isTeam: true, ownReviewSubmitted: false })).toBe(false);
  });
});

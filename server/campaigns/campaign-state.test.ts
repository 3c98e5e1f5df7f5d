import { describe, expect, it } from "vitest";
import { campaignState, dayBefore } from "./campaign-state";

describe("where a campaign stands", () => {
  const period = { opensOn: "2026-12-01", closesOn: "2026-12-15" };

  it("is upcoming before its opening day", () => {
    expect(campaignState(period, "2026-11-30")).toBe("upcoming");
  });
  it("is open from its opening day to its closing day included", () => {
    expect(campaignState(period, "2026-12-01")).toBe("open");
    expect(campaignState(period, "2026-12-15")).toBe("open");
  });
  it("is closed the day after its closing day", () => {
    expect(campaignState(period, "2026-12-16")).toBe("closed");
  });
  it("closed early before it opened is closed, not upcoming", () => {
    expect(campaignState({ opensOn: "2026-12-01", closesOn: "2026-11-26" }, "2026-11-27")).toBe("closed");
  });
  it("the day before crosses months and years", () => {
    expect(dayBefore("2027-01-01")).toBe("2026-12-31");
    expect(dayBefore("2026-03-01")).toBe("2026-02-28");
  });
});

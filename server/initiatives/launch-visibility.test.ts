import { describe, expect, it } from "vitest";
import { launchStatus } from "./launch-visibility";

describe("when a launched activity is public", () => {
  const today = "2026-11-27";
  it("is open once the initiative reached the launch and its opening date has come", () => {
    expect(launchStatus({ stage: "launch", stageBeforeDormant: null, openedOn: "2026-11-27" }, today)).toBe(
      "open",
    );
    expect(
      launchStatus({ stage: "follow_up", stageBeforeDormant: null, openedOn: "2025-01-10" }, today),
    ).toBe("open");
  });
  it("is planned (« ouverture prévue le … ») while the opening date is to come", () => {
    expect(launchStatus({ stage: "launch", stageBeforeDormant: null, openedOn: "2027-03-01" }, today)).toBe(
      "planned",
    );
  });
  it("is not public before the launch stage, whatever date was typed", () => {
    expect(
      launchStatus({ stage: "detection", stageBeforeDormant: null, openedOn: "2026-01-01" }, today),
    ).toBe("private");
    expect(launchStatus({ stage: "handover", stageBeforeDormant: null, openedOn: "2026-01-01" }, today)).toBe(
      "private",
    );
    expect(
      launchStatus({ stage: "abandoned", stageBeforeDormant: null, openedOn: "2026-01-01" }, today),
    ).toBe("private");
  });
  it("a dormant initiative keeps the status of the stage it sleeps in", () => {
    expect(
      launchStatus({ stage: "dormant", stageBeforeDormant: "follow_up", openedOn: "2026-01-01" }, today),
    ).toBe("open");
    expect(
      launchStatus({ stage: "dormant", stageBeforeDormant: "carrier_search", openedOn: "2026-01-01" }, today),
    ).toBe("private");
  });
});

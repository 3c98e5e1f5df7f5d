import { describe, expect, it } from "vitest";
import { stageDurations } from "./stage-durations";

const at = (day: string) => new Date(`${day}T09:00:00.000Z`);

describe("time spent in each stage", () => {
  it("counts whole days between stage changes, up to today for the current stage", () => {
    const durations = stageDurations(
      [
        { toStage: "referral", at: at("2026-01-01") },
        { toStage: "detection", at: at("2026-01-11") },
        { toStage: "qualification", at: at("2026-03-01") },
      ],
      at("2026-03-15"),
    );
    expect(durations).toEqual([
      { stage: "referral", days: 10 },
      { stage: "detection", days: 49 },
      { stage: "qualification", days: 14 },
    ]);
  });

  it("adds up a stage visited twice, after a stay in dormancy", () => {
    const durations = stageDurations(
      [
        { toStage: "detection", at: at("2026-01-01") },
        { toStage: "dormant", at: at("2026-01-06") },
        { toStage: "detection", at: at("2026-04-06") },
      ],
      at("2026-04-09"),
    );
    expect(durations).toEqual([
      { stage: "detection", days: 8 },
      { stage: "dormant", days: 90 },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parisDate, parisTime, parisToInstant, parseFrenchDate, parseFrenchTime } from "./paris-time";

describe("Paris time for meetings", () => {
  it("turns a Paris wall-clock time into the right instant in winter and in summer", () => {
    expect(parisToInstant("2026-12-03", "14:00").toISOString()).toBe("2026-12-03T13:00:00.000Z");
    expect(parisToInstant("2026-07-01", "09:30").toISOString()).toBe("2026-07-01T07:30:00.000Z");
  });

  it("reads back the Paris date and time of an instant", () => {
    const at = new Date("2026-06-30T22:30:00.000Z");
    expect(parisDate(at)).toBe("2026-07-01");
    expect(parisTime(at)).toBe("00:30");
  });

  it("reads French dates and times and refuses impossible ones", () => {
    expect(parseFrenchDate("03/12/2026")).toBe("2026-12-03");
    expect(parseFrenchDate("3/2/26")).toBe("2026-02-03");
    expect(parseFrenchDate("2026-12-03")).toBe("2026-12-03");
    expect(parseFrenchDate("31/02/2026")).toBeNull();
    expect(parseFrenchDate("demain")).toBeNull();
    expect(parseFrenchTime("14h30")).toBe("14:30");
    expect(parseFrenchTime("9h")).toBe("09:00");
    expect(parseFrenchTime("9:05")).toBe("09:05");
    expect(parseFrenchTime("25:00")).toBeNull();
  });
});

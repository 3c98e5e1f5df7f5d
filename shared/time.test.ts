import { describe, expect, it } from "vitest";
import {
  addDays,
  formatDate,
  formatDateTime,
  frenchMonthName,
  parisDate,
  parisDayBounds,
  parisTime,
  parisToInstant,
  parisYear,
  parseFrenchDate,
  parseFrenchTime,
} from "./time";

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

describe("French dates and timestamps, always in Paris time", () => {
  it("shows a timestamp of 23:30 UTC as the next Paris day", () => {
    expect(formatDate(new Date("2026-11-26T23:30:00.000Z"))).toBe("27 nov. 2026");
    expect(formatDate("2026-11-26T23:30:00.000Z")).toBe("27 nov. 2026");
    expect(formatDateTime("2026-11-26T23:30:00.000Z")).toBe("27 nov. 2026, 00:30");
  });

  it("shows a calendar date as it is, whatever the season", () => {
    expect(formatDate("2026-01-01")).toBe("1 janv. 2026");
    expect(formatDate("2026-07-14")).toBe("14 juil. 2026");
    expect(formatDate("2026-12-31")).toBe("31 déc. 2026");
  });

  it("gives the Paris year: New Year's Eve at 23:30 UTC is already next year in Paris", () => {
    const newYear = new Date("2026-12-31T23:30:00.000Z");
    expect(parisYear(newYear)).toBe(2027);
    expect(parisDate(newYear)).toBe("2027-01-01");
    expect(formatDate(newYear)).toBe("1 janv. 2027");
    expect(parisYear(new Date("2026-12-31T22:59:59.000Z"))).toBe(2026);
  });
});

describe("Summer time edges in Paris", () => {
  it("moves the clock at 02:00 on the last Sunday of March and 03:00 on the last Sunday of October", () => {
    // 29 March 2026: 01:59 UTC+1, then 03:00 UTC+2.
    expect(formatDateTime("2026-03-29T00:59:00.000Z")).toBe("29 mars 2026, 01:59");
    expect(formatDateTime("2026-03-29T01:00:00.000Z")).toBe("29 mars 2026, 03:00");
    // 25 October 2026: 02:59 UTC+2, then 02:00 UTC+1 again.
    expect(formatDateTime("2026-10-25T00:59:00.000Z")).toBe("25 oct. 2026, 02:59");
    expect(formatDateTime("2026-10-25T01:00:00.000Z")).toBe("25 oct. 2026, 02:00");
  });

  it("reads a wall-clock time that does not exist or exists twice", () => {
    // 02:30 on 29 March 2026 does not exist: the instant one hour later is taken (03:30 summer time).
    expect(parisToInstant("2026-03-29", "02:30").toISOString()).toBe("2026-03-29T01:30:00.000Z");
    // 02:30 on 25 October 2026 happens twice: the first (summer time) is taken.
    expect(parisToInstant("2026-10-25", "02:30").toISOString()).toBe("2026-10-25T00:30:00.000Z");
  });

  it("makes the Paris days of a clock change 23 and 25 hours long", () => {
    const spring = parisDayBounds("2026-03-29");
    expect(spring.start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(spring.end.getTime() - spring.start.getTime()).toBe(23 * 3_600_000);
    const autumn = parisDayBounds("2026-10-25");
    expect(autumn.end.getTime() - autumn.start.getTime()).toBe(25 * 3_600_000);
  });
});

describe("calendar days", () => {
  it("counts days across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2027-01-01", -1)).toBe("2026-12-31");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
  });
});

describe("French month names", () => {
  it("names the months from January to December", () => {
    expect([1, 7, 12].map(frenchMonthName)).toEqual(["janvier", "juillet", "décembre"]);
  });
});

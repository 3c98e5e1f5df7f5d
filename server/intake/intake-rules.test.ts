import { describe, expect, it } from "vitest";
import { CEILING_FACTOR, DEFAULT_ADDRESS_LIMIT, intakeVerdict, isHoneypotFilled } from "./intake-rules";

describe("the public intake rules", () => {
  const verdict = (acceptedBefore: number, limit: number | null = null, honeypotFilled = false) =>
    intakeVerdict({ acceptedBefore, limit, honeypotFilled });

  it("a room sharing one address is never locked out below the ceiling: beyond the limit, marked", () => {
    expect(verdict(DEFAULT_ADDRESS_LIMIT - 1)).toEqual({ refused: false, spamReasons: [] });
    expect(verdict(DEFAULT_ADDRESS_LIMIT)).toEqual({ refused: false, spamReasons: ["volume"] });
    expect(verdict(DEFAULT_ADDRESS_LIMIT * CEILING_FACTOR - 1)).toEqual({
      refused: false,
      spamReasons: ["volume"],
    });
    expect(verdict(DEFAULT_ADDRESS_LIMIT * CEILING_FACTOR)).toEqual({ refused: true });
  });

  it("a campaign's own limit moves both thresholds", () => {
    expect(verdict(99, 100)).toEqual({ refused: false, spamReasons: [] });
    expect(verdict(100, 100)).toEqual({ refused: false, spamReasons: ["volume"] });
    expect(verdict(500, 100)).toEqual({ refused: true });
    expect(verdict(1, 1)).toEqual({ refused: false, spamReasons: ["volume"] });
  });

  it("the honeypot marks a submission, with the volume when both apply", () => {
    expect(verdict(0, null, true)).toEqual({ refused: false, spamReasons: ["honeypot"] });
    expect(verdict(12, null, true)).toEqual({ refused: false, spamReasons: ["honeypot", "volume"] });
  });

  it("only a filled honeypot counts, not an empty or blank one", () => {
    expect(isHoneypotFilled(undefined)).toBe(false);
    expect(isHoneypotFilled("")).toBe(false);
    expect(isHoneypotFilled("  ")).toBe(false);
    expect(isHoneypotFilled("http://spam.example")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { defaultStaleAfterDays } from "../../shared/codes/initiatives";
import { parseStaleAfterDays } from "./stale-after-days";

describe("days without activity per stage (ESSAIM_STALE_AFTER_DAYS)", () => {
  it("keeps the defaults when unset, and overrides only the stages named", () => {
    expect(parseStaleAfterDays(undefined)).toEqual(defaultStaleAfterDays);
    expect(parseStaleAfterDays(" referral=7, carrier_search=0 ")).toEqual({
      ...defaultStaleAfterDays,
      referral: 7,
      carrier_search: 0,
    });
  });

  it("names what is wrong in an unknown stage or a missing number", () => {
    expect(parseStaleAfterDays("etude=30")).toContain("étape inconnue « etude »");
    expect(parseStaleAfterDays("referral=")).toContain("nombre de jours attendu après « referral= »");
    expect(parseStaleAfterDays("referral=-3")).toContain("nombre de jours");
  });
});

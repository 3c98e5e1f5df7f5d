import { describe, expect, it } from "vitest";
import { checkSiren, checkSiret, compactIdentifier, passesLuhn, sirenOfSiret } from "./siren";

describe("SIREN and SIRET numbers", () => {
  it("accepts real SIREN numbers, typed with or without spaces", () => {
    // Google France, Danone, EDF, INSEE.
    expect(checkSiren("443 061 841")).toEqual({ ok: true, value: "443061841" });
    expect(checkSiren("552032534")).toEqual({ ok: true, value: "552032534" });
    expect(checkSiren("552 081 317")).toEqual({ ok: true, value: "552081317" });
    expect(checkSiren("130025265")).toEqual({ ok: true, value: "130025265" });
  });

  it("refuses a SIREN whose check digit is wrong", () => {
    expect(checkSiren("443 061 842")).toEqual({ ok: false, reason: "checksum" });
    expect(checkSiren("552032535")).toEqual({ ok: false, reason: "checksum" });
  });

  it("refuses a SIREN that is not 9 digits", () => {
    expect(checkSiren("44306184")).toEqual({ ok: false, reason: "length" });
    expect(checkSiren("4430618410")).toEqual({ ok: false, reason: "length" });
    expect(checkSiren("44306184A")).toEqual({ ok: false, reason: "length" });
  });

  it("accepts real SIRET numbers and stores the digits only", () => {
    expect(checkSiret("443 061 841 00047")).toEqual({ ok: true, value: "44306184100047" });
    expect(checkSiret("130 025 265 00013")).toEqual({ ok: true, value: "13002526500013" });
    expect(sirenOfSiret("443 061 841 00047")).toBe("443061841");
  });

  it("refuses a SIRET with a wrong check digit or the wrong length", () => {
    expect(checkSiret("443 061 841 00048")).toEqual({ ok: false, reason: "checksum" });
    expect(checkSiret("443 061 841 0004")).toEqual({ ok: false, reason: "length" });
  });

  it("validates La Poste's establishments by the sum of their digits, not Luhn", () => {
    // 356 000 000 49837 fails Luhn but its digits add up to 45: INSEE's exception applies.
    expect(passesLuhn("35600000049837")).toBe(false);
    expect(checkSiret("356 000 000 49837")).toEqual({ ok: true, value: "35600000049837" });
    // Digits adding up to 46: refused.
    expect(checkSiret("356 000 000 49838")).toEqual({ ok: false, reason: "checksum" });
    // The head office keeps the Luhn rule.
    expect(checkSiret("356 000 000 00048")).toEqual({ ok: true, value: "35600000000048" });
    expect(checkSiren("356 000 000")).toEqual({ ok: true, value: "356000000" });
  });

  it("removes spaces, no-break spaces, dots and dashes from what was typed", () => {
    expect(compactIdentifier("443\u00a0061.841-00047")).toBe("44306184100047");
  });
});

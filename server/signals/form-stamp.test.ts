import { describe, expect, it } from "vitest";
import { checkFormStamp, clientKeyOf, FORM_MAX_MS, FORM_MIN_MS, signFormStamp } from "./form-stamp";

const secret = "test-secret-test-secret-test-secret-0000";
const served = new Date("2026-11-27T09:00:00.000Z");
const later = (ms: number) => new Date(served.getTime() + ms);

describe("the public form's minimum time", () => {
  it("a form sent after a person could have typed it passes", () => {
    expect(checkFormStamp(secret, signFormStamp(secret, served), later(FORM_MIN_MS + 1))).toBe("ok");
  });
  it("a form sent at once is too fast, an old one has expired", () => {
    const stamp = signFormStamp(secret, served);
    expect(checkFormStamp(secret, stamp, later(300))).toBe("tooFast");
    expect(checkFormStamp(secret, stamp, later(FORM_MAX_MS + 1))).toBe("expired");
  });
  it("a stamp made up or signed with another secret is refused", () => {
    const stamp = signFormStamp("another-secret-another-secret-another", served);
    expect(checkFormStamp(secret, stamp, later(10_000))).toBe("invalid");
    const forged = `${served.getTime() - 60_000}.${signFormStamp(secret, served).split(".")[1]}`;
    expect(checkFormStamp(secret, forged, later(10_000))).toBe("invalid");
    expect(checkFormStamp(secret, undefined, later(10_000))).toBe("invalid");
    expect(checkFormStamp(secret, "abc", later(10_000))).toBe("invalid");
  });
  it("client addresses are kept as keys that do not reveal them", () => {
    expect(clientKeyOf(secret, "192.0.2.1")).not.toContain("192");
    expect(clientKeyOf(secret, "192.0.2.1")).toBe(clientKeyOf(secret, "192.0.2.1"));
    expect(clientKeyOf(secret, "192.0.2.1")).not.toBe(clientKeyOf(secret, "192.0.2.2"));
  });
});

import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkWebhookEvents, checkWebhookUrl, isPrivateAddress, signWebhook } from "./webhook-rules";

describe("webhook rules", () => {
  it("take private, loopback, link-local and unspecified addresses for private, public ones for public", () => {
    const internal = [
      "10.0.0.1",
      "127.0.0.1",
      "172.16.5.4",
      "172.31.255.255",
      "192.168.1.1",
      "169.254.169.254",
    ];
    const more = [
      "0.0.0.0",
      "100.64.0.1",
      "::1",
      "::",
      "fe80::1",
      "fd12:3456::1",
      "::ffff:10.0.0.1",
      "ff02::1",
    ];
    for (const address of [...internal, ...more]) expect(isPrivateAddress(address), address).toBe(true);
    for (const address of ["8.8.8.8", "172.32.0.1", "193.51.24.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"])
      expect(isPrivateAddress(address), address).toBe(false);
  });

  it("sign t.body with HMAC-SHA256 in the X-Essaim-Signature format", () => {
    const body = '{"event":"signal_new"}';
    const mac = createHmac("sha256", "whsec_x").update(`1700000000.${body}`).digest("hex");
    expect(signWebhook("whsec_x", 1700000000, body)).toBe(`t=1700000000,v1=${mac}`);
  });

  it("accept https, and plain http only for an allowed host", () => {
    expect(checkWebhookUrl("https://outils.exemple.fr/a", [])).toEqual({
      url: "https://outils.exemple.fr/a",
    });
    expect(checkWebhookUrl("http://127.0.0.1:8080/a", ["127.0.0.1"])).toEqual({
      url: "http://127.0.0.1:8080/a",
    });
    expect(checkWebhookUrl("http://127.0.0.1:8080/a", [])).toHaveProperty("refusal");
    expect(checkWebhookUrl("https://moi:secret@outils.exemple.fr", [])).toHaveProperty("refusal");
    expect(checkWebhookUrl("ftp://outils.exemple.fr", [])).toHaveProperty("refusal");
  });

  it("keep only known events and refuse an unknown one", () => {
    expect(checkWebhookEvents(["launch", "launch", "signal_new"])).toEqual({
      events: ["launch", "signal_new"],
    });
    expect(checkWebhookEvents(["launch", "everything"])).toHaveProperty("refusal");
  });
});

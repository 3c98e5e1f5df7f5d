import { describe, expect, it } from "vitest";
import { decideLink, emailIsVerified, type LinkFacts, nameFromClaims } from "./oidc-link-rules";

const facts = (over: Partial<LinkFacts> = {}): LinkFacts => ({
  linked: null,
  email: "agent@collectivite.test",
  emailVerified: true,
  account: null,
  pendingInvitations: 0,
  ...over,
});
const account = { userId: "u1", disabled: false, linkedToAnotherSubject: false };

describe("who a provider identity signs in as", () => {
  it("an identity already linked signs in its account, whatever its e-mail says now", () => {
    const linked = { userId: "u9", disabled: false };
    expect(decideLink(facts({ linked, email: null, emailVerified: false }))).toEqual({
      kind: "sign-in",
      userId: "u9",
    });
    expect(decideLink(facts({ linked: { ...linked, disabled: true } }))).toEqual({
      kind: "refuse",
      reason: "disabled",
    });
  });

  it("a verified e-mail links its existing account; an unverified or missing one never does", () => {
    expect(decideLink(facts({ account }))).toEqual({ kind: "link", userId: "u1" });
    expect(decideLink(facts({ account, emailVerified: false }))).toEqual({
      kind: "refuse",
      reason: "email-unverified",
    });
    expect(decideLink(facts({ account, email: null }))).toEqual({ kind: "refuse", reason: "email-missing" });
    expect(decideLink(facts({ account: { ...account, disabled: true } }))).toEqual({
      kind: "refuse",
      reason: "disabled",
    });
    expect(decideLink(facts({ account: { ...account, linkedToAnotherSubject: true } }))).toEqual({
      kind: "refuse",
      reason: "other-identity",
    });
  });

  it("without an account, only a pending invitation creates one", () => {
    expect(decideLink(facts({ pendingInvitations: 2 }))).toEqual({ kind: "create-from-invitations" });
    expect(decideLink(facts())).toEqual({ kind: "refuse", reason: "no-account" });
    expect(decideLink(facts({ pendingInvitations: 1, emailVerified: false }))).toEqual({
      kind: "refuse",
      reason: "email-unverified",
    });
  });

  it("the name comes from the given and usual names, else from what is there", () => {
    expect(
      nameFromClaims({ given_name: "Inès", usual_name: "Vidal", family_name: "Martin" }, "a@b.test"),
    ).toBe("Inès Vidal");
    expect(nameFromClaims({ given_name: "Inès", family_name: "Martin" }, "a@b.test")).toBe("Inès Martin");
    expect(nameFromClaims({ name: "Marc Roux" }, "a@b.test")).toBe("Marc Roux");
    expect(nameFromClaims({}, "agent.x@b.test")).toBe("agent.x");
  });

  it("an e-mail is verified by the claim, or by the operator's word for the provider", () => {
    expect(emailIsVerified({ email_verified: true }, "claim")).toBe(true);
    expect(emailIsVerified({}, "claim")).toBe(false);
    expect(emailIsVerified({ email_verified: false }, "claim")).toBe(false);
    expect(emailIsVerified({}, "always")).toBe(true);
  });
});

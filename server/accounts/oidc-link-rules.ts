/**
 * Who a provider's identity signs in as (decision record 0130). Pure: the facts are read by
 * `finish-oidc-sign-in.ts`. The identity never creates access on its own: it signs in the account
 * it is linked to, links to the account of its verified e-mail, or creates the account an
 * invitation for that e-mail is waiting for; anything else is refused.
 */
export type LinkFacts = {
  /** The account already linked to this issuer and subject. */
  linked: { userId: string; disabled: boolean } | null;
  email: string | null;
  emailVerified: boolean;
  /** The account whose e-mail is the identity's (any case). */
  account: { userId: string; disabled: boolean; linkedToAnotherSubject: boolean } | null;
  /** Invitations for that e-mail neither accepted, revoked nor expired. */
  pendingInvitations: number;
};

export type LinkRefusal = "disabled" | "email-missing" | "email-unverified" | "no-account" | "other-identity";

export type LinkDecision =
  | { kind: "sign-in"; userId: string }
  | { kind: "link"; userId: string }
  | { kind: "create-from-invitations" }
  | { kind: "refuse"; reason: LinkRefusal };

export function decideLink(facts: LinkFacts): LinkDecision {
  if (facts.linked) {
    return facts.linked.disabled
      ? { kind: "refuse", reason: "disabled" }
      : { kind: "sign-in", userId: facts.linked.userId };
  }
  if (!facts.email) return { kind: "refuse", reason: "email-missing" };
  if (!facts.emailVerified) return { kind: "refuse", reason: "email-unverified" };
  if (facts.account) {
    if (facts.account.disabled) return { kind: "refuse", reason: "disabled" };
    if (facts.account.linkedToAnotherSubject) return { kind: "refuse", reason: "other-identity" };
    return { kind: "link", userId: facts.account.userId };
  }
  if (facts.pendingInvitations > 0) return { kind: "create-from-invitations" };
  return { kind: "refuse", reason: "no-account" };
}

type IdentityClaims = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/**
 * The name of an account created from an invitation: given name and usual (ProConnect) or family
 * name, else `name`, else the e-mail's local part. Nothing else is taken from the identity.
 */
export function nameFromClaims(claims: IdentityClaims, email: string): string {
  const parts = [text(claims.given_name), text(claims.usual_name) || text(claims.family_name)];
  const joined = parts.filter(Boolean).join(" ");
  return (joined || text(claims.name) || email.split("@")[0] || email).slice(0, 120);
}

/** Whether the identity's e-mail counts as verified, by the claim or by the operator's word. */
export function emailIsVerified(claims: IdentityClaims, policy: "claim" | "always"): boolean {
  return policy === "always" || claims.email_verified === true || claims.email_verified === "true";
}

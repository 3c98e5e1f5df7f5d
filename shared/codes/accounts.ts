export const membershipRoles = ["admin", "officer", "partner", "carrier"] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const invitationRoles = ["network_animator", ...membershipRoles] as const;
export type InvitationRole = (typeof invitationRoles)[number];

/** How a session proved a second factor (decision record 0139). */
export const secondFactorKinds = ["totp", "recovery", "federation"] as const;
export type SecondFactorKind = (typeof secondFactorKinds)[number];

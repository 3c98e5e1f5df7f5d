export const membershipRoles = ["admin", "officer", "partner", "carrier"] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const invitationRoles = ["network_animator", ...membershipRoles] as const;
export type InvitationRole = (typeof invitationRoles)[number];

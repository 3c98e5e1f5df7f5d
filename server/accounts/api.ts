import { z } from "zod";
import { fr } from "../../shared/i18n/fr";
import type { Actor } from "../core/actor";
import { fail, ok } from "../core/result";
import { membershipRoles } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { createApiToken, createApiTokenInput } from "./create-api-token";
import { listApiTokens } from "./list-api-tokens";
import { loadActor } from "./resolve-actor";
import { revokeApiToken } from "./revoke-api-token";
import { emailField, passwordField } from "./schemas";
import { verifyCredentials } from "./verify-credentials";

const tag = "Comptes";

/** Dates leave the API as ISO 8601 strings (Fastify serialises a Date that way). */
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const optionalDateTime = dateTime.nullable();

const tokenRequest = z.object({
  email: emailField,
  password: passwordField,
  name: createApiTokenInput.shape.name.optional(),
  code: z
    .string()
    .max(40)
    .optional()
    .describe(
      "Code de double authentification (6 chiffres, ou un code de secours), exigé quand le compte l'a activée",
    ),
});

const issuedToken = z.object({
  token: z.string().describe("Le jeton, affiché une seule fois : `Authorization: Bearer <jeton>`"),
  expiresAt: dateTime.describe("Date d'expiration (90 jours)"),
  id: z.uuid().describe("Identifiant du jeton, pour le révoquer"),
  name: z.string(),
});

const meResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  isNetworkAnimator: z.boolean().describe("Animateur·rice du réseau"),
  roles: z.array(z.enum(["network_animator", ...membershipRoles])).describe("Rôles distincts de la personne"),
  fabriques: z
    .array(
      z.object({
        id: z.uuid(),
        slug: z.string(),
        name: z.string(),
        role: z.enum(membershipRoles),
        initiativeId: z.uuid().nullable().describe("Projet auquel le rôle est limité, sinon null"),
      }),
    )
    .describe("Une entrée par rôle dans une Fabrique"),
});

const tokenListItem = z.object({
  id: z.uuid(),
  name: z.string(),
  prefix: z.string().describe("Début du jeton, pour le reconnaître"),
  createdAt: dateTime,
  expiresAt: dateTime,
  lastUsedAt: optionalDateTime,
  revokedAt: optionalDateTime,
});

/** The `/me` view of an actor. */
export function describeActor(actor: Actor): z.input<typeof meResponse> {
  const roles = new Set<z.infer<typeof meResponse>["roles"][number]>();
  if (actor.isNetworkAnimator) roles.add("network_animator");
  for (const m of actor.memberships) roles.add(m.role);
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    isNetworkAnimator: actor.isNetworkAnimator,
    roles: [...roles],
    fabriques: actor.memberships.map((m) => ({
      id: m.fabriqueId,
      slug: m.fabriqueSlug,
      name: m.fabriqueName,
      role: m.role,
      initiativeId: m.initiativeId,
    })),
  };
}

export const accountsApiRoutes = [
  defineApiRoute({
    method: "POST",
    path: "/api/v1/auth/token",
    summary: "Obtenir un jeton d'accès avec son adresse e-mail et son mot de passe",
    tag,
    auth: "none",
    body: tokenRequest,
    response: issuedToken,
    errors: ["INVALID_CREDENTIALS", "RATE_LIMITED", "INVALID_INPUT", "FORBIDDEN"],
    handler: async ({ deps, body, request }) => {
      const verified = await verifyCredentials(deps, body.email, body.password, {
        clientAddress: request.ip,
      });
      if (!verified.ok && verified.error === "RATE_LIMITED") return verified;
      if (!verified.ok) {
        return fail("INVALID_CREDENTIALS", {
          message: verified.message ?? fr.accounts.api.invalidCredentials,
        });
      }
      const owner = await loadActor(deps, verified.value.id);
      if (!owner) return fail("INVALID_CREDENTIALS", { message: fr.accounts.api.invalidCredentials });
      const created = await createApiToken(deps, owner, {
        name: body.name ?? fr.accounts.api.defaultTokenName,
        code: body.code,
      });
      if (!created.ok) return created;
      request.log.info({ userId: verified.value.id, tokenId: created.value.id }, "api token issued");
      return ok(created.value);
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/me",
    summary: "La personne connectée, ses rôles et ses Fabriques",
    tag,
    auth: "token",
    response: meResponse,
    handler: async ({ actor }) => ok(describeActor(actor!)),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/auth/tokens",
    summary: "Mes jetons d'accès (sans leur secret)",
    tag,
    auth: "token",
    response: z.object({ tokens: z.array(tokenListItem) }),
    handler: async ({ deps, actor }) => {
      const tokens = await listApiTokens(deps, actor!);
      return tokens.ok ? ok({ tokens: tokens.value }) : tokens;
    },
  }),
  defineApiRoute({
    method: "DELETE",
    path: "/api/v1/auth/tokens/:id",
    summary: "Révoquer un de mes jetons d'accès",
    tag,
    auth: "token",
    params: z.object({ id: z.string().describe("Identifiant du jeton") }),
    response: z.object({ id: z.uuid(), revokedAt: dateTime }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const revoked = await revokeApiToken(deps, actor!, params.id);
      return revoked.ok ? ok({ id: revoked.value.id, revokedAt: revoked.value.revokedAt }) : revoked;
    },
  }),
];

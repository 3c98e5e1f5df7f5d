import { z } from "zod";
import { fail, ok } from "../core/result";
import { notificationKinds } from "../db/schema";
import { defineApiRoute } from "../http/api-route";
import { unsubscribe } from "./unsubscribe";

/**
 * The one-click unsubscribe of RFC 8058: a mail client posts `List-Unsubscribe=One-Click` to the
 * address of a notification mail's `List-Unsubscribe` header, without a session or a CSRF token;
 * the signed token in the address is the proof.
 */
export const notificationApiRoutes = [
  defineApiRoute({
    method: "POST",
    path: "/api/v1/unsubscribe/:token",
    summary: "Se désabonner en un clic d'une sorte de notification par courriel (RFC 8058)",
    tag: "Notifications",
    auth: "none",
    params: z.object({ token: z.string().max(200).describe("Jeton signé du lien de désabonnement") }),
    body: z
      .object({
        "List-Unsubscribe": z.literal("One-Click").optional().describe("Envoyé par le client de courriel"),
      })
      .optional(),
    response: z.object({
      unsubscribed: z
        .enum([...notificationKinds, "digest-daily", "digest-weekly"])
        .describe("La sorte de notification arrêtée, ou le résumé arrêté"),
    }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, params }) => {
      const kind = await unsubscribe(deps, params.token);
      return kind ? ok({ unsubscribed: kind }) : fail("NOT_FOUND");
    },
  }),
];

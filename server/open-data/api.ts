import type { FastifyReply } from "fastify";
import { z } from "zod";
import { ok } from "../core/result";
import { defineApiRoute } from "../http/api-route";
import { listOpenActivities, type OpenActivitiesPage } from "./list-open-activities";
import { openActivitiesToCsv } from "./open-activities-csv";
import { openActivitiesPage, openActivitiesQuery, openDataLicence } from "./open-data-schemas";

const tag = "Données ouvertes";
export const openDataSchemaDoc = "docs/open-data/activities.md";

/** The licence, the total and the next and previous pages, as headers (the CSV has no room for them). */
function pageHeaders(reply: FastifyReply, path: string, result: OpenActivitiesPage) {
  const link = (page: number, rel: string) =>
    `<${path}?page=${page}&perPage=${result.perPage}>; rel="${rel}"`;
  const links = [`<${openDataLicence.url}>; rel="license"`];
  if (result.page > 1) links.push(link(result.page - 1, "prev"));
  if (result.page * result.perPage < result.total) links.push(link(result.page + 1, "next"));
  reply
    .header("link", links.join(", "))
    .header("x-total-count", String(result.total))
    .header("x-licence", openDataLicence.name)
    .header("access-control-allow-origin", "*");
}

export const openDataApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/open-data/activities",
    summary:
      "Données ouvertes (Licence Ouverte 2.0) : les activités lancées, champs publics seulement (nom, modèle, territoire, année, nature, emplois), par pages ; sans compte",
    tag,
    auth: "none",
    query: openActivitiesQuery,
    response: openActivitiesPage,
    errors: ["INVALID_INPUT"],
    handler: async ({ deps, query, reply }) => {
      const result = await listOpenActivities(deps, query);
      if (!result.ok) return result;
      pageHeaders(reply, "/api/v1/open-data/activities", result.value);
      return ok({
        licence: { ...openDataLicence },
        schema: openDataSchemaDoc,
        ...result.value,
      });
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/open-data/activities.csv",
    summary:
      "Les mêmes données ouvertes en CSV (séparateur point-virgule, UTF-8, en-têtes = noms des champs JSON) ; licence et pages dans l'en-tête Link",
    tag,
    auth: "none",
    query: openActivitiesQuery,
    response: z.unknown(),
    raw: true,
    rawContentType: "text/csv",
    errors: ["INVALID_INPUT"],
    handler: async ({ deps, query, reply }) => {
      const result = await listOpenActivities(deps, query);
      if (!result.ok) return result;
      pageHeaders(reply, "/api/v1/open-data/activities.csv", result.value);
      reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="activites-lancees.csv"')
        .send(openActivitiesToCsv(result.value.items));
      return ok(undefined);
    },
  }),
];

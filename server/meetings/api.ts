import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { ok } from "../core/result";
import { decisionKinds, decisionPaths, documentAudiences, meetingKinds } from "../db/schema";
import { contentDisposition, getDocumentFile, listDocuments, uploadDocument } from "../documents/documents";
import { defineApiRoute } from "../http/api-route";
import { createTaskInput, updateTaskInput } from "../tasks/task-schemas";
import { createTask, listInitiativeTasks, updateTask } from "../tasks/tasks";
import { createDecision, listDecisions } from "./decisions";
import { getMeeting } from "./get-meeting";
import { listInitiativeMeetings } from "./list-meetings";
import { decisionInput, meetingInput, updateMeetingInput } from "./meeting-schemas";
import { createMeeting, updateMeeting } from "./save-meeting";

const tag = "Réunions, décisions et tâches";
const dateTime = z.date().meta({ type: "string", format: "date-time" });
const initiativeParams = z.object({ id: z.string().max(60).describe("Identifiant du projet") });
const meetingParams = z.object({ id: z.string().max(60).describe("Identifiant de la réunion") });
const taskParams = z.object({ id: z.string().max(60).describe("Identifiant de la tâche") });
const documentParams = z.object({ id: z.string().max(60).describe("Identifiant du document") });

const meetingSummary = z.object({
  id: z.uuid(),
  initiativeId: z.uuid(),
  kind: z.enum(meetingKinds),
  title: z.string(),
  startsAt: dateTime,
  endsAt: dateTime,
  place: z.string(),
});

const meetingDetails = meetingSummary.extend({
  publicHeadcount: z.number().int().nullable(),
  minutes: z.string().nullable().describe("null quand votre rôle ne donne pas accès au compte rendu"),
  participants: z
    .array(z.object({ ref: z.string(), kind: z.enum(["organisation", "contact", "user"]), name: z.string() }))
    .nullable(),
  version: z.number().int().describe("À renvoyer dans PATCH pour détecter une modification concurrente"),
  updatedAt: dateTime,
});

const decisionOutput = z.object({
  id: z.uuid(),
  meetingId: z.uuid().nullable(),
  meetingKind: z.enum(meetingKinds).nullable(),
  stage: z.string().describe("L'étape du projet au moment de la décision"),
  kind: z.enum(decisionKinds),
  path: z.enum(decisionPaths).nullable(),
  modelId: z.uuid().nullable(),
  rationale: z.string(),
  decidedBy: z.string(),
  decidedOn: z.string().describe("AAAA-MM-JJ"),
  recordedAt: dateTime,
});

const taskOutput = z.object({
  id: z.uuid(),
  initiativeId: z.uuid().nullable(),
  title: z.string(),
  ownerUserId: z.uuid().nullable(),
  ownerName: z.string().nullable(),
  dueOn: z.string().nullable().describe("AAAA-MM-JJ"),
  doneAt: dateTime.nullable(),
});

const documentOutput = z.object({
  id: z.uuid(),
  meetingId: z.uuid().nullable(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  audience: z.enum(documentAudiences),
  createdAt: dateTime,
});

const detailsOf = async (...args: Parameters<typeof getMeeting>) => {
  const result = await getMeeting(...args);
  if (!result.ok) return result;
  const { initiative, access: _access, fabriqueId: _f, createdAt: _c, ...row } = result.value;
  return ok({ ...row, initiativeId: initiative.id });
};

/**
 * The route validated the body with the service's own schema (same 400s, and the OpenAPI
 * document); the service parses it again because it also serves the forms, so it gets the body
 * as sent, not the parsed output (whose transforms — French dates, empty fields — are not
 * meant to run twice).
 */
const rawBody = <T>(request: FastifyRequest, _validated: unknown) => request.body as T;

export const meetingApiRoutes = [
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/meetings",
    summary: "Les réunions d'un projet (les comités de pilotage seulement pour leurs membres)",
    tag,
    auth: "token",
    params: initiativeParams,
    response: z.object({ upcoming: z.array(meetingSummary), past: z.array(meetingSummary) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => listInitiativeMeetings(deps, actor, params.id),
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/meetings",
    summary: "Planifier une réunion d'un projet (date et heures de Paris)",
    tag,
    auth: "token",
    params: initiativeParams,
    body: meetingInput,
    response: meetingDetails,
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body, request }) => {
      const created = await createMeeting(deps, actor!, params.id, rawBody(request, body));
      if (!created.ok) return created;
      return detailsOf(deps, actor, created.value.id);
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/meetings/:id",
    summary: "Une réunion, avec son compte rendu et ses participant·es si votre rôle le permet",
    tag,
    auth: "token",
    params: meetingParams,
    response: meetingDetails,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => detailsOf(deps, actor, params.id),
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/meetings/:id",
    summary:
      "Modifier une réunion (toute la réunion, avec la version lue ; 409 si elle a changé entre-temps)",
    tag,
    auth: "token",
    params: meetingParams,
    body: updateMeetingInput,
    response: meetingDetails,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "CONFLICT", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body, request }) => {
      const updated = await updateMeeting(deps, actor!, params.id, rawBody(request, body));
      if (!updated.ok) return updated;
      return detailsOf(deps, actor, params.id);
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/decisions",
    summary: "Les décisions d'un projet (celles des comités de pilotage seulement pour leurs membres)",
    tag,
    auth: "token",
    params: initiativeParams,
    response: z.object({ decisions: z.array(decisionOutput) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await listDecisions(deps, actor, params.id);
      return result.ok ? ok({ decisions: result.value }) : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/decisions",
    summary: "Enregistrer une décision (go, no go, veille, passage de relais), sur une réunion ou seule",
    tag,
    auth: "token",
    params: initiativeParams,
    body: decisionInput,
    response: z.object({ id: z.uuid() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body, request }) =>
      createDecision(deps, actor!, params.id, rawBody(request, body)),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/tasks",
    summary: "Les prochaines étapes d'un projet (pas montrées aux partenaires)",
    tag,
    auth: "token",
    params: initiativeParams,
    response: z.object({ tasks: z.array(taskOutput) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params }) => {
      const result = await listInitiativeTasks(deps, actor, params.id);
      return result.ok ? ok({ tasks: result.value }) : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/tasks",
    summary: "Ajouter une tâche à un projet, avec son ou sa responsable et son échéance",
    tag,
    auth: "token",
    params: initiativeParams,
    body: createTaskInput,
    response: z.object({ id: z.uuid() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body, request }) =>
      createTask(deps, actor!, params.id, rawBody(request, body)),
  }),
  defineApiRoute({
    method: "PATCH",
    path: "/api/v1/tasks/:id",
    summary: "Modifier une tâche, la marquer faite ou la rouvrir",
    tag,
    auth: "token",
    params: taskParams,
    body: updateTaskInput,
    response: taskOutput,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, body, request }) =>
      updateTask(deps, actor!, params.id, rawBody(request, body)),
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/initiatives/:id/documents",
    summary: "Les documents d'un projet (hors réunion, ou d'une réunion) que votre rôle permet de lire",
    tag,
    auth: "token",
    params: initiativeParams,
    query: z.object({ meetingId: z.uuid().optional().describe("Les documents de cette réunion") }),
    response: z.object({ documents: z.array(documentOutput) }),
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params, query }) => {
      const result = await listDocuments(deps, actor, params.id, { meetingId: query.meetingId ?? null });
      return result.ok ? ok({ documents: result.value }) : result;
    },
  }),
  defineApiRoute({
    method: "POST",
    path: "/api/v1/initiatives/:id/documents",
    summary:
      "Déposer un document (10 Mo au plus) : le corps est le fichier, avec son Content-Type ; nom, public et réunion en paramètres",
    tag,
    auth: "token",
    params: initiativeParams,
    query: z.object({
      filename: z.string().min(1).max(200).describe("Nom du fichier"),
      audience: z.enum(documentAudiences).optional().default("team").describe(documentAudiences.join(", ")),
      meetingId: z.uuid().optional().describe("La réunion à laquelle le document se rattache"),
    }),
    response: z.object({ id: z.uuid() }),
    successStatus: 201,
    errors: ["INVALID_INPUT", "FORBIDDEN", "NOT_FOUND", "WRITE_REFUSED"],
    handler: async ({ deps, actor, params, query, request }) => {
      const body = request.body;
      const content = Buffer.isBuffer(body)
        ? body
        : Buffer.from(typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body));
      return uploadDocument(deps, actor!, params.id, {
        filename: query.filename,
        audience: query.audience,
        meetingId: query.meetingId ?? null,
        mediaType: request.headers["content-type"] ?? "application/octet-stream",
        content,
      });
    },
  }),
  defineApiRoute({
    method: "GET",
    path: "/api/v1/documents/:id",
    summary: "Télécharger un document, si son public vous inclut",
    tag,
    auth: "token",
    params: documentParams,
    response: z.unknown(),
    raw: true,
    errors: ["NOT_FOUND"],
    handler: async ({ deps, actor, params, reply }) => {
      const result = await getDocumentFile(deps, actor, params.id);
      if (!result.ok) return result;
      reply
        .header("content-type", result.value.mediaType)
        .header("content-disposition", contentDisposition(result.value.filename))
        .header("x-content-type-options", "nosniff")
        .send(result.value.content);
      return ok(undefined);
    },
  }),
];

import { redirect } from "react-router";
import type { Actor } from "../../server/core/actor";
import type { Deps } from "../../server/core/deps";
import type { Failure } from "../../server/core/result";
import { formToObject } from "../../server/core/validation";
import { uploadDocument } from "../../server/documents/documents";
import { createDecision } from "../../server/meetings/decisions";
import { createTask, updateTask } from "../../server/tasks/tasks";
import { formFailure } from "../network/page-results";

const str = (values: Record<string, unknown>, key: string) =>
  typeof values[key] === "string" ? (values[key] as string) : "";

/**
 * The forms of the meetings section (decision, document, task, tick a task), posted to the
 * initiative's meetings page or to a meeting's page. Each answers a redirect with a `?fait=`
 * flag, or a 400 with what was typed (tagged with its intent, so only that form shows errors).
 */
export async function handleDossierForm(
  deps: Deps,
  actor: Actor,
  request: Request,
  { initiativeId, meetingId, back }: { initiativeId: string; meetingId: string | null; back: string },
) {
  const form = await request.formData();
  const values = formToObject(form);
  const intent = str(values, "intent");
  const failed = (failure: Failure) =>
    formFailure(failure, { ...values, intent }, { forbiddenAsNotFound: true });
  if (intent === "decision") {
    const result = await createDecision(deps, actor, initiativeId, {
      meetingId: meetingId ?? str(values, "meetingId"),
      kind: str(values, "kind") as never,
      path: str(values, "path") as never,
      modelId: str(values, "modelId"),
      rationale: str(values, "rationale"),
      decidedBy: str(values, "decidedBy"),
      decidedOn: str(values, "decidedOn"),
    });
    return result.ok ? redirect(`${back}?fait=decision#decisions`) : failed(result);
  }
  if (intent === "document") {
    const file = form.get("file");
    const isFile = typeof file === "object" && file !== null;
    const result = await uploadDocument(deps, actor, initiativeId, {
      meetingId,
      audience: str(values, "audience"),
      filename: isFile ? file.name : "",
      mediaType: isFile ? file.type : "",
      content: isFile ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0),
    });
    return result.ok ? redirect(`${back}?fait=document#documents`) : failed(result);
  }
  if (intent === "task") {
    const result = await createTask(deps, actor, initiativeId, {
      title: str(values, "title"),
      ownerUserId: str(values, "ownerUserId"),
      dueOn: str(values, "dueOn"),
    });
    return result.ok ? redirect(`${back}?fait=tache#taches`) : failed(result);
  }
  if (intent === "task-done" || intent === "task-undone") {
    const result = await updateTask(deps, actor, str(values, "taskId"), { done: intent === "task-done" });
    return result.ok ? redirect(`${back}?fait=tache-maj#taches`) : failed(result);
  }
  return failed({ ok: false, error: "INVALID_INPUT" });
}

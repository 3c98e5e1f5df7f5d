import { redirect } from "react-router";
import type { Actor } from "../../server/core/actor";
import type { Deps } from "../../server/core/deps";
import type { Failure } from "../../server/core/result";
import { uploadDocument } from "../../server/documents/documents";
import { createDecision } from "../../server/meetings/decisions";
import { createTask, updateTask } from "../../server/tasks/tasks";
import { readForm, replyFailure } from "../ui/page-form";

/**
 * The forms of the meetings section (decision, document, task, tick a task), posted to the
 * initiative's meetings page or to a meeting's page. Each answers a redirect with a `?done=`
 * flag, or a 400 with what was typed (tagged with its intent, so only that form shows errors).
 */
export async function handleDossierForm(
  deps: Deps,
  actor: Actor,
  request: Request,
  { initiativeId, meetingId, back }: { initiativeId: string; meetingId: string | null; back: string },
) {
  const form = await readForm(request);
  const intent = form.text("intent");
  const failed = (failure: Failure) => replyFailure(failure, { values: { ...form.values, intent } });
  if (intent === "decision") {
    const result = await createDecision(deps, actor, initiativeId, {
      meetingId: meetingId ?? form.text("meetingId"),
      kind: form.text("kind"),
      path: form.text("path"),
      modelId: form.text("modelId"),
      rationale: form.text("rationale"),
      decidedBy: form.text("decidedBy"),
      decidedOn: form.text("decidedOn"),
    });
    return result.ok ? redirect(`${back}?done=decision#decisions`) : failed(result);
  }
  if (intent === "document") {
    const file = form.file("file");
    const result = await uploadDocument(deps, actor, initiativeId, {
      meetingId,
      audience: form.text("audience"),
      filename: file?.name ?? "",
      mediaType: file?.type ?? "",
      content: file ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0),
    });
    return result.ok ? redirect(`${back}?done=document#documents`) : failed(result);
  }
  if (intent === "task") {
    const result = await createTask(deps, actor, initiativeId, {
      title: form.text("title"),
      ownerUserId: form.text("ownerUserId"),
      dueOn: form.text("dueOn"),
    });
    return result.ok ? redirect(`${back}?done=tache#taches`) : failed(result);
  }
  if (intent === "task-done" || intent === "task-undone") {
    const result = await updateTask(deps, actor, form.text("taskId"), { done: intent === "task-done" });
    return result.ok ? redirect(`${back}?done=tache-maj#taches`) : failed(result);
  }
  return failed({ ok: false, error: "INVALID_INPUT" });
}

import { redirect } from "react-router";
import { checkAttachment } from "../../server/calls/answer-rules";
import { applyToCall, updateApplication, withdrawApplication } from "../../server/calls/apply-to-call";
import { attachFile } from "../../server/calls/attach-file";
import type { PublicQuestion } from "../../server/calls/public-calls";
import { fail } from "../../server/core/result";
import type { EssaimLoadContext } from "../../server/http/load-context";
import { MAX_ATTACHMENT_BYTES } from "../../shared/codes/calls";
import { type PostedForm, readForm, replyFailure } from "../ui/page-form";

type Deps = EssaimLoadContext["deps"];
type Upload = { questionId: string; content: Buffer };

/** The application as the services read it, from the posted form (answers named `answers.<id>`). */
function applicationInput(form: PostedForm, submit: boolean) {
  const answers: Record<string, string> = {};
  for (const [key, value] of Object.entries(form.values)) {
    if (key.startsWith("answers.") && typeof value === "string")
      answers[key.slice("answers.".length)] = value;
  }
  return {
    siren: form.text("siren"),
    name: form.text("name"),
    legalForm: form.text("legalForm"),
    agrements: form.list("agrements"),
    postcode: form.text("postcode"),
    contactName: form.text("contactName"),
    contactEmail: form.text("contactEmail"),
    consent: form.text("consent"),
    keepForOtherCalls: form.text("keepForOtherCalls"),
    answers,
    submit,
  };
}

/** The files chosen for the call's file questions, checked before anything is written. */
async function readUploads(form: PostedForm, questions: PublicQuestion[]) {
  const uploads: Upload[] = [];
  const problems: Record<string, string> = {};
  for (const question of questions.filter((q) => q.kind === "file")) {
    const file = form.file(`answers.${question.id}`);
    if (!file) continue;
    const content = Buffer.from(await file.arrayBuffer());
    const problem = checkAttachment(content, MAX_ATTACHMENT_BYTES);
    if (problem) problems[`answers.${question.id}`] = problem;
    else uploads.push({ questionId: question.id, content });
  }
  return { uploads, problems };
}

async function attachAll(deps: Deps, token: string, uploads: Upload[]) {
  for (const upload of uploads) {
    const attached = await attachFile(deps, token, upload.questionId, upload.content);
    if (!attached.ok) return attached;
  }
  return undefined;
}

/**
 * The public form's post: the application is created (a draft first when files come with it,
 * since a file joins an existing application), its files attached, then sent if asked; the
 * applicant lands on their private page, which is the receipt.
 */
export async function submitNewApplication(
  context: Pick<EssaimLoadContext, "deps">,
  request: Request,
  call: { id: string; questions: PublicQuestion[] },
) {
  const { deps } = context;
  const form = await readForm(request);
  const submit = form.text("submit") === "on";
  const { uploads, problems } = await readUploads(form, call.questions);
  if (Object.keys(problems).length)
    return replyFailure(fail("INVALID_INPUT", { fields: problems }), form, { nestedFields: true });
  const created = await applyToCall(deps, call.id, applicationInput(form, submit && !uploads.length));
  if (!created.ok) return replyFailure(created, form, { nestedFields: true });
  const { token } = created.value;
  const refused = await attachAll(deps, token, uploads);
  if (!refused && submit && uploads.length)
    await updateApplication(deps, token, applicationInput(form, true));
  return redirect(`/candidature/${token}?done=received`);
}

/** The applicant's own page: complete, send or withdraw through the private link. */
export async function changeApplication(
  context: Pick<EssaimLoadContext, "deps">,
  request: Request,
  token: string,
  questions: PublicQuestion[],
) {
  const { deps } = context;
  const form = await readForm(request);
  if (form.text("intent") === "withdraw") {
    const withdrawn = await withdrawApplication(deps, token);
    if (!withdrawn.ok) return replyFailure(withdrawn, form);
    return redirect(`/candidature/${token}?done=withdrawn`);
  }
  const { uploads, problems } = await readUploads(form, questions);
  if (Object.keys(problems).length)
    return replyFailure(fail("INVALID_INPUT", { fields: problems }), form, { nestedFields: true });
  const refused = await attachAll(deps, token, uploads);
  if (refused) return replyFailure(refused, form, { nestedFields: true });
  const updated = await updateApplication(deps, token, applicationInput(form, form.text("submit") === "on"));
  if (!updated.ok) return replyFailure(updated, form, { nestedFields: true });
  return redirect(`/candidature/${token}?done=saved`);
}

import { randomUUID } from "node:crypto";
import { redirect } from "react-router";
import type { Actor } from "../../server/core/actor";
import type { Deps } from "../../server/core/deps";
import type { ErrorCode } from "../../server/core/errors";
import { loadForecastForActor } from "../../server/forecasts/forecast-access";
import { type ForecastInputs, forecastInputs } from "../../server/forecasts/forecast-inputs";
import { updateForecast } from "../../server/forecasts/update-forecast";
import { fr } from "../../shared/i18n/fr";
import { type PostedForm, replyFailure } from "../ui/page-form";
import {
  type EditorSection,
  editorRefusals,
  type ListSection,
  listSections,
  newLine,
  readSection,
  withSection,
} from "./forecast-form";
import type { SectionFailure } from "./section-editors";

const sections: readonly EditorSection[] = ["settings", ...listSections];

/** A refused save, on the section's form (the editor is seen by whoever may read it: explained). */
function failure(
  section: SectionFailure["section"],
  error: ErrorCode,
  fields: Record<string, string>,
  form: PostedForm,
  message?: string,
) {
  return replyFailure({ ok: false, error, fields, message }, form, {
    forbidden: "explain",
    nestedFields: true,
    extra: { section },
  });
}

/** A refusal on the line being added (`staff.3.position`) belongs to the add form's fields. */
function addFormFields(
  fields: Record<string, string>,
  verb: string,
  name: EditorSection,
  inputs: ForecastInputs,
): Record<string, string> {
  if (verb !== "add") return fields;
  const list = name as ListSection;
  const prefix = `${list}.${(inputs[list] as unknown[]).length}.`;
  return Object.fromEntries(
    Object.entries(fields).map(([key, message]) => {
      if (!key.startsWith(prefix)) return [key, message];
      const field = key.slice(prefix.length);
      return [field === "label" || field === "position" ? `add-${list}-label` : `add-${list}-kind`, message];
    }),
  );
}

/**
 * One save of the editor: a section (`save:<section>`) or a new line (`add:<section>`). The whole
 * scenario is then validated and stored with the version the page was read at. Without
 * JavaScript the answer is a redirect; with it, `{ ok: true }` and the loader's statements refresh.
 */
export async function handleEditorPost(deps: Deps, actor: Actor, id: string, form: PostedForm) {
  const [verb, name] = form.text("intent").split(":") as [string, EditorSection];
  if (!sections.includes(name) || (verb !== "save" && verb !== "add")) {
    return failure("settings", "INVALID_INPUT", {}, form);
  }
  const loaded = await loadForecastForActor(deps, actor, id, "edit");
  if (!loaded.ok) {
    return failure(verb === "add" ? "add" : name, loaded.error, {}, form, fr.forecasts.readOnly);
  }
  const { inputs } = loaded.value.forecast;
  const version = Number(form.text("version"));
  let next: Record<string, unknown>;
  let meta: { name?: string; scenarioKind?: string } = {};
  const section = verb === "add" ? ("add" as const) : name;

  if (verb === "save") {
    const read = readSection(form.input, name);
    if (Object.keys(read.errors).length) return failure(name, "INVALID_INPUT", read.errors, form);
    let posted = read.data;
    if (Array.isArray(posted)) {
      posted = posted.filter((row) => row.remove !== "1").map(({ remove: _remove, ...row }) => row);
    }
    next = withSection(inputs, name, posted);
    if (name === "settings") meta = { name: form.text("name"), scenarioKind: form.text("scenarioKind") };
  } else {
    const list = name as ListSection;
    const label = form.text(`add-${list}-label`).trim();
    const kind = form.text(`add-${list}-kind`);
    const fields: Record<string, string> = {};
    if (!label)
      fields[`add-${list}-label`] =
        list === "staff" ? fr.forecasts.refusals.position : fr.forecasts.refusals.label;
    if (list === "crossSubsidies" && !kind) fields[`add-${list}-kind`] = fr.forecasts.refusals.salesLineFirst;
    if (Object.keys(fields).length) return failure("add", "INVALID_INPUT", fields, form);
    const lineId = `${list.slice(0, 3)}-${randomUUID().slice(0, 8)}`;
    next = { ...inputs, [list]: [...(inputs[list] as unknown[]), newLine(list, kind, label, lineId)] };
  }

  if (meta.name !== undefined && (!meta.name.trim() || meta.name.trim().length > 120)) {
    return failure(section, "INVALID_INPUT", { name: fr.forecasts.refusals.name }, form);
  }
  // The schema's refusals in the editor's words and units (euros, %, months), before the service.
  const parsed = forecastInputs.safeParse(next);
  if (!parsed.success) {
    return failure(
      section,
      "INVALID_INPUT",
      addFormFields(editorRefusals(parsed.error.issues, next), verb, name, inputs),
      form,
    );
  }
  const result = await updateForecast(deps, actor, id, {
    version,
    ...(meta as object),
    inputs: next,
  });
  if (!result.ok) {
    const fields = addFormFields(
      Object.fromEntries(
        Object.entries(result.fields ?? {}).map(([key, message]) => [key.replace(/^inputs\./, ""), message]),
      ),
      verb,
      name,
      inputs,
    );
    return failure(
      section,
      result.error,
      fields,
      form,
      result.error === "CONFLICT" ? fr.forecasts.stale : undefined,
    );
  }
  if (form.text("js") === "1") return { ok: true as const, section };
  return redirect(`/previsionnels/${id}?done=enregistre`);
}

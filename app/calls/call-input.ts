import type { FormValues } from "../ui/form";
import type { PostedForm } from "../ui/page-form";

/** At most this many rows of questions and criteria are read from the form (the service caps them too). */
const MAX_ROWS = 30;

export const questionField = (index: number, part: "label" | "kind" | "choices" | "required") =>
  `questions.${index}.${part}`;
export const criterionField = (index: number, part: "label" | "weight" | "scaleMax") =>
  `criteria.${index}.${part}`;

const lines = (value: string) =>
  value
    .split(/[\n,;]/)
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The call as `createCall`/`updateCall` read it, from the form's rows: an empty question or
 * criterion row is left out. `rename` sends the service's field names (numbered over the rows
 * kept) back to the form's rows.
 */
export function callInput(form: PostedForm) {
  const rename: Record<string, string> = { criteria: criterionField(0, "label") };
  const questions = [];
  const criteria = [];
  for (let row = 0; row < MAX_ROWS; row++) {
    const label = form.text(questionField(row, "label")).trim();
    if (!label) continue;
    for (const part of ["label", "kind", "choices"] as const) {
      rename[`questions.${questions.length}.${part}`] = questionField(row, part);
    }
    questions.push({
      label,
      kind: form.text(questionField(row, "kind")),
      choices: lines(form.text(questionField(row, "choices"))),
      required: form.text(questionField(row, "required")),
    });
  }
  for (let row = 0; row < MAX_ROWS; row++) {
    const parts = {
      label: form.text(criterionField(row, "label")),
      weight: form.text(criterionField(row, "weight")),
      scaleMax: form.text(criterionField(row, "scaleMax")),
    };
    if (!parts.label.trim() && !parts.weight.trim() && !parts.scaleMax.trim() && row > 0) continue;
    for (const part of ["label", "weight", "scaleMax"] as const) {
      rename[`criteria.${criteria.length}.${part}`] = criterionField(row, part);
    }
    criteria.push(parts);
  }
  const input = {
    title: form.text("title"),
    summary: form.text("summary"),
    offerItems: form.list("offerItems"),
    offer: form.text("offer"),
    expectations: form.text("expectations"),
    legalForms: form.list("legalForms"),
    agrements: form.list("agrements"),
    departments: [],
    deadlineDate: form.text("deadlineDate"),
    deadlineTime: form.text("deadlineTime"),
    questions,
    criteria,
    jurorEmails: lines(form.text("jurorEmails")),
  };
  return { input, rename };
}

/** A stored call as `readCallInput` gives it back (its lists typed as the schema's input: unknown). */
type StoredCall = {
  title: string;
  summary?: string;
  offerItems?: unknown;
  offer?: string;
  expectations?: string;
  legalForms?: unknown;
  agrements?: unknown;
  deadlineDate: string;
  deadlineTime: string;
  questions?: { label: string; kind: string; choices?: unknown; required?: unknown }[];
  criteria: { label: string; weight: unknown; scaleMax: unknown }[];
  jurorEmails?: unknown;
};

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);

/** A stored call as the form's values (the edit page), its rows numbered from 0. */
export function callFormValues(stored: StoredCall): FormValues {
  const values: FormValues = {
    title: stored.title,
    summary: stored.summary ?? "",
    offerItems: asList(stored.offerItems),
    offer: stored.offer ?? "",
    expectations: stored.expectations ?? "",
    legalForms: asList(stored.legalForms),
    agrements: asList(stored.agrements),
    deadlineDate: stored.deadlineDate.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1"),
    deadlineTime: stored.deadlineTime,
    jurorEmails: asList(stored.jurorEmails).join("\n"),
  };
  (stored.questions ?? []).forEach((q, i) => {
    values[questionField(i, "label")] = q.label;
    values[questionField(i, "kind")] = q.kind;
    values[questionField(i, "choices")] = asList(q.choices).join("\n");
    if (q.required === true || q.required === "on") values[questionField(i, "required")] = "on";
  });
  stored.criteria.forEach((c, i) => {
    values[criterionField(i, "label")] = c.label;
    values[criterionField(i, "weight")] = String(c.weight);
    values[criterionField(i, "scaleMax")] = String(c.scaleMax);
  });
  return values;
}

/** How many rows the form shows: the rows posted or stored, plus an empty one to add. */
export function rowsOf(values: FormValues): { questions: number; criteria: number } {
  const count = (prefix: string) => {
    let last = -1;
    for (const key of Object.keys(values)) {
      const match = new RegExp(`^${prefix}\\.(\\d+)\\.label$`).exec(key);
      if (match && values[key]) last = Math.max(last, Number(match[1]));
    }
    return Math.min(last + 2, MAX_ROWS);
  };
  return { questions: Math.max(count("questions"), 1), criteria: Math.max(count("criteria"), 1) };
}

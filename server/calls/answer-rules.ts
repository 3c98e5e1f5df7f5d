import { fr } from "../../shared/i18n/fr";
import { t } from "../../shared/i18n/t";
import type { CallQuestionKind } from "../db/schema";

export type FormQuestion = { id: string; kind: CallQuestionKind; choices: string[]; required: boolean };

const text = fr.calls.validation;

/** A number as a French applicant types it: `12`, `3,5`, `1 200`. */
export function parseAnswerNumber(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : null;
}

/**
 * The problems of an application's answers, keyed `answers.<question id>`. A draft may leave
 * questions blank; a submitted application answers every required one, files included. Answers
 * to unknown questions are dropped by the caller, never stored.
 */
export function checkAnswers(
  questions: readonly FormQuestion[],
  answers: Readonly<Record<string, string>>,
  attachedQuestionIds: ReadonlySet<string>,
  submitting: boolean,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const question of questions) {
    const key = `answers.${question.id}`;
    const value = (answers[question.id] ?? "").trim();
    if (question.kind === "file") {
      if (submitting && question.required && !attachedQuestionIds.has(question.id))
        problems[key] = text.fileMissing;
      continue;
    }
    if (!value) {
      if (submitting && question.required) problems[key] = text.required;
      continue;
    }
    if (question.kind === "number" && parseAnswerNumber(value) === null) problems[key] = text.number;
    if (question.kind === "choice" && !question.choices.includes(value)) problems[key] = text.choice;
  }
  return problems;
}

/** The file types accepted, recognised by their first bytes (the declared type is not trusted). */
export function sniffMediaType(content: Uint8Array): "application/pdf" | "image/png" | "image/jpeg" | null {
  const starts = (bytes: number[]) => bytes.every((byte, i) => content[i] === byte);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf";
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg";
  return null;
}

/** Why a file is refused (empty, too large, not a PDF/PNG/JPEG), or null. */
export function checkAttachment(content: Uint8Array, maxBytes: number): string | null {
  if (content.length === 0) return text.fileMissing;
  if (content.length > maxBytes) return t(text.fileTooLarge, { max: Math.round(maxBytes / 1024 / 1024) });
  return sniffMediaType(content) ? null : text.fileType;
}

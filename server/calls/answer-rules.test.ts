import { describe, expect, it } from "vitest";
import { fr } from "../../shared/i18n/fr";
import { checkAnswers, checkAttachment, parseAnswerNumber, sniffMediaType } from "./answer-rules";

const questions = [
  { id: "q1", kind: "text" as const, choices: [], required: true },
  { id: "q2", kind: "number" as const, choices: [], required: false },
  { id: "q3", kind: "choice" as const, choices: ["Oui", "Non"], required: true },
  { id: "q4", kind: "file" as const, choices: [], required: true },
];
const text = fr.calls.validation;

describe("an application's answers", () => {
  it("a draft may leave required questions blank, a submitted application may not", () => {
    expect(checkAnswers(questions, {}, new Set(), false)).toEqual({});
    expect(checkAnswers(questions, {}, new Set(), true)).toEqual({
      "answers.q1": text.required,
      "answers.q3": text.required,
      "answers.q4": text.fileMissing,
    });
  });

  it("a number is typed the French way and a choice is one of the options, even in a draft", () => {
    expect(checkAnswers(questions, { q2: "douze", q3: "Peut-être" }, new Set(), false)).toEqual({
      "answers.q2": text.number,
      "answers.q3": text.choice,
    });
    expect(checkAnswers(questions, { q1: "Oui", q2: "1 200,5", q3: "Oui" }, new Set(["q4"]), true)).toEqual(
      {},
    );
    expect(parseAnswerNumber("1 200,5")).toBe(1200.5);
  });

  it("a file is recognised by its bytes, not its name, and capped in size", () => {
    const pdf = Buffer.from("%PDF-1.7\n");
    expect(sniffMediaType(pdf)).toBe("application/pdf");
    expect(checkAttachment(pdf, 1024)).toBeNull();
    expect(checkAttachment(Buffer.from("<html>"), 1024)).toBe(text.fileType);
    expect(checkAttachment(Buffer.alloc(0), 1024)).toBe(text.fileMissing);
    expect(checkAttachment(Buffer.concat([pdf, Buffer.alloc(2 * 1024 * 1024)]), 1024 * 1024)).toContain(
      "1 Mo",
    );
  });
});

import { describe, expect, it } from "vitest";
import { type DigestItem, digestLines } from "./digest-lines";

const at = (minute: number) => new Date(Date.UTC(2026, 10, 27, 18, minute));

describe("the lines of a notification digest", () => {
  it("fifty new signals of one campaign in an evening are one line that counts them", () => {
    const items: DigestItem[] = Array.from({ length: 50 }, (_, i) => ({
      kind: "signal_new",
      groupKey: "signal_new:campaign-1",
      title: `Remontée ${i + 1}`,
      createdAt: at(i),
    }));
    const lines = digestLines(items);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: "signal_new", count: 50 });
    expect(lines[0]!.text).toContain("50 ×");
    expect(lines[0]!.text).toContain("« Remontée 1 », « Remontée 2 », « Remontée 3 » et 47 autres");
  });

  it("different groups and kinds stay apart, in the order they happened", () => {
    const lines = digestLines([
      { kind: "stage_changed", groupKey: "initiative:b", title: "Laverie", createdAt: at(5) },
      { kind: "signal_new", groupKey: "signal_new:f1", title: "Un besoin", createdAt: at(1) },
      { kind: "signal_new", groupKey: "signal_new:f2", title: "Une idée", createdAt: at(2) },
    ]);
    expect(lines.map((line) => [line.kind, line.count])).toEqual([
      ["signal_new", 1],
      ["signal_new", 1],
      ["stage_changed", 1],
    ]);
  });
});

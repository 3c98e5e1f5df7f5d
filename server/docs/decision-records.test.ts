import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The decision records keep one shape (docs/decisions/README.md): a header a reader and this test
 * can read, the four sections, one page each, and an index that lists every record as it is.
 */
const folder = path.join(import.meta.dirname, "../../docs/decisions");
const recordFiles = readdirSync(folder)
  .filter((name) => /^\d{4}-.+\.md$/.test(name))
  .sort();
const read = (name: string) => readFileSync(path.join(folder, name), "utf8");

const MAX_LINES = 80;
const numbers = /^\d{4}(, \d{4})*$/;

type Header = { title: string; date: string; status: string; amends: string[]; supersedes: string[] };

/** The header of a record, or the first line that breaks the format. */
function readHeader(name: string, lines: string[]): Header | string {
  const number = name.slice(0, 4);
  const title = new RegExp(`^# ${number} — (\\S.*)$`).exec(lines[0] ?? "");
  if (!title) return `line 1 must be "# ${number} — Title", found "${lines[0]}"`;
  if (lines[1] !== "") return "line 2 must be empty";
  const date = /^- Date: (\d{4}-\d{2}-\d{2})$/.exec(lines[2] ?? "");
  if (!date || Number.isNaN(Date.parse(date[1]!)))
    return `line 3 must be "- Date: YYYY-MM-DD", found "${lines[2]}"`;
  const status = /^- Status: (accepted|amended|superseded by \d{4})$/.exec(lines[3] ?? "");
  if (!status) return `line 4 must be "- Status: accepted|amended|superseded by NNNN", found "${lines[3]}"`;
  const header: Header = { title: title[1]!, date: date[1]!, status: status[1]!, amends: [], supersedes: [] };
  let i = 4;
  for (; lines[i] !== ""; i++) {
    const link = /^- (Amends|Supersedes): (.*)$/.exec(lines[i] ?? "");
    if (!link || !numbers.test(link[2]!))
      return `line ${i + 1} must be "- Amends: NNNN" or "- Supersedes: NNNN"`;
    header[link[1] === "Amends" ? "amends" : "supersedes"] = link[2]!.split(", ");
  }
  return header;
}

const headings = (lines: string[]) =>
  lines.filter((line) => line.startsWith("## ")).map((line) => line.slice(3));
const fileOf = (number: string) => recordFiles.find((name) => name.startsWith(`${number}-`));

/** The latest date of the dated items of a record's "Amended" section. */
function lastAmendment(text: string): string | null {
  const section = text.split("\n## Amended\n")[1];
  const dates = [...(section ?? "").matchAll(/^- (\d{4}-\d{2}-\d{2}), by /gm)].map((match) => match[1]!);
  return dates.sort().at(-1) ?? null;
}

describe("decision records", () => {
  it("are found", () => {
    expect(recordFiles.length).toBeGreaterThanOrEqual(40);
  });

  it.each(recordFiles)("%s has the one header, the four sections and fits on a page", (name) => {
    const text = read(name);
    const lines = text.split("\n");
    const header = readHeader(name, lines);
    expect(header, name).not.toBeTypeOf("string");
    const sections = headings(lines);
    const required = ["Context", "Decision", "Alternatives considered", "Consequences"];
    expect(
      sections.filter((section) => required.includes(section)),
      `${name} needs ## ${required.join(", ## ")}, once each, in this order`,
    ).toEqual(required);
    expect(text.trimEnd().split("\n").length, `${name} is longer than a page`).toBeLessThanOrEqual(MAX_LINES);
  });

  it.each(recordFiles)("%s: its status agrees with the records it names", (name) => {
    const text = read(name);
    const header = readHeader(name, text.split("\n")) as Header;
    if (header.status === "amended")
      expect(lastAmendment(text), `${name}: dated "## Amended" items`).not.toBeNull();
    else expect(text, `${name} is not amended`).not.toContain("\n## Amended\n");
    const successor = /^superseded by (\d{4})$/.exec(header.status)?.[1];
    if (successor) {
      const file = fileOf(successor);
      expect(file, `${name}: record ${successor} exists`).toBeDefined();
      const next = readHeader(file!, read(file!).split("\n")) as Header;
      expect(next.supersedes, `${file} says it supersedes ${name}`).toContain(name.slice(0, 4));
    }
    for (const number of [...header.amends, ...header.supersedes]) {
      expect(fileOf(number), `${name} names record ${number}`).toBeDefined();
    }
  });

  it("are all listed in the index with their title, status and date", () => {
    const index = read("README.md");
    const rows = new Map<string, string[]>();
    for (const match of index.matchAll(/^\| \[(\d{4})\]\((\S+)\) +\|(.*)\|$/gm)) {
      rows.set(
        match[2]!,
        match[3]!.split("|").map((cell) => cell.trim().replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")),
      );
    }
    for (const name of recordFiles) {
      const text = read(name);
      const header = readHeader(name, text.split("\n")) as Header;
      const amended = header.status === "amended" ? ` ${lastAmendment(text)}` : "";
      expect(rows.get(name), `the index lists ${name}`).toEqual([
        header.title,
        header.status + amended,
        header.date,
      ]);
    }
    expect(
      [...rows.keys()].filter((name) => !recordFiles.includes(name)),
      "index rows without a file",
    ).toEqual([]);
  });
});

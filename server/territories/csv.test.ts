import { describe, expect, it } from "vitest";
import { parseCsv, readCsvRecords } from "./csv";

describe("reading official CSV lists", () => {
  it("reads quoted fields with separators, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi"""\n1,"two\nlines"\n')).toEqual([
      ["a", "b"],
      ["x, y", 'say "hi"'],
      ["1", "two\nlines"],
    ]);
  });

  it("detects the semicolon of French spreadsheets and drops the BOM", () => {
    expect(parseCsv("\uFEFFcode;nom\n25462;Pontarlier")).toEqual([
      ["code", "nom"],
      ["25462", "Pontarlier"],
    ]);
  });

  it("keys records by lower-case column names with their line number", () => {
    const { header, records } = readCsvRecords("Code_QP,lib_qp\nQN04901M, Belle Beille \n\n");
    expect(header).toEqual(["code_qp", "lib_qp"]);
    expect(records).toEqual([{ line: 2, values: { code_qp: "QN04901M", lib_qp: "Belle Beille" } }]);
  });
});

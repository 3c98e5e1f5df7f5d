import { describe, expect, it } from "vitest";
import { viewHrefs } from "./initiative-list-sections";

describe("the initiatives list's other views", () => {
  it("leave the table for the board with the filters, without the table's stage and page", () => {
    const url = new URL("http://x/projets?view=table&stage=launch&entryPoint=need&page=3");
    expect(viewHrefs(url)).toEqual({
      board: "/projets?entryPoint=need",
      table: "/projets?view=table&stage=launch&entryPoint=need",
      export: "/projets/export?stage=launch&entryPoint=need",
    });
  });

  it("open the table from the board in the English words (no redirect through ?vue=tableau)", () => {
    const url = new URL("http://x/projets?theme=mobilite");
    expect(viewHrefs(url).table).toBe("/projets?theme=mobilite&view=table");
  });
});

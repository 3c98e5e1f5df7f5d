import { describe, expect, it } from "vitest";
import { withoutEnvFileDeprecation } from "./page-build";

describe("the page build's log", () => {
  it("drops only Vite's `envFile` deprecation, which @react-router/dev 7.18 triggers", () => {
    const yellow = (text: string) => `\u001b[33m${text}\u001b[39m`;
    const output = [
      `${yellow("The `envFile` option is deprecated, please use `envDir: false` instead.")}\n`,
      '[plugin rolldown:vite-resolve] Module "node:fs" has been externalized\n',
      "The `envFile` option is deprecated, please use `envDir: false` instead.\n",
      "Error: build failed",
    ].join("");
    expect(withoutEnvFileDeprecation(output)).toBe(
      '[plugin rolldown:vite-resolve] Module "node:fs" has been externalized\nError: build failed',
    );
  });
});

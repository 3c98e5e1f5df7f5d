import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "~": new URL("./app", import.meta.url).pathname } },
  test: {
    include: [
      "server/**/*.test.ts",
      "shared/**/*.test.ts",
      "app/**/*.test.ts",
      "app/**/*.test.tsx",
      "tests/bundle/**/*.test.ts",
    ],
    globalSetup: ["server/testing/global-setup.ts"],
    // Two cores: one worker per core, each test file with its own database copy.
    pool: "forks",
    maxWorkers: 2,
    // Test files share their worker's modules (and its compiled PGlite, embedded-worker.ts): each
    // file still gets its own database, and no module keeps state between files that a test reads.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

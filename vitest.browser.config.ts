import { defineConfig } from "vitest/config";

/**
 * Browser tests: the real app in its own process, driven through Debian's Chromium. One file at
 * a time (each starts an app and a browser; two cores are not enough for more).
 */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    pool: "forks",
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from "vitest/config";

/**
 * Browser tests: the real app, driven through Debian's Chromium. Two files at a time, each with
 * its own app on its own copy of the demo data directory, both on the one Chromium the global
 * setup starts (decision record 0085): a file spends much of its time waiting on its app or the
 * browser, and the other file uses that time. Each worker runs its files' apps in one app host
 * process, its modules loaded once (`isolate: false` keeps the host across files; decision
 * record 0154).
 */
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    isolate: false,
    // Generous: two files share two cores, and CI machines are slower (0111); a passing test never waits for it.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});

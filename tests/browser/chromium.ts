import { existsSync } from "node:fs";

/** Debian's package, never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";

/**
 * Flags Chromium needs as root in a container, and to stay off the network. Playwright creates a
 * fresh `--user-data-dir` in the temp folder for the browser and removes it when it closes.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export function assertChromium(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: install Debian's package (apt-get install chromium). ` +
        "Browser tests never download a browser.",
    );
  }
}

/**
 * `npm run bench`: measures and prints; it never fails on a figure (timings vary with the
 * machine, so they are watched here rather than asserted in tests).
 *
 * Each section is a function returning rows; add a section to `sections` to measure something
 * new (search latency, an import…). Run one section with `npm run bench -- <section id>`.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureBuild } from "../server/page-build";
import { type AppProcess, startAppProcess } from "../tests/browser/app-process";
import { benchCalls } from "./bench/calls";
import { benchCatalogue } from "./bench/catalogue";
import { benchForecast } from "./bench/forecast";
import { benchJobs } from "./bench/jobs";
import { benchLoad } from "./bench/load";
import { benchNotifications } from "./bench/notifications";
import { benchReportExports } from "./bench/report-exports";
import { benchReports } from "./bench/reports";
import { benchSignals } from "./bench/signals";
import { benchTerritories } from "./bench/territories";

type Row = {
  measure: string;
  value: number;
  unit: "s" | "ms" | "MB" | "req/s" | "";
  /** Upper bound the product aims for; rows without one are context. */
  target?: number;
};

type Section = { id: string; title: string; run: () => Promise<Row[]> };

const seconds = (ms: number) => Math.round(ms / 100) / 10;

/** Resident and peak memory of a process, from /proc (Linux). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
}

/** The start phases the app logs at `info` (`database migrated`, `reference territories loaded`…). */
function phasesOf(output: string): Map<string, number> {
  const phases = new Map<string, number>();
  for (const line of output.split("\n")) {
    if (!line.startsWith("{")) continue;
    try {
      const entry = JSON.parse(line) as { msg?: string; ms?: number };
      if (entry.msg && typeof entry.ms === "number") phases.set(entry.msg, entry.ms);
    } catch {
      // not a log line
    }
  }
  return phases;
}

/** A few pages a visitor and an officer would open, so the memory figure is not of an idle process. */
async function servePages(app: AppProcess): Promise<void> {
  for (const pathname of ["/", "/connexion", "/f/adress", "/api/v1/openapi.json", "/", "/connexion"]) {
    const response = await fetch(`${app.url}${pathname}`);
    await response.arrayBuffer();
  }
  // An officer signs in and opens the dashboard (form post with the CSRF double-submit cookie).
  const signInPage = await fetch(`${app.url}/connexion`);
  const html = await signInPage.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  const cookie = signInPage.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!csrf) return;
  const signedIn = await fetch(`${app.url}/connexion`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: app.url },
    body: new URLSearchParams({ _csrf: csrf, email: "adress@essaim.demo", password: "essaim-demo" }),
  });
  await signedIn.arrayBuffer();
  const session = signedIn.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  for (const pathname of ["/tableau-de-bord", "/fabriques/adress"]) {
    const response = await fetch(`${app.url}${pathname}`, { headers: { cookie: `${cookie}; ${session}` } });
    await response.arrayBuffer();
  }
}

const startup: Section = {
  id: "startup",
  title: "Start-up of `npm start` (embedded database, demo on)",
  run: async () => {
    const rows: Row[] = [];
    let started = Date.now();
    ensureBuild({ info: () => {} }, { force: true, stdio: "pipe" });
    rows.push({ measure: "react-router build (pages)", value: seconds(Date.now() - started), unit: "s" });

    const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-bench-"));
    try {
      const env = { LOG_LEVEL: "info" };
      started = Date.now();
      const first = await startAppProcess({ dataDir, readyPath: "/", timeoutMs: 300_000, extraEnv: env });
      const firstMs = Date.now() - started;
      rows.push({
        measure: "first start → first page (fresh data dir)",
        value: seconds(firstMs),
        unit: "s",
        target: 60,
      });
      const phases = phasesOf(first.output());
      for (const [msg, label] of [
        ["database migrated", "  of which migrations"],
        ["reference territories loaded", "  of which COG load"],
        ["demo loaded", "  of which demo load"],
      ] as const) {
        const ms = phases.get(msg);
        if (ms !== undefined) rows.push({ measure: label, value: seconds(ms), unit: "s" });
      }
      await servePages(first);
      const firstMemory = memoryOf(first.pid);
      rows.push({
        measure: "peak RSS during first start",
        value: firstMemory.peakMb,
        unit: "MB",
        target: 1024,
      });
      await first.stop();

      started = Date.now();
      const second = await startAppProcess({ dataDir, readyPath: "/", timeoutMs: 120_000, extraEnv: env });
      rows.push({
        measure: "restart → first page (existing data dir)",
        value: seconds(Date.now() - started),
        unit: "s",
        target: 5,
      });
      await servePages(second);
      const memory = memoryOf(second.pid);
      rows.push({
        measure: "RSS after restart and a few pages",
        value: memory.rssMb,
        unit: "MB",
        target: 1024,
      });
      await second.stop();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
    return rows;
  },
};

/** Add new sections here. */
const sections: Section[] = [
  startup,
  { id: "territories", title: "Territories: search, pages, COG load", run: benchTerritories },
  {
    id: "catalogue",
    title: "Catalogue: search quality (recall@5, MRR@10) and speed",
    run: () => benchCatalogue(),
  },
  {
    id: "signals",
    title: "Signals: filtered list, duplicates while typing, matches panel",
    run: () => benchSignals(),
  },
  {
    id: "notifications",
    title: "Notifications: one event's notifications in the request, a daily digest for 5 000 people",
    run: () => benchNotifications(),
  },
  {
    id: "calls",
    title: "Calls for carriers: the jury table of 200 applications scored by 10 jurors",
    run: () => benchCalls(),
  },
  { id: "forecast", title: "Forecast: recompute a 36-month scenario of 200 lines", run: benchForecast },
  {
    id: "reports",
    title: "Reports: network and Fabrique yearly report, 1 000 000 signals, 50 000 initiatives",
    run: benchReports,
  },
  {
    id: "report-exports",
    title: "Reports: the network report's XLSX and PDF with 10 000 launched activities",
    run: () => benchReportExports(),
  },
  {
    id: "jobs",
    title: "Jobs: one daily digest run for 5 000 people (target ≤ 60 s on PostgreSQL)",
    run: () => benchJobs((line) => process.stdout.write(`${line}\n`)),
  },
  {
    id: "load",
    title: "Load: 50 connections on the public catalogue page and the search API (npm start, production)",
    run: () => benchLoad((line) => process.stdout.write(`${line}\n`)),
  },
];

function printSection(section: Section, rows: Row[]) {
  const width = Math.max(...rows.map((r) => r.measure.length), 10);
  process.stdout.write(`\n${section.title}\n`);
  process.stdout.write(`  ${"measure".padEnd(width)}  ${"value".padStart(9)}  ${"target".padStart(9)}  \n`);
  process.stdout.write(`  ${"-".repeat(width)}  ${"-".repeat(9)}  ${"-".repeat(9)}  ${"-".repeat(11)}\n`);
  for (const row of rows) {
    const value = `${row.value} ${row.unit}`;
    const target = row.target === undefined ? "" : `< ${row.target} ${row.unit}`;
    const verdict = row.target === undefined ? "" : row.value < row.target ? "ok" : "OVER TARGET";
    process.stdout.write(
      `  ${row.measure.padEnd(width)}  ${value.padStart(9)}  ${target.padStart(9)}  ${verdict}\n`,
    );
  }
}

async function main() {
  const wanted = process.argv.slice(2);
  const chosen = wanted.length ? sections.filter((s) => wanted.includes(s.id)) : sections;
  if (!chosen.length) {
    process.stderr.write(`Unknown section. Sections: ${sections.map((s) => s.id).join(", ")}\n`);
    process.exitCode = 2;
    return;
  }
  const load = os
    .loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");
  process.stdout.write(
    `Essaim benchmark — ${os.cpus().length} cores, Node ${process.version}, load average ${load}\n`,
  );
  for (const section of chosen) printSection(section, await section.run());
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});

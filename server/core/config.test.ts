import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, parseEnv } from "./config";

function configErrorOf(env: NodeJS.ProcessEnv): ConfigError {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("the configuration was accepted");
}

describe("reading the configuration at boot", () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "essaim-config-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it("refuses a DATABASE_URL that is not a PostgreSQL URL, in French, naming the variable", () => {
    const error = configErrorOf({ DATABASE_URL: "mysql://localhost/essaim" });
    expect(error.message).toContain("Configuration invalide");
    expect(error.message).toMatch(/DATABASE_URL : doit commencer par postgres:\/\//);
  });

  it("refuses a PORT that is not a port number, in French, naming the variable", () => {
    for (const port of ["abc", "70000", "0"]) {
      const error = configErrorOf({ PORT: port });
      const line = error.message.split("\n").find((l) => l.includes("PORT"));
      expect(line, `message for PORT=${port}: ${error.message}`).toBeDefined();
      // A sentence saying what to type, never the validator's own text ("Trop grand : … <=65535").
      expect(line).toMatch(/Saisissez un nombre/);
      expect(line).not.toMatch(/invalid input|too (big|small)|expected|trop (grand|petit)|[<>]=/i);
    }
  });

  it("names every faulty variable at once", () => {
    const error = configErrorOf({ PORT: "x", SMTP_URL: "http://mail", LOG_LEVEL: "loud" });
    for (const name of ["PORT", "SMTP_URL", "LOG_LEVEL"]) expect(error.message).toContain(`${name} :`);
  });

  it("treats empty variables as unset and applies the defaults", () => {
    const env = parseEnv({ PORT: "", DATABASE_URL: "" });
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.HOST).toBe("0.0.0.0");
  });

  it("loads the demo by default on the embedded database only", () => {
    expect(loadConfig({ ESSAIM_DATA_DIR: dataDir }).demo).toBe(true);
    expect(loadConfig({ ESSAIM_DATA_DIR: dataDir, DATABASE_URL: "postgres://db/essaim" }).demo).toBe(false);
    expect(
      loadConfig({ ESSAIM_DATA_DIR: dataDir, DATABASE_URL: "postgres://db/essaim", ESSAIM_DEMO: "1" }).demo,
    ).toBe(true);
  });

  it("generates the session secret once into the data directory and keeps it across restarts", () => {
    const first = loadConfig({ ESSAIM_DATA_DIR: dataDir });
    const second = loadConfig({ ESSAIM_DATA_DIR: dataDir });
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    expect(second.secret).toBe(first.secret);
    expect(readFileSync(path.join(dataDir, "secret.key"), "utf8").trim()).toBe(first.secret);
    expect(loadConfig({ ESSAIM_DATA_DIR: dataDir, ESSAIM_SECRET: "s".repeat(40) }).secret).toBe(
      "s".repeat(40),
    );
  });
});

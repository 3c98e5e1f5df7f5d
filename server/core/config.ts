import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
// French messages for the rules below (PORT out of range…), as everywhere else.
import "./validation";
import { parseStaleAfterDays, type StaleAfterDays } from "./stale-after-days";

/**
 * Environment read once at boot, through zod, so a typo in a variable fails the start with a
 * message naming the variable instead of surfacing later as odd behaviour.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  ESSAIM_DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "doit commencer par postgres:// ou postgresql://")
    .optional(),
  ESSAIM_DEMO: z.enum(["0", "1"]).optional(),
  ESSAIM_PUBLIC_URL: z.url().optional(),
  ESSAIM_SECRET: z.string().min(32, "doit contenir au moins 32 caractères").optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "doit commencer par smtp:// ou smtps://")
    .optional(),
  MAIL_FROM: z.string().default("Essaim <ne-pas-repondre@essaim.local>"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  ESSAIM_TRUST_PROXY: z
    .string()
    .regex(
      /^(true|false|\d+|[0-9a-fA-F.:/, ]+)$/,
      "doit valoir true, false, un nombre de relais ou des adresses IP",
    )
    .optional(),
  ESSAIM_MAX_REQUESTS: z.coerce.number().int().min(1).max(100_000).default(200),
  ESSAIM_PAGE_CACHE_MB: z.coerce.number().int().min(0).max(100_000).default(64),
  ESSAIM_STALE_AFTER_DAYS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      const parsed = parseStaleAfterDays(value);
      if (typeof parsed === "string") ctx.addIssue({ code: "custom", message: parsed });
    }),
  ESSAIM_WEBHOOK_ALLOWED_HOSTS: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  // The operator's part of the legal pages (decision record 0136); unset reads "non renseigné".
  ESSAIM_LEGAL_PUBLISHER: z.string().max(500).optional(),
  ESSAIM_LEGAL_DIRECTOR: z.string().max(200).optional(),
  ESSAIM_LEGAL_HOST: z.string().max(500).optional(),
  ESSAIM_LEGAL_CONTACT: z.string().max(200).optional(),
  ESSAIM_OIDC_ISSUER: z.url().optional(),
  ESSAIM_OIDC_CLIENT_ID: z.string().optional(),
  ESSAIM_OIDC_CLIENT_SECRET: z.string().optional(),
  ESSAIM_OIDC_REDIRECT_BASE: z.url().optional(),
  ESSAIM_OIDC_NAME: z.string().max(60).default("ProConnect"),
  ESSAIM_OIDC_SCOPES: z.string().default("openid email given_name usual_name"),
  ESSAIM_OIDC_EMAIL_VERIFIED: z.enum(["claim", "always"]).default("claim"),
  ESSAIM_OIDC_MFA_ACR: z.string().default(""),
});

export type Env = z.infer<typeof envSchema>;

/** Who runs this instance, for the legal pages; null where the operator has not said. */
export type LegalOperator = {
  publisher: string | null;
  director: string | null;
  host: string | null;
  contact: string | null;
};

/**
 * Sign-in through an OpenID Connect provider such as ProConnect (decision record 0130); null when
 * ESSAIM_OIDC_ISSUER is unset, and the sign-in page then shows no button.
 */
export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Where the provider sends people back: `${redirectBase}/connexion/oidc/retour`. */
  redirectBase: string;
  /** The provider's name on the button ("ProConnect"). */
  name: string;
  scopes: string;
  /**
   * `claim`: an e-mail counts as verified only with `email_verified: true`; `always`: the provider
   * vouches for every address it sends (set it only when its documentation says so).
   */
  emailVerified: "claim" | "always";
  /**
   * `acr` values by which the provider says it checked a second factor (decision record 0141);
   * `amr` holding `mfa` always counts.
   */
  mfaAcrValues: string[];
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Load the demo on first start: default on for the embedded database, off on a server. */
  demo: boolean;
  publicUrl: string;
  secret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  env: Env["NODE_ENV"];
  logLevel: Env["LOG_LEVEL"];
  /**
   * Which reverse proxies to believe for the client address (X-Forwarded-For). Off by default:
   * trusting every sender would let a client rotate its address and escape the rate limits.
   */
  trustProxy: boolean | number | string;
  /** Days without activity per stage before an initiative is flagged and its officer reminded. */
  staleAfterDays: StaleAfterDays;
  /**
   * Pages and API requests in progress at once in this process; beyond, 503 with Retry-After
   * rather than a queue that grows until requests time out (decision record 0046).
   */
  maxRequests: number;
  /**
   * Bytes of whole catalogue pages kept for visitors without an account (decision record 0075);
   * 0 keeps none.
   */
  pageCacheBytes: number;
  /** The legal pages' operator details; absent reads as all unset. */
  legal?: LegalOperator;
  oidc: OidcConfig | null;
  /**
   * Hosts a webhook may reach over plain http and on a private or loopback address (a test
   * receiver on 127.0.0.1); every other endpoint is https and public (decision record 0116).
   */
  webhookAllowedHosts: string[];
};

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value || value === "false") return false;
  if (value === "true") return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

export class ConfigError extends Error {}

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")} : ${issue.message}`);
    throw new ConfigError(`Configuration invalide :\n${lines.join("\n")}`);
  }
  return parsed.data;
}

/**
 * The session secret: from ESSAIM_SECRET, or generated once into the data directory so that no
 * secret is ever committed and sessions survive restarts.
 */
function resolveSecret(env: Env, dataDir: string): string {
  if (env.ESSAIM_SECRET) return env.ESSAIM_SECRET;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "secret.key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

function parseOidc(env: Env, publicUrl: string): OidcConfig | null {
  if (!env.ESSAIM_OIDC_ISSUER) return null;
  const missing = (["ESSAIM_OIDC_CLIENT_ID", "ESSAIM_OIDC_CLIENT_SECRET"] as const).filter(
    (name) => !env[name],
  );
  if (missing.length) {
    const lines = missing.map((name) => `  ${name} : requis quand ESSAIM_OIDC_ISSUER est renseigné`);
    throw new ConfigError(`Configuration invalide :\n${lines.join("\n")}`);
  }
  return {
    issuer: env.ESSAIM_OIDC_ISSUER,
    clientId: env.ESSAIM_OIDC_CLIENT_ID!,
    clientSecret: env.ESSAIM_OIDC_CLIENT_SECRET!,
    redirectBase: (env.ESSAIM_OIDC_REDIRECT_BASE ?? publicUrl).replace(/\/+$/, ""),
    name: env.ESSAIM_OIDC_NAME,
    scopes: env.ESSAIM_OIDC_SCOPES,
    emailVerified: env.ESSAIM_OIDC_EMAIL_VERIFIED,
    mfaAcrValues: env.ESSAIM_OIDC_MFA_ACR.split(",")
      .map((value) => value.trim())
      .filter(Boolean),
  };
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const env = parseEnv(source);
  const dataDir = path.resolve(env.ESSAIM_DATA_DIR);
  const demo = env.ESSAIM_DEMO ? env.ESSAIM_DEMO === "1" : !env.DATABASE_URL;
  const publicUrl = env.ESSAIM_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir,
    databaseUrl: env.DATABASE_URL,
    demo,
    publicUrl,
    secret: resolveSecret(env, dataDir),
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    env: env.NODE_ENV,
    logLevel: env.LOG_LEVEL,
    trustProxy: parseTrustProxy(env.ESSAIM_TRUST_PROXY),
    maxRequests: env.ESSAIM_MAX_REQUESTS,
    pageCacheBytes: env.ESSAIM_PAGE_CACHE_MB * 1024 * 1024,
    staleAfterDays: parseStaleAfterDays(env.ESSAIM_STALE_AFTER_DAYS) as StaleAfterDays,
    legal: {
      publisher: env.ESSAIM_LEGAL_PUBLISHER ?? null,
      director: env.ESSAIM_LEGAL_DIRECTOR ?? null,
      host: env.ESSAIM_LEGAL_HOST ?? null,
      contact: env.ESSAIM_LEGAL_CONTACT ?? null,
    },
    oidc: parseOidc(env, publicUrl),
    webhookAllowedHosts: (env.ESSAIM_WEBHOOK_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((host) =>
        host
          .trim()
          .toLowerCase()
          .replace(/^\[|\]$/g, ""),
      )
      .filter(Boolean),
  };
}

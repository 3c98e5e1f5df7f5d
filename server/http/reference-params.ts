import type { Actor } from "../core/actor";
import type { Deps } from "../core/deps";
import { initiativeIdOf } from "../initiatives/initiative-id";
import { signalIdOf } from "../signals/signal-id";

type Resolve = (deps: Pick<Deps, "db">, actor: Actor | null, value: string) => Promise<string>;

/**
 * Where an id may be given as a human reference: API paths (`/api/v1/signals/ADR-2026-0001`) and
 * page URLs (`/signaux/ADR-2026-0001`). Resolved once here, so every route below a prefix
 * (transitions, study, carriers…) accepts references without each service knowing about them.
 */
const apiPrefixes: { prefix: string; resolve: Resolve }[] = [
  { prefix: "/api/v1/signals/:id", resolve: signalIdOf },
  { prefix: "/api/v1/initiatives/:id", resolve: initiativeIdOf },
];
const pagePrefixes: { pattern: RegExp; resolve: Resolve }[] = [
  { pattern: /^\/signaux\/([^/?#]+)/, resolve: signalIdOf },
  { pattern: /^\/projets\/([^/?#]+)/, resolve: initiativeIdOf },
];

/** The API route's `id` parameter with a reference replaced by the id it names. */
export async function resolveApiReference(
  deps: Deps,
  actor: Actor | null,
  routePath: string,
  params: unknown,
): Promise<void> {
  const entry = apiPrefixes.find(({ prefix }) => routePath === prefix || routePath.startsWith(`${prefix}/`));
  const values = params as Record<string, unknown> | undefined;
  if (!entry || typeof values?.id !== "string") return;
  values.id = await entry.resolve(deps, actor, values.id);
}

const decoded = (text: string) => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

/** The canonical URL of a page named by a reference (`/projets/ADR-P-2026-001/etude`), or null. */
export async function pageUrlForReference(
  deps: Deps,
  actor: Actor | null,
  url: string,
): Promise<string | null> {
  for (const { pattern, resolve } of pagePrefixes) {
    const match = pattern.exec(url);
    if (!match) continue;
    const typed = decoded(match[1]!);
    const id = await resolve(deps, actor, typed);
    return id === typed ? null : url.replace(match[1]!, id);
  }
  return null;
}

import { randomBytes } from "node:crypto";

/*
 * Whole catalogue pages kept for visitors without an account (decision record 0075): the same
 * search gives every visitor the same document but for two per-response values, the CSP nonce and
 * the CSRF token. Such a page is rendered with marks in their place, kept split at the marks, and
 * each response joins the parts with its own values. A page is kept under the catalogue's
 * generation (0045), read before it was rendered: any change committed to what the catalogue reads,
 * by any process, makes every kept page stale at once.
 */

/**
 * What a page kept for visitors is rendered with instead of the nonce and the CSRF token: random
 * per process, letters and digits only (nothing in HTML or JSON escapes them), replaced in every
 * response — the first one included — so no visitor's own values are ever rendered into a kept page.
 */
export const pageMarks = {
  nonce: `nonce${randomBytes(12).toString("hex")}`,
  csrfToken: `csrf${randomBytes(18).toString("hex")}`,
} as const;

type Hole = keyof typeof pageMarks;

export type SplitDocument = { parts: Buffer[]; holes: Hole[] };

export type KeptPage = SplitDocument & {
  generation: number;
  status: number;
  headers: [string, string][];
  bytes: number;
};

/** The only pages kept: the public catalogue's list, whose content is the search's for no actor. */
const cachedPath = "/catalogue";
/**
 * Parameters that make a catalogue page depend on more than the catalogue's generation: `status`
 * (a team's drafts, signed-in only) and the territory filter (its aliases and parents are not
 * under the generation). Such pages are rendered each time.
 */
const uncachedParams = ["status", "territory", "territoryQuery"];

/**
 * The cache key of a page request, or null when it must be rendered for this request: anything but
 * a GET of the catalogue's list by someone who sends no session cookie. The key is the path and
 * query as sent: a browser's GET form writes its fields in one order, so one search is one URL.
 */
export function visitorPageKey(
  method: string,
  url: string,
  sessionCookie: string | undefined,
): string | null {
  if (method !== "GET" || sessionCookie !== undefined) return null;
  const at = url.indexOf("?");
  const pathname = at < 0 ? url : url.slice(0, at);
  if (pathname !== cachedPath) return null;
  if (at >= 0) {
    const params = new URLSearchParams(url.slice(at + 1));
    if (uncachedParams.some((name) => params.has(name))) return null;
  }
  return url;
}

/** The document cut at every mark, in order. */
export function splitAtMarks(body: Buffer): SplitDocument {
  const marks = (Object.keys(pageMarks) as Hole[]).map((hole) => ({
    hole,
    bytes: Buffer.from(pageMarks[hole]),
  }));
  const parts: Buffer[] = [];
  const holes: Hole[] = [];
  let from = 0;
  for (;;) {
    let next: { hole: Hole; at: number; length: number } | null = null;
    for (const mark of marks) {
      const at = body.indexOf(mark.bytes, from);
      if (at >= 0 && (!next || at < next.at)) next = { hole: mark.hole, at, length: mark.bytes.length };
    }
    if (!next) break;
    parts.push(body.subarray(from, next.at));
    holes.push(next.hole);
    from = next.at + next.length;
  }
  parts.push(body.subarray(from));
  return { parts, holes };
}

/** The document with this response's own nonce and CSRF token in place of the marks. */
export function fillHoles(document: SplitDocument, values: Record<Hole, string>): Buffer {
  const filled: Buffer[] = [];
  const bytes = { nonce: Buffer.from(values.nonce), csrfToken: Buffer.from(values.csrfToken) };
  document.parts.forEach((part, index) => {
    filled.push(part);
    const hole = document.holes[index];
    if (hole) filled.push(bytes[hole]);
  });
  return Buffer.concat(filled);
}

/**
 * Kept pages, at most `maxBytes` of them (their documents), least recently used dropped first.
 * One per server: each test's server has its own.
 */
export class PageCache {
  private readonly pages = new Map<string, KeptPage>();
  private size = 0;

  constructor(private readonly maxBytes: number) {}

  /** The page kept for `key` if it was rendered under `generation`. */
  get(key: string, generation: number): KeptPage | undefined {
    const page = this.pages.get(key);
    if (!page) return undefined;
    this.pages.delete(key);
    if (page.generation !== generation) {
      this.size -= page.bytes;
      return undefined;
    }
    // Most recently used last: the first pages are the ones to drop.
    this.pages.set(key, page);
    return page;
  }

  keep(key: string, page: KeptPage): void {
    if (page.bytes > this.maxBytes) return;
    const old = this.pages.get(key);
    if (old) {
      this.pages.delete(key);
      this.size -= old.bytes;
    }
    this.pages.set(key, page);
    this.size += page.bytes;
    for (const [oldest, kept] of this.pages) {
      if (this.size <= this.maxBytes) break;
      this.pages.delete(oldest);
      this.size -= kept.bytes;
    }
  }

  /** Bytes of documents kept (for tests and figures). */
  get bytes(): number {
    return this.size;
  }
}

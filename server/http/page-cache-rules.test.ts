import { describe, expect, it } from "vitest";
import { fillHoles, type KeptPage, PageCache, pageMarks, splitAtMarks, visitorPageKey } from "./page-cache";

const page = (text: string, generation = 1): KeptPage => ({
  parts: [Buffer.from(text)],
  holes: [],
  status: 200,
  headers: [],
  generation,
  bytes: text.length,
});

describe("which page requests may be answered from the visitors' pages (0075)", () => {
  it("keeps only a GET of the catalogue's list without a session cookie, drafts and territories aside", () => {
    expect(visitorPageKey("GET", "/catalogue?q=jardin", undefined)).toBe("/catalogue?q=jardin");
    expect(visitorPageKey("GET", "/catalogue", undefined)).toBe("/catalogue");
    expect(visitorPageKey("GET", "/catalogue?q=jardin", "a-session")).toBeNull();
    expect(visitorPageKey("GET", "/catalogue?q=jardin", "")).toBeNull();
    expect(visitorPageKey("POST", "/catalogue", undefined)).toBeNull();
    expect(visitorPageKey("HEAD", "/catalogue", undefined)).toBeNull();
    expect(visitorPageKey("GET", "/catalogue?status=draft", undefined)).toBeNull();
    expect(visitorPageKey("GET", "/catalogue?territory=commune:64102", undefined)).toBeNull();
    expect(visitorPageKey("GET", "/catalogue?territoryQuery=Bayonne", undefined)).toBeNull();
    expect(visitorPageKey("GET", "/catalogue/proposer", undefined)).toBeNull();
    expect(visitorPageKey("GET", "/catalogue.data?q=jardin", undefined)).toBeNull();
    expect(visitorPageKey("GET", "/signaux", undefined)).toBeNull();
  });
});

describe("a kept document's per-response values", () => {
  it("are put back wherever the marks were, each response with its own", () => {
    const { nonce, csrfToken } = pageMarks;
    const rendered = `<script nonce="${nonce}">${csrfToken}</script>${nonce}${nonce}<p>fin</p>`;
    const document = splitAtMarks(Buffer.from(rendered));
    expect(document.holes).toEqual(["nonce", "csrfToken", "nonce", "nonce"]);
    expect(fillHoles(document, { nonce: "N1", csrfToken: "T1" }).toString()).toBe(
      '<script nonce="N1">T1</script>N1N1<p>fin</p>',
    );
    expect(fillHoles(document, { nonce: "N2", csrfToken: "T2" }).toString()).toBe(
      '<script nonce="N2">T2</script>N2N2<p>fin</p>',
    );
  });
});

describe("the pages kept", () => {
  it("drop the least recently used beyond their size in bytes", () => {
    const cache = new PageCache(10);
    cache.keep("/a", page("aaaa"));
    cache.keep("/b", page("bbbb"));
    expect(cache.get("/a", 1)).toBeDefined();
    cache.keep("/c", page("cccc"));
    expect(cache.get("/b", 1)).toBeUndefined();
    expect(cache.get("/a", 1)).toBeDefined();
    expect(cache.get("/c", 1)).toBeDefined();
    expect(cache.bytes).toBe(8);
    cache.keep("/huge", page("x".repeat(11)));
    expect(cache.get("/huge", 1)).toBeUndefined();
    expect(cache.bytes).toBe(8);
  });

  it("are not answered, and stop counting, once the generation moved", () => {
    const cache = new PageCache(100);
    cache.keep("/a", page("aaaa", 1));
    expect(cache.get("/a", 2)).toBeUndefined();
    expect(cache.bytes).toBe(0);
    expect(cache.get("/a", 1)).toBeUndefined();
  });
});

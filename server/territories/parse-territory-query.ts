import type { TerritoryKind } from "../db/schema";
import { normaliseSearchText } from "./normalise-search-text";

/** An exact lookup a query may stand for: an official code or a postcode. */
export type CodeLookup =
  | { by: "code"; kind: TerritoryKind; code: string }
  | { by: "postcode"; postcode: string }
  | { by: "qpv-prefix"; prefix: string };

export type TerritoryQuery = {
  /** The whole query folded like `territory.search_name`, abbreviations rewritten. */
  text: string;
  /** Its words: a name matches when it contains every one of them. */
  tokens: string[];
  codes: CodeLookup[];
};

/** Long forms people type, rewritten to the abbreviations the COG uses in EPCI names. */
const rewrites: [RegExp, string][] = [
  [/\bcommunaute de communes\b/g, "cc"],
  [/\bcommunaute d agglomeration\b/g, "ca"],
  [/\bcommunaute urbaine\b/g, "cu"],
  [/\bst\b/g, "saint"],
  [/\bste\b/g, "sainte"],
];

/**
 * Read a search box entry: which official codes it may be (INSEE code, postcode, SIREN, QPV
 * code) and which words to look for in names. Pure, so the rules are tested without a database.
 */
export function parseTerritoryQuery(raw: string): TerritoryQuery {
  let text = normaliseSearchText(raw);
  for (const [pattern, replacement] of rewrites) text = text.replace(pattern, replacement);
  const tokens = text ? text.split(" ") : [];

  const compact = raw.replace(/[\s.]/g, "").toUpperCase();
  const codes: CodeLookup[] = [];
  if (/^\d{5}$/.test(compact)) {
    codes.push({ by: "code", kind: "commune", code: compact }, { by: "postcode", postcode: compact });
  } else if (/^2[AB]\d{3}$/.test(compact)) {
    codes.push({ by: "code", kind: "commune", code: compact });
  } else if (/^\d{9}$/.test(compact)) {
    codes.push({ by: "code", kind: "epci", code: compact });
  } else if (/^(\d{2}|2[AB]|97\d)$/.test(compact)) {
    codes.push({ by: "code", kind: "departement", code: compact });
    if (/^\d+$/.test(compact)) codes.push({ by: "code", kind: "region", code: compact });
  } else if (/^\d{3}$/.test(compact)) {
    codes.push({ by: "code", kind: "region", code: compact });
  } else if (/^Q[NP]\d/.test(compact)) {
    codes.push({ by: "qpv-prefix", prefix: compact });
  }
  return { text, tokens, codes };
}

import fc from "fast-check";

/**
 * Malformed, boundary and hostile values, the kind that reached a 500 before (issue 13): NUL
 * bytes, integers past what a column holds, dates the calendar does not have, overlong text,
 * unknown codes, wrong types.
 */
const hostileConstants: unknown[] = [
  "\u0000",
  "a\u0000b",
  "%00",
  "",
  " ",
  "\ud800",
  "🐝",
  "<script>alert(1)</script>",
  "' or 1=1 --",
  "../../etc/passwd",
  "bogus",
  "ALS-2026-0001",
  "ADR-2026-0001",
  "ADR-P-2024-001",
  "00000000-0000-0000-0000-000000000000",
  "2026-02-30",
  "2027-02-29",
  "2026-13-45",
  "0000-00-00",
  "2026-00-10",
  "99999-01-01",
  "30/02/2026",
  "2026-12-01T25:00",
  "NaN",
  "Infinity",
  "-0",
  "1e999",
  "2147483648",
  2147483647,
  2147483648,
  -2147483649,
  9007199254740992,
  1e21,
  Number.MAX_VALUE,
  -1,
  0,
  1.5,
  -0.000001,
  true,
  false,
  null,
  [],
  {},
  [null],
  ["\u0000"],
  { kind: "commune", code: "\u0000" },
  JSON.parse('{"__proto__": {"polluted": true}}'),
];

const overlong = fc.constantFrom(201, 1001, 5001, 10_001, 100_001).map((n) => "x".repeat(n));
const withNul = fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`);
const deep = fc.nat({ max: 3 }).map((n) => {
  let value: unknown = "fond";
  for (let i = 0; i < 40 + n * 200; i++) value = [value];
  return value;
});

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...hostileConstants) },
  { weight: 2, arbitrary: overlong },
  { weight: 2, arbitrary: withNul },
  { weight: 1, arbitrary: deep },
  { weight: 1, arbitrary: fc.string({ maxLength: 30, unit: "binary" }) },
);

/** Hostile values for a query string (always text once in the URL). */
export const hostileQueryValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "2026-02-30",
    "2026-13-45",
    "2027-02-29",
    "2147483648",
    "-1",
    "0",
    "1.5",
    "1e999",
    "NaN",
    "bogus",
    "",
    "ADR-2026-0001",
    "commune:\u0000",
    "commune:99999",
    "region:",
    "🐝",
  ),
  overlong,
  withNul,
);

/** Path segments, already encoded for the URL: some are malformed on purpose (`%ZZ`). */
export const hostilePathSegment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "%00",
    "a%00b",
    "%ZZ",
    "%E0%A4%A",
    "%C0%AE",
    "..",
    "%2e%2e",
    "%2F",
    "2147483648",
    "9999999999999999999999",
    "-1",
    "0",
    "1.5",
    "null",
    "undefined",
    "%20",
    "%F0%9F%90%9D",
    "ADR-2026-0001",
    "ALS-2026-0001",
    "ADR-P-2024-001",
    "00000000-0000-0000-0000-000000000000",
    "'%20or%201=1",
  ),
  fc.constantFrom(300, 3000).map((n) => "x".repeat(n)),
  fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent),
);

export type Mutation =
  | { kind: "none" }
  | { kind: "poison"; at: number; variant: number }
  | { kind: "replace"; at: number; value: unknown }
  | { kind: "drop"; at: number }
  | { kind: "extra"; key: string; value: unknown }
  | { kind: "whole"; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "none" as const }) },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant("poison" as const), at: fc.nat(), variant: fc.nat() }),
  },
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), value: hostileValue }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop" as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("extra" as const),
      key: fc.constantFrom("inconnu", "isAdmin", "fabriqueId", "id", "version", "__proto__", "\u0000"),
      value: hostileValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("whole" as const), value: hostileValue }) },
);

type Path = (string | number)[];

/** Every place inside a value (the root excluded) where a mutation may land. */
function placesOf(value: unknown, path: Path = [], out: Path[] = []): Path[] {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      out.push([...path, i]);
      placesOf(item, [...path, i], out);
    });
  } else if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      out.push([...path, key]);
      placesOf(item, [...path, key], out);
    }
  }
  return out;
}

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The hostile twin of a well-formed leaf, of the same type so that it passes the type check and
 * goes as far as it can: a NUL byte inside text, a date the calendar lacks, an integer past 2³¹.
 */
function poisoned(value: unknown, variant: number): unknown {
  if (typeof value === "number") return [2147483648, -2147483649, 9007199254740992, 1e21][variant % 4];
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) return ["2026-02-30", "2027-02-29", "2026-13-45"][variant % 3];
    const middle = Math.floor(value.length / 2);
    return `${value.slice(0, middle)}\u0000${value.slice(middle)}`;
  }
  if (typeof value === "boolean") return "\u0000";
  return value;
}

/** Applies one mutation to a copy of a well-formed value. */
export function mutate(value: unknown, change: Mutation): unknown {
  if (change.kind === "none") return value;
  if (change.kind === "whole") return change.value;
  const copy = clone(value ?? {});
  if (change.kind === "extra") {
    if (copy && typeof copy === "object" && !Array.isArray(copy)) {
      Object.defineProperty(copy, change.key, { value: change.value, enumerable: true, writable: true });
    }
    return copy;
  }
  if (change.kind === "poison" && (copy === null || typeof copy !== "object")) {
    return poisoned(copy, change.variant);
  }
  const places = placesOf(copy);
  if (!places.length) return change.kind === "replace" ? change.value : copy;
  const path = places[change.at % places.length]!;
  let parent = copy as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (change.kind === "poison") parent[last] = poisoned(parent[last], change.variant);
  else if (change.kind === "replace") parent[last] = change.value;
  else if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else delete parent[last];
  return copy;
}

import fc from "fast-check";

/** The part of JSON Schema (OpenAPI 3.0 flavour) that zod's `toJSONSchema` writes for our routes. */
export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minItems?: number;
  maxItems?: number;
};

/**
 * Values that only the database makes valid (existing ids, theme codes, territory codes…), so a
 * well-formed request reaches the service's own checks and the database instead of stopping at
 * the schema. `byName` is keyed by property name; for an array it gives the items.
 */
export type ValueHints = {
  uuids: readonly string[];
  byName: Record<string, readonly unknown[]>;
};

const words = [
  "conciergerie",
  "seniors",
  "quartier",
  "mobilité",
  "solidaire",
  "épicerie",
  "jardin",
  "insertion",
  "emploi",
  "Rouen",
  "accompagnement",
  "l'été",
];

/** French words up to the schema's length limits (trimmed fields stay within them). */
function text(min = 0, max = 400): fc.Arbitrary<string> {
  const upper = Math.min(max, Math.max(min, 0) + 80);
  return fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 14 }).map((picked) => {
    let value = picked.join(" ");
    while (value.length < min) value = `${value} ${picked[0]}`;
    value = value.slice(0, upper);
    return value.endsWith(" ") ? `${value.slice(0, -1)}e` : value;
  });
}

const isoDay = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const datePattern = "^\\d{4}-\\d{2}-\\d{2}$";

function stringArbitrary(schema: JsonSchema, hints: ValueHints): fc.Arbitrary<string> {
  if (schema.format === "uuid") return fc.oneof(fc.constantFrom(...hints.uuids), fc.uuid());
  if (schema.format === "email") return fc.constantFrom("claire.martin@exemple.fr", "contact@asso.org");
  if (schema.format === "date" || schema.pattern === datePattern) return isoDay;
  if (schema.format === "date-time") return isoDay.map((day) => `${day}T10:30:00.000Z`);
  if (schema.format === "uri") return fc.constantFrom("https://exemple.fr", "https://www.asso.org/page");
  if (schema.pattern) {
    try {
      const max = schema.maxLength ?? 200;
      const min = schema.minLength ?? 0;
      return fc
        .stringMatching(new RegExp(schema.pattern), { size: "xsmall" })
        .filter((s) => s.length >= min && s.length <= max);
    } catch {
      // A pattern fast-check cannot read: plain text, refused by the schema, is still a case.
    }
  }
  return text(schema.minLength, schema.maxLength);
}

function numberArbitrary(schema: JsonSchema): fc.Arbitrary<number> {
  const min = Math.max(schema.minimum ?? -1000, -1_000_000);
  const max = Math.min(schema.maximum ?? 100_000, 1_000_000);
  const low = schema.exclusiveMinimum === true ? min + 1 : min;
  const high = schema.exclusiveMaximum === true ? max - 1 : max;
  if (schema.type === "integer") return fc.integer({ min: low, max: Math.max(low, high) });
  return fc.double({ min: low, max: Math.max(low, high), noNaN: true, noDefaultInfinity: true });
}

/** A value that the schema accepts as far as its shape goes (the database may still refuse it). */
export function validValue(schema: JsonSchema, hints: ValueHints, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const base = baseValue(schema, hints, depth);
  return schema.nullable
    ? fc.oneof({ weight: 5, arbitrary: base }, { weight: 1, arbitrary: fc.constant(null) })
    : base;
}

function baseValue(schema: JsonSchema, hints: ValueHints, depth: number): fc.Arbitrary<unknown> {
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if ("const" in schema) return fc.constant(schema.const);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices?.length) return fc.oneof(...choices.map((s) => validValue(s, hints, depth + 1)));
  if (schema.allOf?.length) return validValue(schema.allOf[0]!, hints, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case "string":
      return stringArbitrary(schema, hints);
    case "integer":
    case "number":
      return numberArbitrary(schema);
    case "boolean":
      return fc.boolean();
    case "array":
      return fc.array(validValue(schema.items ?? {}, hints, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 4, (schema.minItems ?? 0) + 3),
      });
    case "object":
      return objectValue(schema, hints, depth);
    default:
      return fc.constantFrom<unknown>("texte", 1, true, null);
  }
}

function hinted(name: string, schema: JsonSchema, hints: ValueHints, depth: number): fc.Arbitrary<unknown> {
  const known = hints.byName[name];
  const plain = validValue(schema, hints, depth + 1);
  if (!known?.length) return plain;
  const real =
    schema.type === "array"
      ? fc.uniqueArray(fc.constantFrom(...known), {
          minLength: Math.min(schema.minItems ?? 0, known.length),
          maxLength: Math.min(3, known.length),
        })
      : fc.constantFrom(...known);
  return fc.oneof({ weight: 4, arbitrary: real }, { weight: 1, arbitrary: plain });
}

function objectValue(schema: JsonSchema, hints: ValueHints, depth: number): fc.Arbitrary<unknown> {
  const properties = schema.properties ?? {};
  const keys = Object.keys(properties);
  if (!keys.length) {
    const values = typeof schema.additionalProperties === "object" ? schema.additionalProperties : {};
    return fc.dictionary(fc.constantFrom("a", "b", "2026"), validValue(values, hints, depth + 1), {
      maxKeys: 2,
    });
  }
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const key of keys) record[key] = hinted(key, properties[key]!, hints, depth);
  return fc.record(record, { requiredKeys: (schema.required ?? []).filter((k) => k in record) });
}

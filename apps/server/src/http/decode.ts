// Decoding request JSON into typed objects the way Go's encoding/json fills a
// struct, because clients of the reference rely on it:
// - object keys match fields case-insensitively, an exact match preferred;
// - unknown keys are ignored; duplicate keys apply in order (last wins);
// - `null` leaves a string/bool/object field untouched and clears a list/map;
// - a literal `null` body gives the zero value;
// - a repeated object or map key merges into what is already there;
// - a JSON value of the wrong type is an error worded like Go's
//   `json: cannot unmarshal number into Go struct field Actor.from.id of type string`.
// Schemas are small and finite, so the walk recurses only as deep as the
// schema; free-form maps (`Part.data`) are copied iteratively.
import { t, zeroValue, type FieldSchema, type Infer, type ObjectSchema } from "../go-struct-schema.js";
import { HttpError } from "./errors.js";
import { JsonObject, type JsonValue } from "./json-parse.js";

// body.ts names the schema types through this module.
export type { Infer, ObjectSchema };

/** Decodes a parsed JSON value into `schema`; wrong types throw a 400 HttpError with Go's wording. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any object schema; the result is typed by Infer<S>
export function decodeJson<S extends ObjectSchema<any>>(schema: S, value: JsonValue): Infer<S> {
  const target = zeroValue(schema) as Record<string, unknown>;
  if (value === null) return target as Infer<S>;
  if (!(value instanceof JsonObject)) {
    throw new HttpError(400, `json: cannot unmarshal ${jsonKind(value)} into Go value of type ${schema.goType}`);
  }
  decodeObject(schema, value, target, []);
  return target as Infer<S>;
}

function jsonKind(value: JsonValue): string {
  if (value === null) return "null";
  if (typeof value === "string") return "string";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "bool";
  if (Array.isArray(value)) return "array";
  return "object";
}

function goTypeOf(field: FieldSchema): string {
  switch (field.kind) {
    case "string":
      return "string";
    case "bool":
      return "bool";
    case "strings":
      return "[]string";
    case "map":
      return "map[string]interface {}";
    case "object":
      return field.goType;
    case "list":
      return `[]${field.element.goType}`;
  }
}

/** Go folds names by simple case folding; for ASCII field names only ſ (→ s) and K (Kelvin, → k) matter beyond ASCII case. */
function foldName(name: string): string {
  return name
    .replace(/\u017f/g, "s")
    .replace(/\u212a/g, "k")
    .toLowerCase();
}

/** Field schemas are walked without their static field types, so these take any object schema. */
type AnyObjectSchema = ObjectSchema<Record<string, FieldSchema>>;
const foldCache = new WeakMap<AnyObjectSchema, Map<string, string>>();
function fieldFor(schema: AnyObjectSchema, key: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(schema.fields, key)) return key;
  let folded = foldCache.get(schema);
  if (!folded) {
    folded = new Map();
    for (const name of Object.keys(schema.fields)) if (!folded.has(foldName(name))) folded.set(foldName(name), name);
    foldCache.set(schema, folded);
  }
  return folded.get(foldName(key));
}

interface ErrorContext {
  /** Go's errorContext.Struct: the innermost struct being filled (its bare type name). */
  struct: string;
  path: string[];
}

function typeError(value: JsonValue, field: FieldSchema, ctx: ErrorContext): HttpError {
  return new HttpError(
    400,
    `json: cannot unmarshal ${jsonKind(value)} into Go struct field ${ctx.struct}.${ctx.path.join(".")} of type ${goTypeOf(field)}`,
  );
}

function bareName(goType: string): string {
  return goType.slice(goType.lastIndexOf(".") + 1);
}

function decodeObject(
  schema: AnyObjectSchema,
  value: JsonObject,
  target: Record<string, unknown>,
  path: string[],
): void {
  const struct = bareName(schema.goType);
  for (const [key, item] of value.entries) {
    const name = fieldFor(schema, key);
    if (name === undefined) continue;
    const field = schema.fields[name]!;
    const ctx = { struct, path: [...path, name] };
    target[name] = decodeField(field, item, target[name], ctx);
  }
}

function decodeField(field: FieldSchema, value: JsonValue, current: unknown, ctx: ErrorContext): unknown {
  switch (field.kind) {
    case "string":
      if (value === null) return current;
      if (typeof value !== "string") throw typeError(value, field, ctx);
      return value;
    case "bool":
      if (value === null) return current;
      if (typeof value !== "boolean") throw typeError(value, field, ctx);
      return value;
    case "strings": {
      if (value === null) return [];
      if (!Array.isArray(value)) throw typeError(value, field, ctx);
      const existing = current as string[];
      return value.map((item, i) => {
        if (item === null) return existing[i] ?? "";
        if (typeof item !== "string") throw typeError(item, t.string, ctx);
        return item;
      });
    }
    case "map": {
      if (value === null) return undefined;
      if (!(value instanceof JsonObject)) throw typeError(value, field, ctx);
      const out = (current as Record<string, unknown> | undefined) ?? {};
      copyEntries(value, out, ctx);
      return out;
    }
    case "object": {
      if (value === null) return current;
      if (!(value instanceof JsonObject)) throw typeError(value, field, ctx);
      const target = current as Record<string, unknown>;
      decodeObject(field, value, target, ctx.path);
      return target;
    }
    case "list": {
      if (value === null) return [];
      if (!Array.isArray(value)) throw typeError(value, field, ctx);
      const existing = current as Array<Record<string, unknown>>;
      return value.map((item, i) => {
        // Go decodes each element into the slot already there, so a repeated key merges element-wise.
        const slot = existing[i] ?? (zeroValue(field.element) as Record<string, unknown>);
        if (item === null) return slot;
        if (!(item instanceof JsonObject)) throw typeError(item, field.element, ctx);
        decodeObject(field.element, item, slot, ctx.path);
        return slot;
      });
    }
  }
}

/** Sets a key as an own property, even `__proto__`. */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__")
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Copies a JSON object into plain objects and arrays without recursion (input depth is bounded, but not by the call stack). */
function copyEntries(source: JsonObject, target: Record<string, unknown>, ctx: ErrorContext): void {
  const work: Array<{ from: JsonObject | JsonValue[]; to: Record<string, unknown> | unknown[] }> = [
    { from: source, to: target },
  ];
  while (work.length > 0) {
    const { from, to } = work.pop()!;
    const pairs: Array<[string | number, JsonValue]> =
      from instanceof JsonObject ? from.entries : from.map((v, i) => [i, v]);
    for (const [key, item] of pairs) {
      let copy: unknown;
      if (item instanceof JsonObject) {
        copy = {};
        work.push({ from: item, to: copy as Record<string, unknown> });
      } else if (Array.isArray(item)) {
        copy = [];
        work.push({ from: item, to: copy as unknown[] });
      } else if (typeof item === "number" && !Number.isFinite(item)) {
        throw new HttpError(
          400,
          `json: cannot unmarshal number into Go struct field ${ctx.struct}.${ctx.path.join(".")} of type float64`,
        );
      } else copy = item;
      if (Array.isArray(to)) to[key as number] = copy;
      else setOwn(to, key as string, copy);
    }
  }
}

// A small structural checker for decoded configuration. It walks the value
// against a declared shape and records every unknown key and wrong type with
// its path, instead of stopping at the first one, so a user fixes a file in
// one pass. Values that fail are dropped; the rest is returned typed.

export interface StringShape {
  type: "string";
}
export interface BooleanShape {
  type: "boolean";
}
export interface IntegerShape {
  type: "integer";
}
export interface NumberShape {
  type: "number";
}
export interface ListShape<Of extends Shape> {
  type: "list";
  of: Of;
}
export interface ObjectShape<Fields extends Readonly<Record<string, Shape>>> {
  type: "object";
  fields: Fields;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an existential type argument: any shape of any fields
export type Shape = StringShape | BooleanShape | IntegerShape | NumberShape | ListShape<any> | ObjectShape<any>;

/** What a value that passed `checkShape(value, S)` looks like: every key optional, as in a file. */
export type Checked<S> = S extends StringShape
  ? string
  : S extends BooleanShape
    ? boolean
    : S extends IntegerShape | NumberShape
      ? number
      : S extends ListShape<infer Of>
        ? Checked<Of>[]
        : S extends ObjectShape<infer Fields>
          ? { [K in keyof Fields]?: Checked<Fields[K]> }
          : never;

export const str: StringShape = { type: "string" };
export const bool: BooleanShape = { type: "boolean" };
export const int: IntegerShape = { type: "integer" };
export const num: NumberShape = { type: "number" };
export const list = <Of extends Shape>(of: Of): ListShape<Of> => ({ type: "list", of });
export const obj = <Fields extends Record<string, Shape>>(fields: Fields): ObjectShape<Fields> => ({
  type: "object",
  fields,
});

export interface ShapeProblem {
  path: string;
  message: string;
}

/**
 * An unquoted YAML 1.1 boolean word (y/yes/on/n/no/off, as the reference's
 * YAML decoder reads them). YAML 1.2 makes these plain strings; the config
 * decoder resolves them to this instead, so a boolean field takes them as
 * booleans, a string field as the word written, and a quoted "yes" stays a
 * string that a boolean field refuses, exactly as quoted "true" is refused.
 */
export class YamlBoolWord {
  constructor(readonly word: string) {}
  get value(): boolean {
    return /^(?:y|yes|on)$/i.test(this.word);
  }
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value instanceof YamlBoolWord) return "a boolean";
  if (Array.isArray(value)) return "a list";
  switch (typeof value) {
    case "string":
      return "a string";
    case "number":
    case "bigint":
      return "a number";
    case "boolean":
      return "a boolean";
    case "object":
      return "a mapping";
    default:
      return typeof value;
  }
}

export function joinPath(base: string, key: string | number): string {
  if (typeof key === "number") return `${base}[${key}]`;
  return base ? `${base}.${key}` : key;
}

/**
 * Returns the value when it fits the shape (recursively cleaned), else
 * undefined. `null` counts as absent, as it does for the reference's decoders.
 */
export function checkShape(value: unknown, shape: Shape, path: string, problems: ShapeProblem[]): unknown {
  if (value === null || value === undefined) return undefined;
  const wrong = (expected: string) => {
    problems.push({ path: path || "(top level)", message: `expected ${expected}, got ${describe(value)}` });
    return undefined;
  };
  switch (shape.type) {
    case "string":
      if (value instanceof YamlBoolWord) return value.word;
      return typeof value === "string" ? value : wrong("a string");
    case "integer":
      return typeof value === "number" && Number.isSafeInteger(value) && value >= 0
        ? value
        : wrong("a whole number (0 or more)");
    case "boolean":
      if (value instanceof YamlBoolWord) return value.value;
      return typeof value === "boolean" ? value : wrong("a boolean (true or false)");
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? value : wrong("a number");
    case "list": {
      if (!Array.isArray(value)) return wrong("a list");
      const out: unknown[] = [];
      value.forEach((item, index) => {
        const itemPath = joinPath(path, index);
        if (item === null || item === undefined) {
          problems.push({ path: itemPath, message: `expected ${expectedOf(shape.of)}, got null` });
          return;
        }
        const checked = checkShape(item, shape.of, itemPath, problems);
        if (checked !== undefined) out.push(checked);
      });
      return out;
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value) || value instanceof YamlBoolWord) return wrong("a mapping");
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const fieldShape = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
        if (!fieldShape) {
          problems.push({ path: joinPath(path, key), message: "unknown key" });
          continue;
        }
        const checked = checkShape(item, fieldShape, joinPath(path, key), problems);
        if (checked !== undefined) out[key] = checked;
      }
      return out;
    }
  }
}

function expectedOf(shape: Shape): string {
  switch (shape.type) {
    case "string":
      return "a string";
    case "boolean":
      return "a boolean";
    case "integer":
      return "a whole number";
    case "number":
      return "a number";
    case "list":
      return "a list";
    case "object":
      return "a mapping";
  }
}

// A small structural checker for decoded configuration. It walks the value
// against a declared shape and records every unknown key and wrong type with
// its path, instead of stopping at the first one, so a user fixes a file in
// one pass. Values that fail are dropped; the rest is returned typed.

export type Shape =
  | { type: "string" }
  | { type: "boolean" }
  | { type: "number" }
  | { type: "list"; of: Shape }
  | { type: "object"; fields: Readonly<Record<string, Shape>> };

export const str: Shape = { type: "string" };
export const bool: Shape = { type: "boolean" };
export const num: Shape = { type: "number" };
export const list = (of: Shape): Shape => ({ type: "list", of });
export const obj = (fields: Record<string, Shape>): Shape => ({ type: "object", fields });

export interface ShapeProblem {
  path: string;
  message: string;
}

export interface ShapeOptions {
  /**
   * Accept YAML 1.1 boolean words (yes/no/on/off/y/n) for boolean fields. Our
   * YAML parser follows YAML 1.2, where they are strings; the reference's
   * parser accepts them for boolean fields, and existing files use them.
   */
  yamlBooleanWords?: boolean;
}

const YAML_TRUE = new Set(["y", "yes", "on"]);
const YAML_FALSE = new Set(["n", "no", "off"]);

export function describe(value: unknown): string {
  if (value === null) return "null";
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
export function checkShape(
  value: unknown,
  shape: Shape,
  path: string,
  problems: ShapeProblem[],
  options: ShapeOptions = {},
): unknown {
  if (value === null || value === undefined) return undefined;
  const wrong = (expected: string) => {
    problems.push({ path: path || "(top level)", message: `expected ${expected}, got ${describe(value)}` });
    return undefined;
  };
  switch (shape.type) {
    case "string":
      return typeof value === "string" ? value : wrong("a string");
    case "boolean": {
      if (typeof value === "boolean") return value;
      if (options.yamlBooleanWords && typeof value === "string") {
        const word = value.toLowerCase();
        if (YAML_TRUE.has(word)) return true;
        if (YAML_FALSE.has(word)) return false;
      }
      return wrong("a boolean (true or false)");
    }
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
        const checked = checkShape(item, shape.of, itemPath, problems, options);
        if (checked !== undefined) out.push(checked);
      });
      return out;
    }
    case "object": {
      if (typeof value !== "object" || Array.isArray(value)) return wrong("a mapping");
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        const fieldShape = Object.hasOwn(shape.fields, key) ? shape.fields[key] : undefined;
        if (!fieldShape) {
          problems.push({ path: joinPath(path, key), message: "unknown key" });
          continue;
        }
        const checked = checkShape(item, fieldShape, joinPath(path, key), problems, options);
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
    case "number":
      return "a number";
    case "list":
      return "a list";
    case "object":
      return "a mapping";
  }
}

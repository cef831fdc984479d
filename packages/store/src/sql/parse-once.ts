// One history page repeats a few JSON texts on most of its rows: the target
// (one conversation) and the sender (a handful of speakers). ParseOnce builds
// the value of each distinct text once and hands out copies.
//
// Only values whose fields are primitives, or arrays of primitives, are kept:
// a copy of one (a spread, plus a copy of each array) has the same keys in the
// same order and equal values as building it again would give, and shares
// nothing with other copies, so whoever receives one may change it freely.
// Anything else is built again for every use.
//
// Texts are found by comparing them with each remembered text, not through a
// Map: every row's text is a new string from the driver, and hashing it for a
// Map lookup cost more than half of what the parse it saves does, while
// comparing strings stops at the length or the first differing character.
// Hence also the small bound: past it, texts are parsed every time.

interface Template {
  value: Record<string, unknown>;
  /** Fields holding arrays, copied one level deeper than the spread does. */
  arrays: string[];
}

const REMEMBERED = 16;

export class ParseOnce<T extends object> {
  readonly #texts: string[] = [];
  /** null: seen, and built anew each time. */
  readonly #templates: (Template | null)[] = [];

  /** `build` must depend on its text alone; it returns null for a text that makes the row unreadable, or throws. */
  constructor(private readonly build: (text: unknown) => T | null) {}

  get(text: unknown): T | null {
    const texts = this.#texts;
    for (let i = 0; i < texts.length; i++) {
      if (texts[i] !== text) continue;
      const template = this.#templates[i]!;
      return template ? (copy(template) as T) : this.build(text);
    }
    const value = this.build(text);
    if (value === null || typeof text !== "string" || texts.length === REMEMBERED) return value;
    const made = templateOf(value);
    texts.push(text);
    this.#templates.push(made);
    return made ? (copy(made) as T) : value;
  }
}

function isPrimitive(value: unknown): boolean {
  return value === null || typeof value !== "object";
}

function templateOf(value: object): Template | null {
  // A spread turns an array into a plain object: arrays are never kept.
  if (Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const arrays: string[] = [];
  for (const key of Object.keys(record)) {
    const field = record[key];
    if (isPrimitive(field)) continue;
    if (!Array.isArray(field) || !field.every(isPrimitive)) return null;
    arrays.push(key);
  }
  return { value: record, arrays };
}

function copy(template: Template): Record<string, unknown> {
  // The spread makes every key an own data property, so assigning one (even `__proto__`) only replaces its value.
  const out = { ...template.value };
  for (const key of template.arrays) out[key] = (out[key] as unknown[]).slice();
  return out;
}

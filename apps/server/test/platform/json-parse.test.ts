// Property test: the server's JSON reader (http/json-parse.ts) accepts exactly
// the documents JSON.parse accepts and reads the same values, over random JSON
// documents and random, mostly broken, text. The documented differences are
// applied to JSON.parse's side: duplicate keys are kept in order (compared
// here as last-wins, like JSON.parse), and lone surrogates become U+FFFD.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JsonObject, JsonSyntaxError, parseJsonValue, skipSpace, type JsonValue } from "../../src/http/json-parse.js";

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** Our value as JSON.parse would give it: objects last-wins, with own `__proto__` keys as JSON.parse makes them. */
function plain(value: JsonValue): Plain {
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof JsonObject) {
    const out: { [key: string]: Plain } = {};
    for (const [key, item] of value.entries)
      Object.defineProperty(out, key, { value: plain(item), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return value;
}

/** String.prototype.toWellFormed (Node 20; not in the ES2023 lib this repository type-checks against). */
const toWellFormed = (s: string): string => (s as string & { toWellFormed(): string }).toWellFormed();

/** JSON.parse's value with lone surrogates replaced, as Go (and our reader) replace them. */
function wellFormed(value: Plain): Plain {
  if (typeof value === "string") return toWellFormed(value);
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value && typeof value === "object") {
    const out: { [key: string]: Plain } = {};
    for (const [key, item] of Object.entries(value)) {
      Object.defineProperty(out, toWellFormed(key), {
        value: wellFormed(item),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

type Outcome = { ok: true; value: Plain } | { ok: false };

/** The whole text as one document: one value, then only whitespace. */
function ours(text: string): Outcome {
  const bytes = new TextEncoder().encode(text);
  try {
    const { value, end } = parseJsonValue(bytes);
    return skipSpace(bytes, end) === bytes.length ? { ok: true, value: plain(value) } : { ok: false };
  } catch (err) {
    if (!(err instanceof JsonSyntaxError)) throw err;
    return { ok: false };
  }
}

function theirs(text: string): Outcome {
  try {
    return { ok: true, value: wellFormed(JSON.parse(text) as Plain) };
  } catch {
    return { ok: false };
  }
}

const jsonText = fc.oneof(fc.json({ maxDepth: 4 }), fc.json({ maxDepth: 4, stringUnit: "binary" }));
/** Characters JSON is made of, so random text is often nearly a document. */
const jsonish = fc.string({
  unit: fc.constantFrom(...'{}[]",:0123456789.-+eEtrufalsn \t\n\r\\/bu\u00e9\ud83d\ude00'),
  maxLength: 40,
});
/** A valid document with one character removed, replaced or inserted. */
const mutated = fc
  .tuple(
    jsonText,
    fc.nat(),
    fc.constantFrom("", "{", "}", "[", "]", '"', ",", ":", "\\", "0", "-", ".", "e", " ", "\u0001"),
  )
  .map(([text, at, ch]) => {
    const i = text.length ? at % text.length : 0;
    return text.slice(0, i) + ch + text.slice(i + (at % 2));
  });

describe("json-parse agrees with JSON.parse", () => {
  it("reads every valid document to the same value", () => {
    fc.assert(
      fc.property(jsonText, (text) => {
        expect(ours(text)).toEqual(theirs(text));
        expect(ours(text).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("accepts and refuses the same random text, with the same values", () => {
    fc.assert(
      fc.property(fc.oneof(jsonish, mutated), (text) => {
        expect(ours(text)).toEqual(theirs(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("keeps a U+FEFF at the start of a key or a string (found by the property above, seed 136196652)", () => {
    for (const text of ['{"\ufeff":false}', '["\ufeffa","b\ufeff"]', '{"x":"\\n\ufeff"}'])
      expect(ours(text)).toEqual(theirs(text));
  });

  it("the comparison can fail: it sees a value that differs", () => {
    // Guards the property: JsonObject keys are compared, not ignored.
    expect(ours('{"a":1}')).not.toEqual(theirs('{"b":1}'));
    expect(ours("[1,2")).not.toEqual(theirs("[1,2]"));
  });
});

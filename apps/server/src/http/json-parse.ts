// A JSON reader that behaves like Go's json.Decoder where clients can see the
// difference: it reads exactly one value from a byte buffer and reports where
// it stopped, keeps every object key in order (duplicates included, so the
// decoder can apply Go's "last match wins" across case variants), turns lone
// surrogate escapes into U+FFFD, and words syntax errors like Go's scanner.
// It is iterative: nesting depth is limited by MAX_JSON_DEPTH, never by the
// JavaScript stack.

/** Deepest nesting accepted. Go allows 10000; downstream code (key sorting, stringify) recurses, so we stop earlier. */
export const MAX_JSON_DEPTH = 1000;

export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** An object as written: keys in order, duplicates kept. */
export class JsonObject {
  constructor(readonly entries: Array<[string, JsonValue]>) {}
}

/** A syntax error, worded like Go's `encoding/json` scanner. */
export class JsonSyntaxError extends Error {
  override readonly name = "JsonSyntaxError";
}

// ignoreBOM: a decoder otherwise drops a U+FEFF at the start of each chunk it decodes, inside strings too.
const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });

/** Go's quoteChar: the offending byte in single quotes. */
export function quoteByte(b: number): string {
  if (b === 0x27) return `'\\''`;
  if (b === 0x22) return `'"'`;
  const quoted = JSON.stringify(String.fromCharCode(b));
  let inner = quoted.slice(1, -1);
  // Go's strconv.Quote writes \x00-style escapes for other control bytes, and \u00xx for C1 controls.
  if (inner.startsWith("\\u00") && b < 0x20) inner = `\\x${b.toString(16).padStart(2, "0")}`;
  else if (b === 0x7f) inner = "\\x7f";
  else if (b >= 0x80 && b <= 0x9f) inner = `\\u00${b.toString(16).padStart(2, "0")}`;
  return `'${inner}'`;
}

function invalid(b: number, context: string): JsonSyntaxError {
  return new JsonSyntaxError(`invalid character ${quoteByte(b)} ${context}`);
}

const isSpace = (b: number | undefined): boolean => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Index of the first non-whitespace byte at or after `at`. */
export function skipSpace(bytes: Uint8Array, at: number): number {
  while (at < bytes.length && isSpace(bytes[at])) at++;
  return at;
}

type Frame =
  { kind: "array"; items: JsonValue[] } | { kind: "object"; entries: Array<[string, JsonValue]>; key: string };

/**
 * Reads one JSON value starting at `start` (leading whitespace allowed).
 * Throws JsonSyntaxError; a buffer holding only whitespace throws with message `EOF`,
 * a value cut short throws `unexpected EOF` (the Decoder's wording).
 */
export function parseJsonValue(bytes: Uint8Array, start = 0): { value: JsonValue; end: number } {
  let at = skipSpace(bytes, start);
  if (at >= bytes.length) throw new JsonSyntaxError("EOF");
  const stack: Frame[] = [];
  for (;;) {
    // Read a value start.
    at = skipSpace(bytes, at);
    if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
    const b = bytes[at]!;
    let value: JsonValue;
    if (b === 0x7b /* { */ || b === 0x5b /* [ */) {
      if (stack.length >= MAX_JSON_DEPTH) throw new JsonSyntaxError("exceeded max depth");
      at = skipSpace(bytes, at + 1);
      if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
      if (b === 0x5b) {
        if (bytes[at] === 0x5d /* ] */) {
          value = [];
          at++;
        } else {
          stack.push({ kind: "array", items: [] });
          continue;
        }
      } else if (bytes[at] === 0x7d /* } */) {
        value = new JsonObject([]);
        at++;
      } else {
        if (bytes[at] !== 0x22) throw invalid(bytes[at]!, "looking for beginning of object key string");
        const key = readString(bytes, at);
        at = expectColon(bytes, key.end);
        stack.push({ kind: "object", entries: [], key: key.value });
        continue;
      }
    } else if (b === 0x22) {
      const s = readString(bytes, at);
      value = s.value;
      at = s.end;
    } else if (b === 0x2d || (b >= 0x30 && b <= 0x39)) {
      const end = scanNumber(bytes, at);
      value = Number(utf8.decode(bytes.subarray(at, end)));
      at = end;
    } else if (b === 0x74) {
      at = expectLiteral(bytes, at, "true");
      value = true;
    } else if (b === 0x66) {
      at = expectLiteral(bytes, at, "false");
      value = false;
    } else if (b === 0x6e) {
      at = expectLiteral(bytes, at, "null");
      value = null;
    } else {
      throw invalid(b, "looking for beginning of value");
    }

    // Attach the value to its container, closing containers as they end.
    for (;;) {
      const top = stack[stack.length - 1];
      if (!top) return { value, end: at };
      at = skipSpace(bytes, at);
      if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
      const c = bytes[at]!;
      if (top.kind === "array") {
        top.items.push(value);
        if (c === 0x2c) {
          at++;
          break;
        }
        if (c !== 0x5d) throw invalid(c, "after array element");
        at++;
        stack.pop();
        value = top.items;
        continue;
      }
      top.entries.push([top.key, value]);
      if (c === 0x2c) {
        at = skipSpace(bytes, at + 1);
        if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
        if (bytes[at] !== 0x22) throw invalid(bytes[at]!, "looking for beginning of object key string");
        const key = readString(bytes, at);
        at = expectColon(bytes, key.end);
        top.key = key.value;
        break;
      }
      if (c !== 0x7d) throw invalid(c, "after object key:value pair");
      at++;
      stack.pop();
      value = new JsonObject(top.entries);
    }
  }
}

function expectColon(bytes: Uint8Array, at: number): number {
  at = skipSpace(bytes, at);
  if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
  if (bytes[at] !== 0x3a) throw invalid(bytes[at]!, "after object key");
  return at + 1;
}

function expectLiteral(bytes: Uint8Array, at: number, word: string): number {
  for (let i = 1; i < word.length; i++) {
    const b = bytes[at + i];
    if (b === undefined) throw new JsonSyntaxError("unexpected EOF");
    if (b !== word.charCodeAt(i)) throw invalid(b, `in literal ${word} (expecting '${word[i]}')`);
  }
  return at + word.length;
}

const isDigit = (b: number | undefined): boolean => b !== undefined && b >= 0x30 && b <= 0x39;

/** Validates a number's grammar; returns the index after it. */
function scanNumber(bytes: Uint8Array, at: number): number {
  if (bytes[at] === 0x2d) {
    at++;
    if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
    if (!isDigit(bytes[at])) throw invalid(bytes[at]!, "in numeric literal");
  }
  if (bytes[at] === 0x30) at++;
  else while (isDigit(bytes[at])) at++;
  if (bytes[at] === 0x2e) {
    at++;
    if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
    if (!isDigit(bytes[at])) throw invalid(bytes[at]!, "after decimal point in numeric literal");
    while (isDigit(bytes[at])) at++;
  }
  if (bytes[at] === 0x65 || bytes[at] === 0x45) {
    at++;
    if (bytes[at] === 0x2b || bytes[at] === 0x2d) at++;
    if (at >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
    if (!isDigit(bytes[at])) throw invalid(bytes[at]!, "in exponent of numeric literal");
    while (isDigit(bytes[at])) at++;
  }
  return at;
}

const hexValue = (b: number): number =>
  b >= 0x30 && b <= 0x39 ? b - 0x30 : b >= 0x61 && b <= 0x66 ? b - 0x57 : b >= 0x41 && b <= 0x46 ? b - 0x37 : -1;

/** Reads a string starting at the opening quote. Input bytes are already known to be valid UTF-8. */
function readString(bytes: Uint8Array, at: number): { value: string; end: number } {
  let i = at + 1;
  let chunkStart = i;
  let out = "";
  for (;;) {
    if (i >= bytes.length) throw new JsonSyntaxError("unexpected EOF");
    const b = bytes[i]!;
    if (b === 0x22) {
      out += utf8.decode(bytes.subarray(chunkStart, i));
      return { value: out, end: i + 1 };
    }
    if (b < 0x20) throw invalid(b, "in string literal");
    if (b !== 0x5c) {
      i++;
      continue;
    }
    out += utf8.decode(bytes.subarray(chunkStart, i));
    const e = bytes[i + 1];
    if (e === undefined) throw new JsonSyntaxError("unexpected EOF");
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      i += 2;
    } else if (e === 0x75 /* u */) {
      const unit = readHex4(bytes, i + 2);
      i += 6;
      if (unit >= 0xd800 && unit < 0xdc00) {
        // A high surrogate needs a following \uDC00-\uDFFF escape; Go replaces a lone half with U+FFFD.
        if (bytes[i] === 0x5c && bytes[i + 1] === 0x75) {
          const low = readHex4(bytes, i + 2);
          if (low >= 0xdc00 && low < 0xe000) {
            out += String.fromCharCode(unit, low);
            i += 6;
          } else out += "\ufffd";
        } else out += "\ufffd";
      } else if (unit >= 0xdc00 && unit < 0xe000) out += "\ufffd";
      else out += String.fromCharCode(unit);
    } else throw invalid(e, "in string escape code");
    chunkStart = i;
  }
}

function readHex4(bytes: Uint8Array, at: number): number {
  let n = 0;
  for (let k = 0; k < 4; k++) {
    const b = bytes[at + k];
    if (b === undefined) throw new JsonSyntaxError("unexpected EOF");
    const h = hexValue(b);
    if (h < 0) throw invalid(b, "in \\u hexadecimal character escape");
    n = n * 16 + h;
  }
  return n;
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x22: '"',
  0x5c: "\\",
  0x2f: "/",
  0x62: "\b",
  0x66: "\f",
  0x6e: "\n",
  0x72: "\r",
  0x74: "\t",
};

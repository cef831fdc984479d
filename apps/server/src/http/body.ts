// Request bodies for POST/PATCH: at most 1 MiB, counted while streaming so an
// oversized upload is cut off instead of buffered; valid UTF-8; exactly one
// JSON value (trailing whitespace allowed). Every failure is a 400 envelope
// carrying the decoder-style message the reference would show.
import type { IncomingMessage } from "node:http";
import { Readable } from "node:stream";
import type { Context } from "hono";
import { HttpError } from "./errors.js";
import { decodeJson, type ObjectSchema, type Infer } from "./decode.js";
import { JsonSyntaxError, parseJsonValue, quoteByte, skipSpace, type JsonValue } from "./json-parse.js";

/** Go's MaxBytesReader limit in the reference: 1 << 20. */
export const MAX_BODY_BYTES = 1_048_576;

const TOO_LARGE = "http: request body too large";
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** The Node request behind `c`, when the app runs under @hono/node-server (not when a test calls `app.fetch`). */
function nodeRequest(c: Context): IncomingMessage | undefined {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
  return incoming instanceof Readable ? (incoming as IncomingMessage) : undefined;
}

/** Reads the raw body, failing with 400 as soon as more than MAX_BODY_BYTES arrive. */
export async function readBodyBytes(c: Context, limit = MAX_BODY_BYTES): Promise<Uint8Array> {
  checkDeclaredLength(c.req.header("Content-Length"), limit);
  // Under node:http, read the socket stream itself: asking Hono for the body
  // makes the adapter build a full web Request (an AbortController, a
  // ReadableStream over the socket), which cost more CPU than the rest of a
  // message POST's request handling together.
  const incoming = nodeRequest(c);
  if (incoming) return readIncoming(incoming, limit);
  const stream = c.req.raw.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new HttpError(400, TOO_LARGE);
    }
    chunks.push(value);
  }
  return concat(chunks, total);
}

/** A declared Content-Length over the limit fails before anything is read. */
function checkDeclaredLength(header: string | undefined, limit: number): void {
  const declared = Number(header);
  if (Number.isFinite(declared) && declared > limit) throw new HttpError(400, TOO_LARGE);
}

/**
 * Collects a Node request body up to `limit` bytes. On overflow it stops
 * listening and fails; the adapter drains or drops whatever the client still
 * sends once the 400 is written. A client that goes away mid-body fails the
 * read (nothing was parsed, so nothing is applied).
 */
function readIncoming(incoming: IncomingMessage, limit: number): Promise<Uint8Array> {
  if (incoming.readableEnded) return Promise.resolve(new Uint8Array(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = () => {
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.off("error", onError);
      incoming.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) {
        done();
        reject(new HttpError(400, TOO_LARGE));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      done();
      resolve(concat(chunks, total));
    };
    const onError = () => {
      done();
      reject(new HttpError(400, "request body could not be read"));
    };
    const onClose = () => {
      done();
      reject(new HttpError(400, "request body could not be read"));
    };
    incoming.on("data", onData);
    incoming.on("end", onEnd);
    incoming.on("error", onError);
    incoming.on("close", onClose);
  });
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** Parses the first JSON value of `bytes` (400 on syntax errors, empty body → `EOF`). */
function parseFirst(bytes: Uint8Array): { value: JsonValue; end: number } {
  try {
    strictUtf8.decode(bytes);
  } catch {
    throw new HttpError(400, "request body is not valid UTF-8");
  }
  try {
    return parseJsonValue(bytes, 0);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new HttpError(400, err.message);
    throw err;
  }
}

/** After the first value only whitespace may follow; another value is the reference's `expected a single JSON object`. */
function ensureSingleValue(bytes: Uint8Array, end: number): void {
  const at = skipSpace(bytes, end);
  if (at >= bytes.length) return;
  const b = bytes[at]!;
  const startsValue =
    b === 0x7b ||
    b === 0x5b ||
    b === 0x22 ||
    b === 0x2d ||
    (b >= 0x30 && b <= 0x39) ||
    b === 0x74 ||
    b === 0x66 ||
    b === 0x6e;
  if (startsValue) throw new HttpError(400, "expected a single JSON object");
  throw new HttpError(400, `invalid character ${quoteByte(b)} looking for beginning of value`);
}

/** The body as one parsed JSON value (objects keep key order and duplicates). All failures are 400 HttpErrors. */
export async function readBody(c: Context): Promise<JsonValue> {
  const bytes = await readBodyBytes(c);
  const { value, end } = parseFirst(bytes);
  ensureSingleValue(bytes, end);
  return value;
}

/**
 * Reads the body and decodes it into `schema` with Go's rules (see decode.ts).
 * Order follows the reference: syntax and type errors of the first value, then the single-value check.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any object schema; the result is typed by Infer<S>
export async function readJson<S extends ObjectSchema<any>>(c: Context, schema: S): Promise<Infer<S>> {
  return decodeBody(await readBodyBytes(c), schema);
}

/** readJson for a request served on node:http directly (the hot routes): the same limits, order and errors. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as readJson
export async function readNodeJson<S extends ObjectSchema<any>>(
  incoming: IncomingMessage,
  schema: S,
): Promise<Infer<S>> {
  checkDeclaredLength(incoming.headers["content-length"], MAX_BODY_BYTES);
  return decodeBody(await readIncoming(incoming, MAX_BODY_BYTES), schema);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as readJson
function decodeBody<S extends ObjectSchema<any>>(bytes: Uint8Array, schema: S): Infer<S> {
  const { value, end } = parseFirst(bytes);
  const decoded = decodeJson(schema, value);
  ensureSingleValue(bytes, end);
  return decoded;
}

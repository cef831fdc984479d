// Driver failures to StoreErrors. Connection trouble becomes `unavailable`
// (the HTTP layer answers 503 and a retry may succeed); everything else that we
// did not anticipate becomes `internal`. Drizzle wraps driver errors in a
// DrizzleQueryError whose message holds the SQL and its parameters (message
// text, credential keys): we report the driver's own error instead.
import { DrizzleQueryError } from "drizzle-orm";
import { StoreError, isStoreError } from "../errors.js";

/** SQLSTATE unique_violation. */
export const UNIQUE_VIOLATION = "23505";
/** SQLSTATE disk_full. */
const DISK_FULL = "53100";

const CONNECTION_CODES = new Set([
  // Node sockets
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ENOENT", // unix socket path missing
  // postgres.js
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  // SQLSTATE: shutdown, crash, starting up, too many connections, I/O
  "57P01",
  "57P02",
  "57P03",
  "53300",
  "58030",
]);

interface DriverError extends Error {
  code?: unknown;
}

/** The innermost driver error under Drizzle's wrapper. */
export function driverError(err: unknown): unknown {
  let current = err;
  for (let depth = 0; depth < 5; depth++) {
    if (current instanceof DrizzleQueryError && current.cause) {
      current = current.cause;
      continue;
    }
    break;
  }
  return current;
}

export function errorCode(err: unknown): string | undefined {
  const inner = driverError(err) as DriverError | undefined;
  return typeof inner?.code === "string" ? inner.code : undefined;
}

export function isUniqueViolation(err: unknown): boolean {
  return errorCode(err) === UNIQUE_VIOLATION;
}

export function isConnectionError(err: unknown): boolean {
  const code = errorCode(err);
  if (!code) return false;
  // SQLSTATE class 08: connection exception.
  return CONNECTION_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code);
}

/** A short reason from the driver error, never the SQL or parameters. */
export function reasonOf(err: unknown): string {
  const inner = driverError(err);
  if (inner instanceof Error) {
    const code = (inner as DriverError).code;
    const message = inner.message || inner.name;
    // Some socket errors arrive with an empty message (e.g. AggregateError from happy eyeballs).
    if (!inner.message && inner instanceof AggregateError && inner.errors[0] instanceof Error)
      return reasonOf(inner.errors[0]);
    return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
  }
  return String(inner);
}

const SAFE_FIELDS = [
  "code",
  "errno",
  "severity",
  "routine",
  "schema_name",
  "table_name",
  "column_name",
  "constraint_name",
  "address",
  "port",
];

/**
 * The driver error without what postgres.js hangs on it (the SQL text and its
 * parameters, hidden but still read by serializers) and without `detail`
 * (which quotes row values): a cause that is safe to log.
 */
export function safeCause(err: unknown): unknown {
  const inner = driverError(err);
  if (!(inner instanceof Error)) return inner;
  const out = new Error(inner.message) as Error & Record<string, unknown>;
  out.name = inner.name;
  for (const field of SAFE_FIELDS) {
    const value = (inner as unknown as Record<string, unknown>)[field];
    if (value !== undefined) out[field] = value;
  }
  if (inner.stack) out.stack = inner.stack;
  return out;
}

/** Maps any failure of `action` to a StoreError; StoreErrors pass through untouched. */
export function toStoreError(err: unknown, action: string, scrub: (text: string) => string): StoreError {
  if (isStoreError(err)) return err;
  const cause = safeCause(err);
  if (errorCode(err) === DISK_FULL) {
    return new StoreError("storage_full", `${action}: the database server's disk is full: ${scrub(reasonOf(err))}`, {
      backend: "postgres",
      cause,
    });
  }
  if (isConnectionError(err)) {
    return new StoreError("unavailable", `${action}: database unavailable: ${scrub(reasonOf(err))}`, {
      backend: "postgres",
      cause,
    });
  }
  return new StoreError("internal", `${action}: ${scrub(reasonOf(err))}`, { backend: "postgres", cause });
}

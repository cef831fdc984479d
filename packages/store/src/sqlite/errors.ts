// Classifies better-sqlite3 failures. Drizzle may wrap the driver error (its
// message then holds the SQL and parameters), so we look down the cause chain
// for the driver's code and never copy driver messages into ours.
import { StoreError, isStoreError, type StoreErrorCode } from "../errors.js";

/** The extended result code name (`SQLITE_CONSTRAINT_PRIMARYKEY`, ...) of the first driver error in the chain. */
export function sqliteCode(err: unknown): string | null {
  let current: unknown = err;
  for (let depth = 0; current && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("SQLITE_")) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** UNIQUE (2067) or PRIMARY KEY (1555) violation. */
export function isUniqueViolation(err: unknown): boolean {
  const code = sqliteCode(err);
  return code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}

/** Wraps anything thrown by a store operation; StoreErrors pass through. */
export function toStoreError(err: unknown, doing: string): StoreError {
  if (isStoreError(err)) return err;
  const code = sqliteCode(err);
  const kind: StoreErrorCode = isTransient(code) ? "unavailable" : isFull(code) ? "storage_full" : "internal";
  const detail = code ? ` (${code})` : "";
  return new StoreError(kind, `${doing} failed${detail}`, { cause: err, backend: "sqlite" });
}

/** The disk (or the quota) is full; SQLite rolled the statement back. */
function isFull(code: string | null): boolean {
  return code === "SQLITE_FULL";
}

/** Busy/locked: another connection holds the write lock past busy_timeout; a retry may succeed. */
function isTransient(code: string | null): boolean {
  return !!code && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}

/** Maps a failure while opening `path` to a clear error naming the file. */
export function openError(err: unknown, path: string): StoreError {
  if (isStoreError(err)) {
    // The migrator's errors (schema_mismatch, ...) do not know which file they are about.
    if (err.message.includes(path)) return err;
    return new StoreError(err.code, `cannot open SQLite database ${path}: ${err.message}`, {
      cause: err,
      backend: "sqlite",
    });
  }
  const code = sqliteCode(err);
  const errno = (err as { code?: unknown } | null)?.code;
  const at = `SQLite database ${path}`;
  if (code === "SQLITE_NOTADB" || code?.startsWith("SQLITE_CORRUPT")) {
    return new StoreError("corrupt", `${at} is not a valid SQLite database (${code}); the file was left untouched`, {
      cause: err,
      backend: "sqlite",
    });
  }
  if (
    code?.startsWith("SQLITE_CANTOPEN") ||
    code?.startsWith("SQLITE_READONLY") ||
    code === "SQLITE_PERM" ||
    code === "SQLITE_AUTH"
  ) {
    return new StoreError("invalid_config", `cannot open ${at} for reading and writing (${code})`, {
      cause: err,
      backend: "sqlite",
    });
  }
  if (code?.startsWith("SQLITE_BUSY") || code?.startsWith("SQLITE_LOCKED")) {
    return new StoreError("unavailable", `${at} is locked by another connection (${code})`, {
      cause: err,
      backend: "sqlite",
    });
  }
  if (typeof errno === "string" && /^E[A-Z]+$/.test(errno)) {
    return new StoreError("invalid_config", `cannot open ${at}: ${errno}`, { cause: err, backend: "sqlite" });
  }
  return new StoreError("internal", `cannot open ${at}${code ? ` (${code})` : ""}`, { cause: err, backend: "sqlite" });
}

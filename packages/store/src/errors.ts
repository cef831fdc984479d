// Every failure a store reports is a StoreError with a stable code. Callers
// (the HTTP layer) switch on `code`; the message is for operators and logs and
// may name files, never credentials.
import type { StorageKind } from "./store.js";

export type StoreErrorCode =
  /** createRoom: the id is taken, or was soft-removed (ids are reserved forever). */
  | "room_exists"
  /** The room does not exist or was removed. */
  | "room_not_found"
  /** A before/after cursor that is not an item of the list being paged. */
  | "invalid_cursor"
  /** registerAgent: the id is registered under another credential key. */
  | "agent_credential"
  /** The backing database cannot be reached right now; retrying may succeed. */
  | "unavailable"
  /** The disk or quota is full (ENOSPC, EDQUOT, SQLITE_FULL, Postgres 53100): nothing was written; freeing space fixes it. */
  | "storage_full"
  /** The data on disk cannot be read (corrupt or truncated file, bad JSON row set). */
  | "corrupt"
  /** Another process holds the store (JSON file lock). */
  | "locked"
  /** The database was migrated by a newer build, or records a migration under another name. */
  | "schema_mismatch"
  /** A configuration or path problem found while opening. */
  | "invalid_config"
  /** Anything else: an I/O or driver failure we did not expect. */
  | "internal";

export class StoreError extends Error {
  override readonly name = "StoreError";
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown; backend?: StorageKind | "migrate" | "copy" | "backup" },
  ) {
    super(options?.backend ? `[store:${options.backend}] ${message}` : message, { cause: options?.cause });
  }
}

export function isStoreError(err: unknown, code?: StoreErrorCode): err is StoreError {
  return err instanceof StoreError && (code === undefined || err.code === code);
}

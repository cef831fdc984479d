// What a store can say about its own storage, for operators (GET /v1/storage
// and the console's storage panel). Optional on purpose: a backend that
// cannot introspect itself (memory, json) reports less, never fails.
import { stat } from "node:fs/promises";
import type { StorageKind, Store } from "./store.js";

export interface StorageReport {
  kind: StorageKind;
  /** The data file (sqlite, json); null otherwise. The server adds the DSN for postgres. */
  path: string | null;
  /** Recorded migrations and the ones this build would still apply; null for backends without migrations. */
  schema: {
    version: number | null;
    applied: Array<{ version: number; name: string; applied_at: string }>;
    pending: Array<{ version: number; name: string }>;
  } | null;
  size: {
    /** Main database file (sqlite, json) or `pg_database_size` (postgres). */
    database_bytes: number | null;
    /** SQLite only: the `-wal` file. */
    wal_bytes?: number | null;
    /** SQLite only: when the checkpoint worker last copied WAL frames into the database (null: not yet). */
    last_checkpoint_at?: string | null;
  };
  /** Exact row counts per table, by table name. Empty when the backend has no tables. */
  tables: Record<string, number>;
  /**
   * The durable event log's size and retention. Null until a store has one;
   * a store that gains an event log fills this in its own storageReport().
   */
  event_log: { events: number; bytes: number | null; retention: string | null; oldest_at: string | null } | null;
}

/** A store that can describe its storage (sqlite, postgres, json). */
export interface StorageReporter {
  storageReport(): Promise<StorageReport>;
}

/** The store's own report when it has one, else the least that is always true. */
export async function reportStorage(store: Store): Promise<StorageReport> {
  const reporter = store as Store & Partial<StorageReporter>;
  if (typeof reporter.storageReport === "function") return reporter.storageReport();
  return { kind: store.kind, path: null, schema: null, size: { database_bytes: null }, tables: {}, event_log: null };
}

/** Size of a file in bytes; null when it does not exist (a WAL after a clean close). */
export async function fileSize(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch {
    return null;
  }
}

/** The largest version recorded, or null when none is. */
export function schemaVersion(applied: ReadonlyArray<{ version: number }>): number | null {
  return applied.reduce<number | null>((max, r) => (max === null || r.version > max ? r.version : max), null);
}

// Per-connection settings. SQLite pragmas belong to a connection, not to the
// file, so they are applied right after every open (the reference issued them
// once on its pool after migrating, so a replaced connection would have
// silently lost foreign keys and the busy timeout).
import { sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";

export type Synchronous = "OFF" | "NORMAL" | "FULL";

export type SqliteDb = BetterSQLite3Database<Record<string, never>>;

export interface ConnectionSettings {
  /**
   * Default NORMAL: in WAL mode a commit is then durable across a crash of the
   * process (the WAL is written before commit returns) and the file can never
   * be corrupted; only a power loss or OS crash may roll back the last commits,
   * because the WAL is fsynced at checkpoints rather than on every commit.
   * FULL fsyncs the WAL on each commit (about a millisecond or more per write
   * on typical disks); OFF trusts the OS entirely.
   */
  synchronous: Synchronous;
  /** PRAGMA wal_autocheckpoint in pages (raised once the checkpoint worker runs, see checkpointer.ts). */
  autoCheckpointPages: number;
}

/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;

/** After a checkpoint resets the WAL, truncate the file back to this size so a burst does not keep disk forever. */
const JOURNAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;

const SYNCHRONOUS: readonly Synchronous[] = ["OFF", "NORMAL", "FULL"];

export function parseSynchronous(value: unknown): Synchronous | null {
  if (value === undefined || value === null || value === "") return "NORMAL";
  const upper = String(value).trim().toUpperCase();
  return (SYNCHRONOUS as readonly string[]).includes(upper) ? (upper as Synchronous) : null;
}

/**
 * Applies the pragmas in an order that writes nothing until the file is known
 * to be a readable database: busy_timeout and foreign_keys only touch the
 * connection; the schema read fails with NOTADB/CORRUPT on a bad file; only
 * then does journal_mode=WAL (which rewrites the header of a rollback-journal
 * database) run.
 */
export function configureConnection(db: SqliteDb, settings: ConnectionSettings): void {
  db.run(sql.raw(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`));
  db.run(sql.raw("PRAGMA foreign_keys = ON"));
  db.get(sql`SELECT count(*) AS n FROM sqlite_master`);
  const mode = db.get<{ journal_mode: string }>(sql.raw("PRAGMA journal_mode = WAL"));
  if (mode?.journal_mode !== "wal" && mode?.journal_mode !== "memory") {
    throw new Error(`journal_mode is ${String(mode?.journal_mode)}, WAL could not be enabled`);
  }
  db.run(sql.raw(`PRAGMA synchronous = ${settings.synchronous}`));
  db.run(sql.raw(`PRAGMA wal_autocheckpoint = ${Math.max(0, Math.floor(settings.autoCheckpointPages))}`));
  db.run(sql.raw(`PRAGMA journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`));
}

export interface PragmaValues {
  journal_mode: string;
  foreign_keys: number;
  busy_timeout: number;
  /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
  synchronous: number;
  wal_autocheckpoint: number;
}

/** The live values on a connection (diagnostics and tests). */
export function readPragmas(db: SqliteDb): PragmaValues {
  const one = <T>(name: string): T => {
    const row = db.get<Record<string, T>>(sql.raw(`PRAGMA ${name}`));
    return (row ? Object.values(row)[0] : undefined) as T;
  };
  return {
    journal_mode: one<string>("journal_mode"),
    foreign_keys: one<number>("foreign_keys"),
    busy_timeout: one<number>("busy_timeout"),
    synchronous: one<number>("synchronous"),
    wal_autocheckpoint: one<number>("wal_autocheckpoint"),
  };
}

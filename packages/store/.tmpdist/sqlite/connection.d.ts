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
    /** PRAGMA wal_autocheckpoint in pages; 0 when another connection checkpoints (see checkpointer.ts). */
    autoCheckpointPages: number;
}
/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export declare const BUSY_TIMEOUT_MS = 5000;
export declare function parseSynchronous(value: unknown): Synchronous | null;
/**
 * Applies the pragmas in an order that writes nothing until the file is known
 * to be a readable database: busy_timeout and foreign_keys only touch the
 * connection; the schema read fails with NOTADB/CORRUPT on a bad file; only
 * then does journal_mode=WAL (which rewrites the header of a rollback-journal
 * database) run.
 */
export declare function configureConnection(db: SqliteDb, settings: ConnectionSettings): void;
export interface PragmaValues {
    journal_mode: string;
    foreign_keys: number;
    busy_timeout: number;
    /** 0 OFF, 1 NORMAL, 2 FULL, 3 EXTRA. */
    synchronous: number;
    wal_autocheckpoint: number;
}
/** The live values on a connection (diagnostics and tests). */
export declare function readPragmas(db: SqliteDb): PragmaValues;

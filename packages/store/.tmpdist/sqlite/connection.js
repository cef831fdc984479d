// Per-connection settings. SQLite pragmas belong to a connection, not to the
// file, so they are applied right after every open (the reference issued them
// once on its pool after migrating, so a replaced connection would have
// silently lost foreign keys and the busy timeout).
import { sql } from "drizzle-orm";
/** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 5000;
/** After a checkpoint resets the WAL, truncate the file back to this size so a burst does not keep disk forever. */
const JOURNAL_SIZE_LIMIT_BYTES = 32 * 1024 * 1024;
const SYNCHRONOUS = ["OFF", "NORMAL", "FULL"];
export function parseSynchronous(value) {
    if (value === undefined || value === null || value === "")
        return "NORMAL";
    const upper = String(value).trim().toUpperCase();
    return SYNCHRONOUS.includes(upper) ? upper : null;
}
/**
 * Applies the pragmas in an order that writes nothing until the file is known
 * to be a readable database: busy_timeout and foreign_keys only touch the
 * connection; the schema read fails with NOTADB/CORRUPT on a bad file; only
 * then does journal_mode=WAL (which rewrites the header of a rollback-journal
 * database) run.
 */
export function configureConnection(db, settings) {
    db.run(sql.raw(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`));
    db.run(sql.raw("PRAGMA foreign_keys = ON"));
    db.get(sql `SELECT count(*) AS n FROM sqlite_master`);
    const mode = db.get(sql.raw("PRAGMA journal_mode = WAL"));
    if (mode?.journal_mode !== "wal" && mode?.journal_mode !== "memory") {
        throw new Error(`journal_mode is ${String(mode?.journal_mode)}, WAL could not be enabled`);
    }
    db.run(sql.raw(`PRAGMA synchronous = ${settings.synchronous}`));
    db.run(sql.raw(`PRAGMA wal_autocheckpoint = ${Math.max(0, Math.floor(settings.autoCheckpointPages))}`));
    db.run(sql.raw(`PRAGMA journal_size_limit = ${JOURNAL_SIZE_LIMIT_BYTES}`));
}
/** The live values on a connection (diagnostics and tests). */
export function readPragmas(db) {
    const one = (name) => {
        const row = db.get(sql.raw(`PRAGMA ${name}`));
        return (row ? Object.values(row)[0] : undefined);
    };
    return {
        journal_mode: one("journal_mode"),
        foreign_keys: one("foreign_keys"),
        busy_timeout: one("busy_timeout"),
        synchronous: one("synchronous"),
        wal_autocheckpoint: one("wal_autocheckpoint"),
    };
}
//# sourceMappingURL=connection.js.map
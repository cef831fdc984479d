// SQLite backups through SQLite's online backup API (better-sqlite3's
// db.backup): pages are copied in steps while other connections keep reading
// and writing, and the result is one consistent database file. Used by
// `moltnet backup` and before migrations (pre-migration.ts).
import { existsSync } from "node:fs";
import { chmod, rm } from "node:fs/promises";
import type Database from "better-sqlite3";
import { StoreError } from "../errors.js";

export interface BackupProgress {
  /** Pages copied so far, and in all. */
  done: number;
  total: number;
}

/** Pages per step: small enough to let a serving connection in between, large enough to be quick. */
const PAGES_PER_STEP = 1024;

/** Writes a consistent copy of `db` to `destination`, which must not exist yet. The copy is 0600. */
export async function backupSqlite(
  db: Database.Database,
  destination: string,
  onProgress?: (p: BackupProgress) => void,
): Promise<void> {
  if (existsSync(destination)) {
    throw new StoreError("invalid_config", `${destination} already exists; a backup never overwrites a file`, {
      backend: "backup",
    });
  }
  try {
    await db.backup(destination, {
      progress({ totalPages, remainingPages }) {
        onProgress?.({ done: totalPages - remainingPages, total: totalPages });
        return PAGES_PER_STEP;
      },
    });
    await chmod(destination, 0o600);
  } catch (err) {
    await rm(destination, { force: true }).catch(() => {});
    throw new StoreError("internal", `backup to ${destination} failed: ${(err as Error).message}`, {
      backend: "backup",
      cause: err,
    });
  }
}

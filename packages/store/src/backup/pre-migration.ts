// The backup taken before migrations change an existing SQLite database:
// `<file>.backup-v<from>-to-v<to>-<UTC time, ms>` next to it, announced in the
// log, the last few kept. If the migration then fails part-way (each step is
// its own transaction, so earlier steps would stay applied), the database is
// put back from that backup through the same backup API and the error says
// where the backup is: a failed migration leaves the database as it was.
import { readdirSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import Database from "better-sqlite3";
import { StoreError, isStoreError } from "../errors.js";
import { migrateSqlite, sqliteMigrationStatus } from "../migrate/sqlite.js";
import type { MigrationReport } from "../migrate/types.js";
import { backupSqlite } from "./sqlite-backup.js";

export interface PreMigrationBackupOptions {
  /** Default true; `storage.sqlite.backup_before_migrate: false` turns it off. */
  enabled?: boolean;
  /** Backups of this database kept (older ones removed); default 3. */
  keep?: number;
}

export const DEFAULT_BACKUPS_KEPT = 3;

/**
 * Migrates `db` (the open connection to `path`) like migrateSqlite, first
 * backing the file up when it already holds a Moltnet schema and migrations
 * are pending. Returns the backup's path, or null when none was needed.
 */
export async function migrateSqliteWithBackup(
  db: Database.Database,
  path: string | null,
  log: (line: string) => void,
  options: PreMigrationBackupOptions = {},
): Promise<{ report: MigrationReport; backup: string | null }> {
  const status = path && options.enabled !== false ? sqliteMigrationStatus(db) : null;
  const from = status ? Math.max(0, ...status.applied.map((m) => m.version)) : 0;
  const to = status?.pending.at(-1)?.version ?? from;
  if (!path || !status || status.applied.length === 0 || status.pending.length === 0) {
    return { report: migrateSqlite(db, log), backup: null };
  }
  const backup = await backupBeforeMigrate(db, path, from, to, log, options.keep ?? DEFAULT_BACKUPS_KEPT);
  let report: MigrationReport;
  try {
    report = migrateSqlite(db, log);
  } catch (err) {
    const restored = await restoreFrom(backup, db);
    const reason = isStoreError(err) ? err.message.replace(/^\[store:\w+\] /, "") : String(err);
    throw new StoreError(
      isStoreError(err) ? err.code : "internal",
      `${reason}; ${restored ? `the database was put back as it was (version ${from})` : "putting the database back failed"}; the backup taken before migrating is ${backup}`,
      { backend: "migrate", cause: err },
    );
  }
  return { report, backup };
}

/** Takes the backup named for the versions before and after, announces it, and prunes older ones. */
export async function backupBeforeMigrate(
  db: Database.Database,
  path: string,
  fromVersion: number,
  toVersion: number,
  log: (line: string) => void,
  keep = DEFAULT_BACKUPS_KEPT,
): Promise<string> {
  // Milliseconds: two migrations of one file within a second still get two names.
  const stamp = new Date().toISOString().replace(/[-:]/g, "");
  const backup = `${path}.backup-v${fromVersion}-to-v${toVersion}-${stamp}`;
  log(`migrate: backing up ${path} (version ${fromVersion}) to ${backup} before migrating to version ${toVersion}`);
  await backupSqlite(db, backup);
  log(`migrate: backup written: ${backup}`);
  prune(path, keep, log);
  return backup;
}

function prune(path: string, keep: number, log: (line: string) => void): void {
  const prefix = `${basename(path)}.backup-v`;
  const dir = dirname(path);
  // The UTC stamp is the last part of the name, so newest last after sorting by it.
  const ours = readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && /-\d{8}T\d{6}\.\d{3}Z$/.test(name))
    .sort((a, b) => (a.slice(-20) < b.slice(-20) ? -1 : a.slice(-20) > b.slice(-20) ? 1 : 0));
  for (const name of ours.slice(0, Math.max(0, ours.length - Math.max(1, keep)))) {
    rmSync(join(dir, name), { force: true });
    log(`migrate: removed old backup ${join(dir, name)} (keeping the last ${keep})`);
  }
}

/** Copies the backup back over the live database through SQLite itself (never a raw file copy under an open connection). */
async function restoreFrom(backup: string, db: Database.Database): Promise<boolean> {
  let source: Database.Database | null = null;
  try {
    source = new Database(backup, { readonly: true, fileMustExist: true });
    await source.backup(db.name);
    return true;
  } catch {
    return false;
  } finally {
    source?.close();
  }
}

// One process (and one store object) per snapshot file, held with a lock the
// kernel drops when its holder dies, so a server killed with SIGKILL never
// blocks its successor.
//
// The lock is SQLite's own file locking on `<file>.lock`, an empty database
// opened through better-sqlite3 (already a dependency) and kept inside an
// EXCLUSIVE transaction with locking_mode=EXCLUSIVE for the store's lifetime.
// Underneath that is a POSIX fcntl lock: released by the kernel when the
// process exits however it exits, honoured by other processes (also over NFS
// with a lock daemon), and, because SQLite tracks locks per inode inside one
// process, also refused to a second connection of this process, where plain
// fcntl locks would not conflict. Node has no flock/fcntl of its own, and an
// mtime-refreshed lock (proper-lockfile, used before) can only guess that its
// holder died after a timeout.
//
// Two traps of fcntl locks are avoided on purpose:
// - closing ANY descriptor of the file drops all of this process's locks on
//   it, so nothing here opens the lock file once it may be locked (we only
//   open it to create it; SQLite itself defers closing its descriptors while
//   another connection of the process holds a lock);
// - the lock file is never deleted: unlinking it on release would let two
//   later processes lock two different inodes under one name. It stays, empty.
// Deleting or replacing it from outside would break the exclusion; a watchdog
// notices that and the store stops writing (onCompromised).
import Database from "better-sqlite3";
import { chmodSync, closeSync, fchmodSync, openSync, rmdirSync, statSync, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { StoreError } from "../errors.js";

/** How often the lock file's identity is checked while held. */
const WATCH_INTERVAL_MS = 1000;
/** Earlier builds locked with a proper-lockfile directory, refreshed while held and stale after 10 s. */
const LEGACY_LOCK_STALE_MS = 10_000;

export interface LockOptions {
  /** The lock file was removed or replaced while held: another process may take the snapshot now. */
  onCompromised(err: Error): void;
}

export type ReleaseLock = () => Promise<void>;

export async function acquireFileLock(path: string, options: LockOptions): Promise<ReleaseLock> {
  const lockPath = `${path}.lock`;
  prepareLockFile(path, lockPath);
  const db = lockDatabase(path, lockPath);
  const held = statSync(lockPath);
  let released = false;
  let checking = false;
  const timer = setInterval(() => {
    if (checking || released) return;
    checking = true;
    void sameFile(lockPath, held).then((same) => {
      checking = false;
      if (same || released) return;
      clearInterval(timer);
      options.onCompromised(new Error(`the lock file "${lockPath}" was removed or replaced`));
    });
  }, WATCH_INTERVAL_MS);
  timer.unref();
  return async () => {
    if (released) return;
    released = true;
    clearInterval(timer);
    db.close(); // ends the transaction; the kernel lock goes with the connection
  };
}

/** Makes sure `<file>.lock` exists as a 0600 file, without opening an existing one (see the file comment). */
function prepareLockFile(path: string, lockPath: string): void {
  let info: Stats | null = statOrNull(path, lockPath);
  if (info?.isDirectory()) {
    clearLegacyLockDirectory(path, lockPath, info);
    info = null;
  }
  if (!info) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      try {
        fchmodSync(fd, 0o600); // exact, whatever the umask
      } finally {
        closeSync(fd); // nobody can hold a lock on a file that did not exist a moment ago
      }
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw cannotLock(path, lockPath, err);
      info = statOrNull(path, lockPath); // another opener created it meanwhile
    }
  }
  if (!info?.isFile()) throw cannotLock(path, lockPath, new Error("it is not a regular file"));
  if ((info.mode & 0o077) !== 0) {
    try {
      chmodSync(lockPath, 0o600); // by path: opening it could drop a lock this process holds
    } catch {
      // Not ours to change (another owner); the lock still works.
    }
  }
}

/** An empty directory left by an older build: stale once its holder stopped refreshing it. */
function clearLegacyLockDirectory(path: string, lockPath: string, info: Stats): void {
  if (Date.now() - info.mtimeMs < LEGACY_LOCK_STALE_MS) {
    throw locked(path, lockPath, "an older Moltnet build may be running");
  }
  try {
    rmdirSync(lockPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw cannotLock(path, lockPath, err);
  }
}

function lockDatabase(path: string, lockPath: string): Database.Database {
  let db: Database.Database | null = null;
  try {
    // timeout 0: a held lock answers SQLITE_BUSY at once instead of retrying for 5 s.
    db = new Database(lockPath, { fileMustExist: true, timeout: 0 });
    // In memory: no -journal file appears next to the lock (nothing is ever written anyway).
    db.pragma("journal_mode = MEMORY");
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE");
    return db;
  } catch (err) {
    db?.close();
    const code = (err as { code?: string }).code;
    if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") throw locked(path, lockPath, undefined, err);
    throw cannotLock(path, lockPath, err);
  }
}

async function sameFile(lockPath: string, held: Stats): Promise<boolean> {
  try {
    const now = await stat(lockPath);
    return now.ino === held.ino && now.dev === held.dev;
  } catch (err) {
    // Only a missing file is a lost lock; a transient stat failure is not.
    const code = (err as NodeJS.ErrnoException).code;
    return code !== "ENOENT" && code !== "ENOTDIR";
  }
}

function statOrNull(path: string, lockPath: string): Stats | null {
  try {
    return statSync(lockPath);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw cannotLock(path, lockPath, err);
  }
}

function locked(path: string, lockPath: string, why?: string, cause?: unknown): StoreError {
  return new StoreError(
    "locked",
    `Moltnet store "${path}" is in use by another Moltnet process or store (it holds "${lockPath}"${why ? `; ${why}` : ""}). ` +
      "Stop the other server first; a lock held by a process that died is released at once.",
    { backend: "json", cause },
  );
}

function cannotLock(path: string, lockPath: string, err: unknown): StoreError {
  const code = (err as { code?: string }).code ?? "";
  const config = [
    "EACCES",
    "EPERM",
    "EROFS",
    "ENOTDIR",
    "SQLITE_CANTOPEN",
    "SQLITE_READONLY",
    "SQLITE_PERM",
    "SQLITE_NOTADB",
  ];
  return new StoreError(
    config.includes(code) ? "invalid_config" : "internal",
    `cannot lock Moltnet store "${path}" with "${lockPath}": ${(err as Error).message}`,
    { backend: "json", cause: err },
  );
}

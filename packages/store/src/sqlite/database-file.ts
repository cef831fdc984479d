// Gets the database path ready before SQLite touches it: missing directories
// are created 0700, a missing file is created empty with 0600 (SQLite then
// gives its -wal and -shm files the main file's mode), and an existing path is
// checked to be a readable SQLite file, so a wrong path fails with a clear
// message and without a single byte written.
import {
  accessSync,
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  mkdirSync,
  openSync,
  readSync,
  statSync,
  type Stats,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { StoreError } from "../errors.js";

const HEADER = Buffer.from("SQLite format 3\0", "latin1");
/** SQLite's file header is 100 bytes; a shorter non-empty file cannot be a database. */
const HEADER_SIZE = 100;

export interface DatabaseFile {
  /** Absolute path. */
  path: string;
  /** We created the file (it did not exist). */
  created: boolean;
}

export function prepareDatabaseFile(rawPath: string, log: (line: string) => void): DatabaseFile {
  if (typeof rawPath !== "string" || rawPath.trim() === "") {
    throw new StoreError("invalid_config", "storage.sqlite.path is empty", { backend: "sqlite" });
  }
  const path = resolve(rawPath);
  ensureDirectory(dirname(path));
  const stats = statOrNull(path);
  if (!stats) {
    if (createEmptyFile(path)) return { path, created: true };
    // Someone created it between our stat and open: check what they made.
    checkExisting(path, statSync(path), log);
    return { path, created: false };
  }
  checkExisting(path, stats, log);
  return { path, created: false };
}

/** Creates each missing ancestor with 0700. Directories that already exist are never chmod-ed. */
function ensureDirectory(dir: string): void {
  const missing: string[] = [];
  let current = dir;
  for (;;) {
    const stats = statOrNull(current);
    if (stats) {
      if (!stats.isDirectory()) {
        throw new StoreError(
          "invalid_config",
          `cannot create the SQLite database under ${dir}: ${current} is not a directory`,
          {
            backend: "sqlite",
          },
        );
      }
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d, { mode: 0o700 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EEXIST" && statOrNull(d)?.isDirectory()) continue;
      throw new StoreError("invalid_config", `cannot create directory ${d} for the SQLite database: ${errnoOf(err)}`, {
        cause: err,
        backend: "sqlite",
      });
    }
    // mkdir's mode is filtered by the umask; this directory is ours, so make it exact.
    chmodSync(d, 0o700);
  }
}

/** True when we created it; false when it appeared meanwhile. */
function createEmptyFile(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, "wx", 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new StoreError("invalid_config", `cannot create SQLite database ${path}: ${errnoOf(err)}`, {
      cause: err,
      backend: "sqlite",
    });
  }
  try {
    fchmodSync(fd, 0o600); // the umask may have removed bits; never added any, but be exact
  } finally {
    closeSync(fd);
  }
  return true;
}

function checkExisting(path: string, stats: Stats, log: (line: string) => void): void {
  if (stats.isDirectory()) {
    throw new StoreError("invalid_config", `SQLite database path ${path} is a directory, not a file`, {
      backend: "sqlite",
    });
  }
  if (!stats.isFile()) {
    throw new StoreError("invalid_config", `SQLite database path ${path} is not a regular file`, { backend: "sqlite" });
  }
  try {
    accessSync(path, constants.R_OK | constants.W_OK);
  } catch (err) {
    throw new StoreError(
      "invalid_config",
      `cannot open SQLite database ${path} for reading and writing: ${errnoOf(err)}`,
      {
        cause: err,
        backend: "sqlite",
      },
    );
  }
  if (stats.size > 0) checkHeader(path, stats.size);
  if ((stats.mode & 0o077) !== 0) {
    // Not ours to change silently (an operator may share it on purpose), but worth saying.
    log(
      `[store:sqlite] ${path} is accessible by group or others (mode ${(stats.mode & 0o777).toString(8)}); 0600 is recommended`,
    );
  }
}

function checkHeader(path: string, size: number): void {
  const header = Buffer.alloc(HEADER_SIZE);
  let read: number;
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (err) {
    throw new StoreError("invalid_config", `cannot read SQLite database ${path}: ${errnoOf(err)}`, {
      cause: err,
      backend: "sqlite",
    });
  }
  try {
    read = readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    closeSync(fd);
  }
  if (size < HEADER_SIZE || read < HEADER_SIZE || !header.subarray(0, HEADER.length).equals(HEADER)) {
    throw new StoreError(
      "corrupt",
      `${path} is not a SQLite database (unrecognised file header); the file was left untouched`,
      {
        backend: "sqlite",
      },
    );
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "ENOTDIR") {
      throw new StoreError(
        "invalid_config",
        `SQLite database path ${path} goes through a file that is not a directory`,
        {
          cause: err,
          backend: "sqlite",
        },
      );
    }
    throw new StoreError("invalid_config", `cannot inspect SQLite database path ${path}: ${code ?? "error"}`, {
      cause: err,
      backend: "sqlite",
    });
  }
}

/** Codes an operator may not recognise, spelled out. */
const ERRNO_TEXT: Record<string, string> = {
  EROFS: "read-only file system (EROFS)",
  ENOSPC: "no space left on device (ENOSPC)",
};

function errnoOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code ?? "error";
  return ERRNO_TEXT[code] ?? code;
}

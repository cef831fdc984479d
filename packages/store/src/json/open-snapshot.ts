// Opening the snapshot file: check the path, take the lock, clear temp files a
// crash left, load. The order matters: nothing is read before the lock is
// held, and a failed load releases the lock (and never writes the file).
import { realpath } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { StoreError } from "../errors.js";
import { MemoryState } from "../memory/memory-state.js";
import { acquireFileLock, type LockOptions, type ReleaseLock } from "./file-lock.js";
import { decodeSnapshot } from "./snapshot-decode.js";
import { checkSnapshotPath, ensureDirectory, readSnapshotFile, removeStaleTempFiles } from "./snapshot-file.js";

export interface OpenedSnapshot {
  /** Absolute, with the directory's symlinks resolved. */
  path: string;
  state: MemoryState;
  /** The file existed. */
  onDisk: boolean;
  release: ReleaseLock;
}

export async function openSnapshot(
  rawPath: string,
  log: (line: string) => void,
  lock: LockOptions,
): Promise<OpenedSnapshot> {
  if (typeof rawPath !== "string" || !rawPath.trim()) {
    throw new StoreError("invalid_config", "storage.json.path is required for json storage", { backend: "json" });
  }
  const absolute = resolve(rawPath.trim());
  await ensureDirectory(dirname(absolute));
  await checkSnapshotPath(absolute);
  // Lock the canonical path, so two spellings of one file (relative, through a symlinked directory) share one lock.
  const path = join(await realpath(dirname(absolute)), basename(absolute));
  const release = await acquireFileLock(path, lock);
  try {
    const removed = await removeStaleTempFiles(path);
    if (removed > 0) log(`[store:json] removed ${removed} temp file(s) left by an interrupted write next to "${path}"`);
    const text = await readSnapshotFile(path);
    const state = text === null ? new MemoryState("json") : decodeSnapshot(text, path, log);
    return { path, state, onDisk: text !== null, release };
  } catch (err) {
    await release();
    throw err;
  }
}

// File operations of the JSON store: reading the snapshot, and replacing it
// durably.
//
// Replacing: write a temp file with a unique name (O_EXCL, mode 0600) in the
// target's directory, fsync it, rename it over the target, fsync the
// directory. A crash at any point leaves either the old or the new complete
// file; the directory fsync makes the rename itself survive power loss.
// A leftover temp file from a crash is only garbage, removed at the next open.
import { randomBytes } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { StoreError } from "../errors.js";

const WRITE_BATCH_CHARS = 1 << 20;

/** Creates missing directories with 0700; an existing directory is never touched. */
export async function ensureDirectory(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (err) {
    throw new StoreError("invalid_config", `cannot create the directory of Moltnet store "${dir}": ${describe(err)}`, {
      backend: "json",
      cause: err,
    });
  }
}

/** The file's text, or null when it does not exist yet. */
export async function readSnapshotFile(path: string): Promise<string | null> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw invalid(path, "it is a directory; storage.json.path must name a file");
    if (!info.isFile()) throw invalid(path, "it is not a regular file");
    return await readFile(path, "utf8");
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return null;
    if (code === "EACCES" || code === "EPERM" || code === "ENOTDIR" || code === "EISDIR")
      throw invalid(path, describe(err), err);
    throw new StoreError("internal", `cannot read Moltnet store "${path}": ${describe(err)}`, {
      backend: "json",
      cause: err,
    });
  }
}

/** Checks at open that the path can be a snapshot file (missing, or a regular file). */
export async function checkSnapshotPath(path: string): Promise<void> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw invalid(path, "it is a directory; storage.json.path must name a file");
    if (!info.isFile()) throw invalid(path, "it is not a regular file");
  } catch (err) {
    if (err instanceof StoreError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    throw invalid(path, describe(err), err);
  }
}

/** Replaces `path` with the concatenated chunks, durably (see the file comment). */
export async function writeFileDurably(path: string, chunks: readonly string[]): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(6).toString("hex")}.tmp`;
  let handle: FileHandle | null = null;
  try {
    handle = await open(tmp, "wx", 0o600);
    await writeChunks(handle, chunks);
    await handle.sync();
    await handle.close();
    handle = null;
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => {});
    await rm(tmp, { force: true }).catch(() => {});
    throw err;
  }
  await syncDirectory(dirname(path));
}

/** Removes temp files a crashed writer left next to `path` (call while holding the lock). */
export async function removeStaleTempFiles(path: string): Promise<number> {
  const dir = dirname(path);
  const prefix = `${basename(path)}.`;
  const pattern = /^\d+-[0-9a-f]{12}\.tmp$/;
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    if (!name.startsWith(prefix) || !pattern.test(name.slice(prefix.length))) continue;
    await rm(join(dir, name), { force: true }).catch(() => {});
    removed++;
  }
  return removed;
}

async function writeChunks(handle: FileHandle, chunks: readonly string[]): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  const flush = async (): Promise<void> => {
    if (size === 0) return;
    const buffer = Buffer.from(batch.join(""), "utf8");
    batch = [];
    size = 0;
    let offset = 0;
    while (offset < buffer.length) {
      const { bytesWritten } = await handle.write(buffer, offset, buffer.length - offset);
      offset += bytesWritten;
    }
  };
  for (const chunk of chunks) {
    batch.push(chunk);
    size += chunk.length;
    if (size >= WRITE_BATCH_CHARS) await flush();
  }
  await flush();
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

function invalid(path: string, why: string, cause?: unknown): StoreError {
  return new StoreError("invalid_config", `cannot use "${path}" as the Moltnet store: ${why}`, {
    backend: "json",
    cause,
  });
}

function describe(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message}` : String(e?.message ?? err);
}

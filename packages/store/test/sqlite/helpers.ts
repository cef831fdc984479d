// Shared setup for the SQLite adapter tests: real database files in fresh
// temp directories, removed after each test.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { openSqliteStore, type SqliteStore } from "../../src/sqlite/sqlite-store.js";

const dirs: string[] = [];
const stores: SqliteStore[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => {});
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh temp directory, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "moltnet-sqlite-"));
  dirs.push(dir);
  return dir;
}

export interface Opened {
  store: SqliteStore;
  path: string;
  logs: string[];
}

/** Opens a store (closed after the test) and collects its log lines. */
export async function openAt(path: string, extra: { synchronous?: "OFF" | "NORMAL" | "FULL" } = {}): Promise<Opened> {
  const logs: string[] = [];
  const store = await openSqliteStore({ kind: "sqlite", path, ...extra }, { log: (line) => logs.push(line) });
  stores.push(store);
  return { store, path, logs };
}

/** A store over a new database file in a new directory. */
export async function openFresh(): Promise<Opened> {
  return openAt(join(tempDir(), "data", "moltnet.db"));
}

/** Permission bits of a path, e.g. 0o600. */
export function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

export function octal(mode: number): string {
  return mode.toString(8).padStart(4, "0");
}

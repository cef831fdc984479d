// Temp directories and small helpers for the JSON store tests.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach } from "vitest";
import { JsonStore, type JsonStoreOptions } from "../../src/json/json-store.js";

const dirs: string[] = [];
const stores: JsonStore[] = [];

afterEach(async () => {
  for (const store of stores.splice(0)) await store.close().catch(() => {});
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** A fresh directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "moltnet-json-"));
  dirs.push(dir);
  return dir;
}

/** Opens a JSON store that is closed after the test (if the test did not). */
export async function openJson(path: string, options: JsonStoreOptions = {}): Promise<JsonStore> {
  const store = await JsonStore.open(path, options);
  stores.push(store);
  return store;
}

export const W = { limit: 100 } as const;

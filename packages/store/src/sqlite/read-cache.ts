// Rooms and agent registrations as last read, for the lookups every message
// POST makes (its room, its sender's registration). A hit skips two or three
// statements and their row mapping (about a seventh of a POST's CPU, profiled).
//
// Valid only while nothing can have changed them: every write through this
// store clears it, and SQLite's data_version, which moves whenever another
// connection commits to the file (another process, a `moltnet` command), is
// compared on each read. Values are frozen: every reader shares them.
import type Database from "better-sqlite3";
import { deepFreeze } from "../freeze.js";

/** Keys held per cache before it starts over (ids are short; this bounds a client asking for many unknown rooms). */
const MAX_ENTRIES = 4096;

export class ReadCache<V extends object> {
  readonly #entries = new Map<string, V | null>();
  #version: unknown = undefined;

  constructor(private readonly dataVersion: () => unknown) {}

  read(key: string, load: () => V | null): V | null {
    const version = this.dataVersion();
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    const known = this.#entries.get(key);
    if (known !== undefined) return known;
    const value = load();
    if (this.#entries.size >= MAX_ENTRIES) this.#entries.clear();
    this.#entries.set(key, value === null ? null : deepFreeze(value));
    return this.#entries.get(key)!;
  }

  clear(): void {
    this.#entries.clear();
  }
}

/** `PRAGMA data_version` on `client`, prepared once (pragma() prepares a statement per call). */
export function dataVersionOf(client: Database.Database): () => unknown {
  const statement = client.prepare("PRAGMA data_version").pluck();
  return () => statement.get();
}

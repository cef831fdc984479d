// Reads drizzle-kit's output for one dialect at runtime: meta/_journal.json and
// one NNNN_tag.sql per entry, statements separated by `--> statement-breakpoint`.
// The schema package says where drizzle-kit writes them (migrationsFolder).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { migrationsFolder, type Dialect } from "@moltnet/schema";
import { StoreError } from "../errors.js";

export type { Dialect };

export interface JournalMigration {
  /** drizzle's `idx` (0 for the baseline). */
  idx: number;
  /** drizzle's tag, e.g. `0001_fixed_width_times`. */
  tag: string;
  /** Executable statements, in order; comment-only chunks are dropped. */
  statements: string[];
}

const BREAKPOINT = "--> statement-breakpoint";

const cache = new Map<string, JournalMigration[]>();

/** The dialect's journal, ordered by idx. Cached per directory: the files are part of the build. */
export function readJournal(dialect: Dialect, dir: string = migrationsFolder(dialect)): JournalMigration[] {
  const hit = cache.get(dir);
  if (hit) return hit;
  const entries = parseJournal(readText(join(dir, "meta", "_journal.json")), dir);
  const migrations = entries.map(({ idx, tag }) => ({
    idx,
    tag,
    statements: splitStatements(readText(join(dir, `${tag}.sql`))),
  }));
  cache.set(dir, migrations);
  return migrations;
}

function parseJournal(text: string, dir: string): { idx: number; tag: string }[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw broken(`${dir}/meta/_journal.json is not JSON`, cause);
  }
  const entries = (data as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) throw broken(`${dir}/meta/_journal.json has no entries`);
  const out = entries.map((e: unknown) => {
    const { idx, tag } = (e ?? {}) as { idx?: unknown; tag?: unknown };
    if (typeof idx !== "number" || typeof tag !== "string" || !/^\d{4}_[A-Za-z0-9_]+$/.test(tag)) {
      throw broken(`${dir}/meta/_journal.json has a malformed entry ${JSON.stringify(e)}`);
    }
    return { idx, tag };
  });
  out.sort((a, b) => a.idx - b.idx);
  // Versions are derived from idx, so a gap would silently renumber everything after it.
  out.forEach((e, i) => {
    if (e.idx !== i) throw broken(`${dir}/meta/_journal.json skips idx ${i}`);
  });
  return out;
}

/** Splits a drizzle migration file; chunks holding only comments or whitespace are not statements. */
export function splitStatements(text: string): string[] {
  return text
    .split(BREAKPOINT)
    .map((chunk) => chunk.trim())
    .filter((chunk) => stripComments(chunk).trim() !== "");
}

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
}

function readText(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (cause) {
    throw broken(`cannot read ${path}`, cause);
  }
}

function broken(message: string, cause?: unknown): StoreError {
  return new StoreError("internal", `migration files are broken: ${message}`, { cause, backend: "migrate" });
}

// Shared by db-generate.mjs and db-check.mjs: where the migrations live, how to
// run drizzle-kit for one dialect, and the checksum manifest.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const DRIZZLE = join(ROOT, "drizzle");
export const SCHEMA_PKG = join(ROOT, "packages", "schema");
export const MANIFEST = join(DRIZZLE, "checksums.json");
export const DIALECTS = /** @type {const} */ (["sqlite", "postgres"]);

// drizzle-kit is a devDependency of packages/schema (pnpm links it there).
const drizzleKit = join(SCHEMA_PKG, "node_modules", "drizzle-kit", "bin.cjs");

/** Runs `drizzle-kit generate` for one dialect; never throws, returns its combined output. */
export function generate(dialect, args) {
  const res = spawnSync(
    process.execPath,
    [drizzleKit, "generate", "--config", `drizzle.${dialect}.config.ts`, ...args],
    {
      cwd: SCHEMA_PKG,
      encoding: "utf8",
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const output = `${res.stdout ?? ""}${res.stderr ?? ""}${res.error ? String(res.error) : ""}`;
  return {
    status: res.status ?? 1,
    output,
    // drizzle-kit exits 0 even when it refuses (an ambiguous rename with no TTY), so read what it printed.
    unchanged: /No schema changes/.test(output),
    wrote: /Your SQL migration file/.test(output),
  };
}

export function journalEntries(dialect) {
  const path = join(DRIZZLE, dialect, "meta", "_journal.json");
  if (!existsSync(path)) return [];
  return JSON.parse(readFileSync(path, "utf8")).entries ?? [];
}

export const journalTags = (dialect) => journalEntries(dialect).map((e) => e.tag);

/** Explains how the two dialects' histories differ, or returns null when they line up. */
export function compareHistories() {
  const [a, b] = DIALECTS.map(journalTags);
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i]) {
      return `migration ${i} differs between dialects: sqlite has ${a[i] ?? "nothing"}, postgres has ${b[i] ?? "nothing"}`;
    }
  }
  return null;
}

/**
 * Everything drizzle-kit generated, as manifest keys: the SQL and snapshot files,
 * and one key per journal entry (the journal itself grows, its entries must not change).
 */
export function currentChecksums() {
  const sums = {};
  for (const dialect of DIALECTS) {
    const dir = join(DRIZZLE, dialect);
    if (!existsSync(dir)) continue;
    for (const file of walk(dir)) {
      const key = relative(DRIZZLE, file).split("\\").join("/");
      if (key.endsWith("/_journal.json")) continue;
      sums[key] = sha256(readFileSync(file));
    }
    for (const entry of journalEntries(dialect)) {
      sums[`${dialect}/meta/_journal.json#${entry.tag}`] = sha256(JSON.stringify(entry));
    }
  }
  return sums;
}

export function readManifest() {
  if (!existsSync(MANIFEST)) return {};
  return JSON.parse(readFileSync(MANIFEST, "utf8")).files ?? {};
}

export function writeManifest(files) {
  const sorted = Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const doc = {
    "//": "sha256 of every generated migration file. Written by `pnpm db:generate`, verified by `pnpm db:check`. Never edit an applied migration: add a new one.",
    files: sorted,
  };
  writeFileSync(MANIFEST, `${JSON.stringify(doc, null, 2)}\n`);
}

/** True when the manifest key's file exists in the last commit (so it may have been applied somewhere). */
export function isCommitted(key) {
  const path = `drizzle/${key.split("#")[0]}`;
  if (key.includes("#")) {
    // A journal entry is committed when the committed journal already lists its tag.
    const show = git(["show", `HEAD:${path}`]);
    if (show.status !== 0) return false;
    const tag = key.split("#")[1];
    return (JSON.parse(show.stdout).entries ?? []).some((e) => e.tag === tag);
  }
  return git(["cat-file", "-e", `HEAD:${path}`]).status === 0;
}

export function git(args) {
  const res = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return { status: res.status ?? 1, stdout: res.stdout ?? "", stderr: res.stderr ?? "" };
}

function* walk(dir) {
  for (const ent of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, ent.name);
    if (ent.isDirectory()) yield* walk(p);
    else if (ent.name.endsWith(".sql") || ent.name.endsWith(".json")) yield p;
  }
}

function sha256(data) {
  return createHash("sha256").update(data).digest("hex");
}

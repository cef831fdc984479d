#!/usr/bin/env node
// pnpm db:check: the migration gate (CI and before committing). Fails when
//  - packages/schema/src/sqlite.ts or postgres.ts is not what tables.ts generates
//    (edited by hand, or tables.ts changed without pnpm db:generate);
//  - the sqlite and postgres histories do not line up (same tags, same order);
//  - a migration file differs from drizzle/checksums.json (an applied migration
//    was edited, or a file was added without pnpm db:generate);
//  - drizzle-kit generate, for either dialect, does not report "No schema changes"
//    (the tables changed without a migration, or generate needs a human);
//  - drizzle/ differs from the committed tree afterwards (new files included).
// Anything the probe generate writes is removed again before exiting.
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  DIALECTS,
  DRIZZLE,
  compareHistories,
  currentChecksums,
  generate,
  git,
  readManifest,
} from "./lib/migrations.mjs";
import { staleDialectModules } from "./lib/dialect-modules.mjs";

const problems = [];

try {
  for (const path of staleDialectModules()) {
    problems.push(
      `${path} is stale: it is generated from packages/schema/src/tables.ts; never edit it, run pnpm db:generate`,
    );
  }
} catch (err) {
  problems.push(err.message);
}

const misaligned = compareHistories();
if (misaligned) problems.push(`histories differ: ${misaligned}`);

const manifest = readManifest();
const sums = currentChecksums();
for (const [key, sum] of Object.entries(sums)) {
  if (manifest[key] === undefined)
    problems.push(`drizzle/${key} is not in drizzle/checksums.json (generate migrations with pnpm db:generate)`);
  else if (manifest[key] !== sum) {
    problems.push(
      `drizzle/${key} was edited after it was recorded; never edit a migration, add a new one (pnpm db:generate --seal only for uncommitted ones)`,
    );
  }
}
for (const key of Object.keys(manifest))
  if (!(key in sums)) problems.push(`drizzle/${key} is recorded in drizzle/checksums.json but missing`);

const PROBE = "db_check_probe";
const saved = snapshot();
try {
  for (const dialect of DIALECTS) {
    const res = generate(dialect, ["--name", PROBE]);
    if (res.status !== 0 || !res.unchanged) {
      const why = res.wrote
        ? "the schema in packages/schema/src differs from the migrations; run pnpm db:generate <name>"
        : "drizzle-kit did not finish (an ambiguous rename needs a terminal, or an error)";
      problems.push(
        `drizzle-kit generate (${dialect}) did not report "No schema changes": ${why}\n${indent(res.output)}`,
      );
    }
  }
  if (git(["rev-parse", "--is-inside-work-tree"]).status !== 0) {
    problems.push("not a git work tree; cannot compare drizzle/ with the committed migrations");
  } else {
    // Intent-to-add makes new, untracked files show up in git diff.
    git(["add", "-N", "--", "drizzle"]);
    const dirty = git(["diff", "--name-status", "HEAD", "--", "drizzle"]).stdout.trim();
    if (dirty)
      problems.push(
        `drizzle/ differs from the committed tree (commit generated migrations with the schema change):\n${indent(dirty)}`,
      );
  }
} finally {
  restore(saved);
}

if (problems.length) {
  console.error(`db:check failed:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  process.exit(1);
}
console.log(
  `db:check: ok (${DIALECTS.map((d) => `${d}: ${Object.keys(sums).filter((k) => k.startsWith(`${d}/`) && k.endsWith(".sql")).length} migrations`).join(", ")})`,
);

/** Which files exist and what each journal holds, so a probe generate can be undone exactly. */
function snapshot() {
  return DIALECTS.map((dialect) => {
    const dir = join(DRIZZLE, dialect);
    const journal = join(dir, "meta", "_journal.json");
    return { dir, files: new Set(list(dir)), journal, text: existsSync(journal) ? readFileSync(journal) : null };
  });
}

function restore(saved) {
  const probeFiles = [];
  for (const { dir, files, journal, text } of saved) {
    for (const file of list(dir)) {
      if (files.has(file)) continue;
      rmSync(file);
      probeFiles.push(file);
    }
    if (text) writeFileSync(journal, text);
    else if (existsSync(journal)) rmSync(journal);
  }
  // Drop the intent-to-add entries of the probe files only; anything staged stays staged.
  if (probeFiles.length) git(["rm", "-q", "--cached", "--ignore-unmatch", "--", ...probeFiles]);
}

function list(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? e.path, e.name));
}

function indent(text) {
  return text
    .trim()
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

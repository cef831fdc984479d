// Applies migrations to a SQLite database through better-sqlite3.
//
// Each step runs in its own BEGIN IMMEDIATE transaction together with its
// schema_migrations rows, and the plan is re-read inside that transaction, so
// two processes opening one file at once cannot apply a step twice.
//
// PRAGMA foreign_keys cannot change inside a transaction, so it is switched off
// around the whole run and restored afterwards: a step that rebuilds a table
// (drizzle's copy-drop-rename) must not cascade-delete rows of child tables.
// Such a step must then leave no new dangling references (foreign_key_check).
import type Database from "better-sqlite3";
import { StoreError, isStoreError } from "../errors.js";
import { parseTimestamp } from "../time.js";
import { SCHEMA_MIGRATIONS_DDL } from "./legacy.js";
import {
  appliedAtNow,
  describe,
  planFor,
  reasonOf,
  stepFailed,
  type MigrationPlan,
  type MigrationStep,
} from "./plan.js";
import { ANNOUNCE_ROWS, rowWork, statementLine, stepStartLine } from "./progress.js";
import type { MigrationRecord, MigrationReport, MigrationStatus } from "./types.js";

type Row = MigrationRecord & { applied_at: string };

const MIGRATION_BUSY_TIMEOUT_MS = 30_000;

export function migrateSqlite(
  db: Database.Database,
  log: (line: string) => void = () => {},
  folder?: string,
): MigrationReport {
  const plan = planFor("sqlite", folder);
  const applied: MigrationRecord[] = [];
  // Another process may be migrating the same file: wait for its write lock
  // instead of failing at once with SQLITE_BUSY. The caller's setting is restored.
  const busyTimeout = Number(db.pragma("busy_timeout", { simple: true }));
  if (busyTimeout < MIGRATION_BUSY_TIMEOUT_MS) db.pragma(`busy_timeout = ${MIGRATION_BUSY_TIMEOUT_MS}`);
  try {
    db.exec(SCHEMA_MIGRATIONS_DDL.sqlite);
    const rows = readRows(db);
    plan.check(rows);
    if (!plan.next(versionsOf(rows))) return { applied };

    const foreignKeys = db.pragma("foreign_keys", { simple: true }) === 1;
    if (foreignKeys) db.pragma("foreign_keys = OFF");
    try {
      for (;;) {
        const upcoming = plan.next(versionsOf(readRows(db)));
        if (upcoming) log(stepStartLine("sqlite", upcoming));
        const step = db.transaction(() => applyNext(db, plan, log)).immediate();
        if (!step) break;
        applied.push(...step.records);
        log(`migrate: sqlite applied ${describe(step.records)}`);
      }
    } finally {
      if (foreignKeys) db.pragma("foreign_keys = ON");
    }
    return { applied };
  } catch (err) {
    throw wrap(err, applied);
  } finally {
    if (busyTimeout < MIGRATION_BUSY_TIMEOUT_MS) db.pragma(`busy_timeout = ${busyTimeout}`);
  }
}

export function sqliteMigrationStatus(db: Database.Database): MigrationStatus {
  const plan = planFor("sqlite");
  const exists = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  const rows = exists ? readRows(db) : [];
  return {
    applied: rows.map((r) => ({
      version: r.version,
      name: r.name,
      applied_at: parseTimestamp(r.applied_at) ?? r.applied_at,
    })),
    pending: plan.pending(versionsOf(rows)),
  };
}

/** Runs inside the write transaction: re-plans from what is recorded now, applies one step. */
function applyNext(db: Database.Database, plan: MigrationPlan, log: (line: string) => void): MigrationStep | null {
  const rows = readRows(db);
  plan.check(rows);
  const step = plan.next(versionsOf(rows));
  if (!step) return null;
  // Only a step that drops a table can orphan rows while foreign keys are off;
  // the check scans whole tables, so other steps skip it.
  const rebuilds = step.statements.some((s) => /\bDROP\s+TABLE\b/i.test(s));
  const danglingBefore = rebuilds ? danglingCount(db) : 0;
  try {
    step.statements.forEach((statement, i) => {
      const work = rowWork(statement);
      if (work) {
        const rows = rowCount(db, work.table);
        if (rows >= ANNOUNCE_ROWS) log(statementLine("sqlite", step, i, work, rows));
      }
      db.exec(statement);
    });
  } catch (cause) {
    throw stepFailed("sqlite", step, cause);
  }
  const dangling = rebuilds ? danglingCount(db) - danglingBefore : 0;
  if (dangling > 0) {
    throw new StoreError(
      "internal",
      `sqlite migration ${describe(step.records)} would leave ${dangling} dangling foreign keys`,
      {
        backend: "migrate",
      },
    );
  }
  const insert = db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`);
  const now = appliedAtNow();
  const recorded = versionsOf(rows);
  for (const r of step.records) if (!recorded.has(r.version)) insert.run(r.version, r.name, now);
  return step;
}

function rowCount(db: Database.Database, table: string): number {
  try {
    return (db.prepare(`SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`).get() as { n: number }).n;
  } catch {
    return 0;
  }
}

function danglingCount(db: Database.Database): number {
  return (db.pragma("foreign_key_check") as unknown[]).length;
}

function readRows(db: Database.Database): Row[] {
  return db.prepare(`SELECT version, name, applied_at FROM schema_migrations ORDER BY version`).all() as Row[];
}

function versionsOf(rows: readonly MigrationRecord[]): Set<number> {
  return new Set(rows.map((r) => r.version));
}

function wrap(err: unknown, applied: readonly MigrationRecord[]): StoreError {
  if (isStoreError(err)) return err;
  const done = applied.length ? `after applying ${describe(applied)}` : "before applying anything";
  return new StoreError("internal", `sqlite migration failed ${done}: ${reasonOf(err)}`, {
    cause: err,
    backend: "migrate",
  });
}

// Applies migrations to Postgres through postgres.js.
//
// Several servers may boot against one database at once. Each step runs in its
// own transaction that first takes a transaction-scoped advisory lock (the
// reference's lock id, so a reference server booting beside us waits too), then
// re-reads schema_migrations and re-plans: whoever gets the lock second finds the
// step recorded and moves on, so every step is applied exactly once.
import type { Sql, TransactionSql } from "postgres";
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

/** The reference server's migration lock (sql_migrate.go). */
export const POSTGRES_MIGRATION_LOCK_ID = 715308742994555159n;

type Row = MigrationRecord & { applied_at: string };
type Queryable = Sql | TransactionSql;

export async function migratePostgres(
  sql: Sql,
  log: (line: string) => void = () => {},
  folder?: string,
): Promise<MigrationReport> {
  const plan = planFor("postgres", folder);
  const applied: MigrationRecord[] = [];
  try {
    await ensureTable(sql);
    const rows = await readRows(sql);
    plan.check(rows);
    if (!plan.next(versionsOf(rows))) return { applied };
    for (;;) {
      const upcoming = plan.next(versionsOf(await readRows(sql)));
      if (upcoming) log(stepStartLine("postgres", upcoming));
      const step = await sql.begin(async (tx) => applyNext(tx, plan, log));
      if (!step) break;
      applied.push(...step.records);
      log(`migrate: postgres applied ${describe(step.records)}`);
    }
    return { applied };
  } catch (err) {
    if (isStoreError(err)) throw err;
    const done = applied.length ? `after applying ${describe(applied)}` : "before applying anything";
    throw new StoreError(
      unreachable(err) ? "unavailable" : "internal",
      `postgres migration failed ${done}: ${reasonOf(err)}`,
      {
        cause: err,
        backend: "migrate",
      },
    );
  }
}

export async function postgresMigrationStatus(sql: Sql): Promise<MigrationStatus> {
  const plan = planFor("postgres");
  const [exists] = await sql<{ found: boolean }[]>`SELECT to_regclass('schema_migrations') IS NOT NULL AS found`;
  const rows = exists?.found ? await readRows(sql) : [];
  return {
    applied: rows.map((r) => ({
      version: r.version,
      name: r.name,
      applied_at: parseTimestamp(r.applied_at) ?? r.applied_at,
    })),
    pending: plan.pending(versionsOf(rows)),
  };
}

/**
 * CREATE TABLE IF NOT EXISTS is not safe against itself: two sessions racing
 * can both pass the existence check and one fails on pg_type's unique index.
 * Creating it under the migration lock avoids that.
 */
async function ensureTable(sql: Sql): Promise<void> {
  const [exists] = await sql<{ found: boolean }[]>`SELECT to_regclass('schema_migrations') IS NOT NULL AS found`;
  if (exists?.found) return;
  await sql.begin(async (tx) => {
    await tx.unsafe("SET LOCAL statement_timeout = 0");
    await lock(tx);
    await tx.unsafe(SCHEMA_MIGRATIONS_DDL.postgres);
  });
}

async function applyNext(
  tx: TransactionSql,
  plan: MigrationPlan,
  log: (line: string) => void,
): Promise<MigrationStep | null> {
  // The pool's statement_timeout is for requests; a migration (an index
  // build on a big table) may rightly take longer, and waits for the lock.
  await tx.unsafe("SET LOCAL statement_timeout = 0");
  await lock(tx);
  const rows = await readRows(tx);
  plan.check(rows);
  const step = plan.next(versionsOf(rows));
  if (!step) return null;
  try {
    for (const [i, statement] of step.statements.entries()) {
      const work = rowWork(statement);
      if (work) {
        const [row] = await tx.unsafe<{ n: string }[]>(
          `SELECT count(*)::text AS n FROM "${work.table.replaceAll('"', '""')}"`,
        );
        const rows = Number(row?.n ?? 0);
        if (rows >= ANNOUNCE_ROWS) log(statementLine("postgres", step, i, work, rows));
      }
      await tx.unsafe(statement);
    }
  } catch (cause) {
    throw stepFailed("postgres", step, cause);
  }
  const recorded = versionsOf(rows);
  const now = appliedAtNow();
  for (const r of step.records) {
    if (recorded.has(r.version)) continue;
    await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${r.version}, ${r.name}, ${now})`;
  }
  return step;
}

async function lock(tx: TransactionSql): Promise<void> {
  // IF NOT EXISTS statements in the reference's steps would otherwise print notices.
  await tx`SET LOCAL client_min_messages = warning`;
  await tx`SELECT pg_advisory_xact_lock(${POSTGRES_MIGRATION_LOCK_ID.toString()}::bigint)`;
}

async function readRows(sql: Queryable): Promise<Row[]> {
  // applied_at as text: the session's TimeZone decides the offset, parseTimestamp normalizes it to UTC.
  return sql<Row[]>`SELECT version, name, applied_at::text AS applied_at FROM schema_migrations ORDER BY version`;
}

function versionsOf(rows: readonly MigrationRecord[]): Set<number> {
  return new Set(rows.map((r) => r.version));
}

const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ENOTFOUND",
  "ETIMEDOUT",
  "EAI_AGAIN",
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "57P03",
]);

function unreachable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === "string" && UNREACHABLE_CODES.has(code);
}

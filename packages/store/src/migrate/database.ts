// `migrate(config)` and `migrationStatus(config)`: the store's whole migration
// story for a configured database, so a caller (the `moltnet migrate` command)
// needs no driver of its own. Applying goes through the same open path as a
// booting server, so the two can never migrate differently; reading the status
// changes nothing, and never creates a missing SQLite file.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { StoreError, isStoreError } from "../errors.js";
import type { StoreConfig } from "../open.js";
import { connect, scrub } from "../postgres/connection.js";
import { reasonOf } from "../postgres/errors.js";
import { openPostgresStore } from "../postgres/postgres-store.js";
import { openSqliteStore } from "../sqlite/sqlite-store.js";
import { planFor } from "./plan.js";
import { postgresMigrationStatus } from "./postgres.js";
import { sqliteMigrationStatus } from "./sqlite.js";
import type { MigrationRecord, MigrationReport, MigrationStatus } from "./types.js";

/** The backends that have migrations; memory and JSON have none. */
export type SqlStoreConfig = Extract<StoreConfig, { kind: "sqlite" | "postgres" }>;

export interface DatabaseMigrationStatus extends MigrationStatus {
  /** False for a SQLite file that does not exist yet (then nothing is applied and everything is pending). */
  exists: boolean;
  /** Every version this build can apply, in order. */
  known: MigrationRecord[];
  /** Recorded versions this build does not know: a newer build migrated the database, and this one refuses to open it. */
  unknown: (MigrationRecord & { applied_at: string })[];
}

export interface MigrateOptions {
  /** One line per applied step. Never receives secrets. */
  log?: (line: string) => void;
}

/** Applies every pending migration, then closes the database; the report lists what was applied (empty when current). */
export async function migrate(config: SqlStoreConfig, options: MigrateOptions = {}): Promise<MigrationReport> {
  let report: MigrationReport = { applied: [] };
  const onMigrated = (r: MigrationReport) => {
    report = r;
  };
  const store =
    config.kind === "sqlite"
      ? await openSqliteStore(config, { log: options.log, onMigrated })
      : await openPostgresStore(config, { log: options.log, onMigrated });
  await store.close();
  return report;
}

/** What the database records and what this build would still apply; reads only. */
export async function migrationStatus(config: SqlStoreConfig): Promise<DatabaseMigrationStatus> {
  const known = planFor(config.kind).known;
  const status = config.kind === "sqlite" ? sqliteStatus(resolve(config.path)) : await postgresStatus(config.dsn);
  if (!status) return { exists: false, applied: [], pending: known, known, unknown: [] };
  const versions = new Set(known.map((m) => m.version));
  return { exists: true, ...status, known, unknown: status.applied.filter((m) => !versions.has(m.version)) };
}

/** Null when the file does not exist: status never creates it. */
function sqliteStatus(path: string): MigrationStatus | null {
  if (!existsSync(path)) return null;
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: true });
  } catch (err) {
    throw new StoreError("invalid_config", `cannot open ${path}: ${messageOf(err)}`, { cause: err, backend: "sqlite" });
  }
  try {
    db.pragma("busy_timeout = 5000");
    return sqliteMigrationStatus(db);
  } catch (err) {
    throw new StoreError("internal", `cannot read ${path}: ${messageOf(err)}`, { cause: err, backend: "sqlite" });
  } finally {
    db.close();
  }
}

/** Short reasons for the failures an operator can fix, instead of the driver's wording. */
const POSTGRES_REASONS: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "timed out",
  CONNECT_TIMEOUT: "timed out",
  "28P01": "password authentication failed",
  "28000": "authentication rejected",
  "3D000": "the database does not exist",
};

async function postgresStatus(dsn: string): Promise<MigrationStatus> {
  const connection = connect({ kind: "postgres", dsn, maxConnections: 1 });
  try {
    return await postgresMigrationStatus(connection.sql);
  } catch (err) {
    if (isStoreError(err)) throw err;
    const code = (err as { code?: unknown }).code;
    const reason =
      typeof code === "string" && POSTGRES_REASONS[code] ? POSTGRES_REASONS[code] : scrub(reasonOf(err), dsn);
    throw new StoreError("unavailable", `cannot read migration status from ${connection.target}: ${reason}`, {
      cause: err,
      backend: "postgres",
    });
  } finally {
    await connection.sql.end({ timeout: 5 }).catch(() => {});
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

// `moltnet migrate` and `moltnet migrate --status`.
//
// Applying goes through openStore, the same path the server takes on start,
// so the command can never migrate differently from a booting server.
// --status only reads: it opens the database directly and never creates a
// missing SQLite file.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import {
  openStore,
  postgresMigrationStatus,
  sqliteMigrationStatus,
  type MigrationStatus,
  type StoreConfig,
} from "@moltnet/store";
import { messageOf } from "./boot.js";
import { ConfigError, createRedactor, loadConfig, postgresTarget, storeConfigIn, type Env, type ServerConfig } from "./config/index.js";

export interface CommandContext {
  env: Env;
  cwd: string;
  version: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

type SqlStorage = Extract<StoreConfig, { kind: "sqlite" | "postgres" }>;

export async function runMigrate(ctx: CommandContext): Promise<number> {
  const config = await load(ctx, "migrate");
  if (!config) return 1;
  const redact = createRedactor(config.secrets);
  if (!isSql(config.storage)) return noMigrations(ctx, config.storage.kind);
  const storage = config.storage;
  ctx.out(`migrate: ${storage.kind} ${targetOf(storage)}\n`);
  let applied = 0;
  try {
    const store = await openStore(storeConfigIn(storage, ctx.cwd), {
      log: (line) => {
        if (/\bapplied\b/.test(line)) applied++;
        ctx.out(`${redact(line)}\n`);
      },
    });
    await store.close();
  } catch (err) {
    ctx.err(`moltnet: cannot migrate: ${redact(messageOf(err))}\n`);
    return 1;
  }
  ctx.out(applied === 0 ? `migrate: ${storage.kind} database is up to date; nothing to apply\n` : `migrate: done\n`);
  return 0;
}

export async function runMigrateStatus(ctx: CommandContext): Promise<number> {
  const config = await load(ctx, "read migration status");
  if (!config) return 1;
  const redact = createRedactor(config.secrets);
  if (!isSql(config.storage)) return noMigrations(ctx, config.storage.kind);
  const storage = config.storage;
  let status: MigrationStatus | null;
  try {
    status = storage.kind === "sqlite" ? sqliteStatus(resolve(ctx.cwd, storage.path)) : await postgresStatus(storage.dsn);
  } catch (err) {
    ctx.err(`moltnet: cannot read migration status: ${redact(messageOf(err))}\n`);
    return 1;
  }
  ctx.out(`${storage.kind} ${targetOf(storage)}\n`);
  if (!status) {
    ctx.out(`the database does not exist yet; it is created and migrated on start or by "moltnet migrate"\n`);
    status = sqliteStatus(":memory:")!;
  }
  ctx.out(renderStatus(status, knownVersions()));
  return 0;
}

async function load(ctx: CommandContext, what: string): Promise<ServerConfig | null> {
  try {
    return await loadConfig({ env: ctx.env, cwd: ctx.cwd, version: ctx.version });
  } catch (err) {
    const secrets = err instanceof ConfigError ? err.secrets : [];
    ctx.err(`moltnet: cannot ${what}: ${createRedactor(secrets)(messageOf(err))}\n`);
    return null;
  }
}

function isSql(storage: StoreConfig): storage is SqlStorage {
  return storage.kind === "sqlite" || storage.kind === "postgres";
}

function noMigrations(ctx: CommandContext, kind: string): number {
  ctx.out(`migrate: ${kind} storage has no migrations; nothing to do\n`);
  return 0;
}

function targetOf(storage: SqlStorage): string {
  return storage.kind === "sqlite" ? storage.path : postgresTarget(storage.dsn);
}

/** Null when the file does not exist (status never creates it). */
function sqliteStatus(path: string): MigrationStatus | null {
  if (path !== ":memory:" && !existsSync(path)) return null;
  let db: Database.Database;
  try {
    db = new Database(path, { fileMustExist: path !== ":memory:" });
  } catch (err) {
    throw new Error(`[store:sqlite] cannot open ${path}: ${messageOf(err)}`, { cause: err });
  }
  try {
    db.pragma("busy_timeout = 5000");
    return sqliteMigrationStatus(db);
  } catch (err) {
    throw new Error(`[store:sqlite] cannot read ${path}: ${messageOf(err)}`, { cause: err });
  } finally {
    db.close();
  }
}

const PG_REASONS: Record<string, string> = {
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
  const target = postgresTarget(dsn);
  let sql: postgres.Sql;
  try {
    sql = postgres(dsn, { max: 1, connect_timeout: 5, onnotice: () => {}, connection: { application_name: "moltnet-migrate-status" } });
  } catch (err) {
    // The driver's parse errors may echo the DSN; say nothing of it.
    throw new Error("[store:postgres] storage.postgres.dsn is not a valid postgres:// URL", { cause: err });
  }
  try {
    return await postgresMigrationStatus(sql);
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const reason = typeof code === "string" && PG_REASONS[code] ? PG_REASONS[code] : messageOf(err);
    throw new Error(`[store:postgres] cannot read migration status from ${target}: ${reason}`, { cause: err });
  } finally {
    await sql.end({ timeout: 5 }).catch(() => {});
  }
}

/**
 * Versions this build can apply. Both dialects' histories are generated in
 * lockstep (same versions, same names), so an empty in-memory SQLite database
 * lists them without touching the configured one.
 */
function knownVersions(): Set<number> {
  return new Set(sqliteStatus(":memory:")!.pending.map((m) => m.version));
}

export function renderStatus(status: MigrationStatus, known: ReadonlySet<number>): string {
  const lines: string[] = [];
  const width = Math.max(4, ...[...status.applied, ...status.pending].map((m) => m.name.length));
  const unknown = status.applied.filter((m) => !known.has(m.version));
  lines.push(`applied (${status.applied.length}):`);
  if (status.applied.length === 0) lines.push("  (none)");
  for (const m of status.applied) {
    const note = known.has(m.version) ? "" : "  (unknown to this build)";
    lines.push(`  ${String(m.version).padStart(4)}  ${m.name.padEnd(width)}  ${m.applied_at}${note}`);
  }
  lines.push(`pending (${status.pending.length}):`);
  if (status.pending.length === 0) lines.push("  (none)");
  for (const m of status.pending) lines.push(`  ${String(m.version).padStart(4)}  ${m.name}`);
  if (unknown.length > 0) {
    lines.push(
      `the database was migrated by a newer build (version ${unknown.map((m) => m.version).join(", ")}); this build refuses to start on it`,
    );
  } else {
    lines.push(status.pending.length === 0 ? "up to date" : `${status.pending.length} pending; run "moltnet migrate" or start the server to apply them`);
  }
  return `${lines.join("\n")}\n`;
}

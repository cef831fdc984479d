// `moltnet migrate` and `moltnet migrate --status`: the store's migrate() and
// migrationStatus() (which open the database the way a booting server does),
// rendered for an operator. No driver is imported here.
import {
  migrate,
  migrationStatus,
  type DatabaseMigrationStatus,
  type SqlStoreConfig,
  type StoreConfig,
} from "@moltnet/store";
import { messageOf } from "./boot.js";
import { ConfigError } from "./config/config-error.js";
import { createRedactor } from "./config/redact.js";
import { loadConfig } from "./config/load-config.js";
import { postgresTarget, storeConfigIn, type ServerConfig } from "./config/server-config.js";
import type { Env } from "./config/env.js";

export interface CommandContext {
  env: Env;
  cwd: string;
  version: string;
  out: (text: string) => void;
  err: (text: string) => void;
}

export async function runMigrate(ctx: CommandContext): Promise<number> {
  const config = await load(ctx, "migrate");
  if (!config) return 1;
  const redact = createRedactor(config.secrets);
  if (!isSql(config.storage)) return noMigrations(ctx, config.storage.kind);
  const storage = config.storage;
  ctx.out(`migrate: ${storage.kind} ${targetOf(storage)}\n`);
  let applied: number;
  try {
    const report = await migrate(storeConfigIn(storage, ctx.cwd), { log: (line) => ctx.out(`${redact(line)}\n`) });
    applied = report.applied.length;
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
  let status: DatabaseMigrationStatus;
  try {
    status = await migrationStatus(storeConfigIn(storage, ctx.cwd));
  } catch (err) {
    ctx.err(`moltnet: cannot read migration status: ${redact(messageOf(err))}\n`);
    return 1;
  }
  ctx.out(`${storage.kind} ${targetOf(storage)}\n`);
  if (!status.exists)
    ctx.out(`the database does not exist yet; it is created and migrated on start or by "moltnet migrate"\n`);
  ctx.out(renderStatus(status));
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

function isSql(storage: StoreConfig): storage is SqlStoreConfig {
  return storage.kind === "sqlite" || storage.kind === "postgres";
}

function noMigrations(ctx: CommandContext, kind: string): number {
  ctx.out(`migrate: ${kind} storage has no migrations; nothing to do\n`);
  return 0;
}

function targetOf(storage: SqlStoreConfig): string {
  return storage.kind === "sqlite" ? storage.path : postgresTarget(storage.dsn);
}

export function renderStatus(status: DatabaseMigrationStatus): string {
  const lines: string[] = [];
  const width = Math.max(4, ...[...status.applied, ...status.pending].map((m) => m.name.length));
  const unknown = new Set(status.unknown.map((m) => m.version));
  lines.push(`applied (${status.applied.length}):`);
  if (status.applied.length === 0) lines.push("  (none)");
  for (const m of status.applied) {
    const note = unknown.has(m.version) ? "  (unknown to this build)" : "";
    lines.push(`  ${String(m.version).padStart(4)}  ${m.name.padEnd(width)}  ${m.applied_at}${note}`);
  }
  lines.push(`pending (${status.pending.length}):`);
  if (status.pending.length === 0) lines.push("  (none)");
  for (const m of status.pending) lines.push(`  ${String(m.version).padStart(4)}  ${m.name}`);
  if (status.unknown.length > 0) {
    lines.push(
      `the database was migrated by a newer build (version ${status.unknown.map((m) => m.version).join(", ")}); this build refuses to start on it`,
    );
  } else {
    lines.push(
      status.pending.length === 0
        ? "up to date"
        : `${status.pending.length} pending; run "moltnet migrate" or start the server to apply them`,
    );
  }
  return `${lines.join("\n")}\n`;
}

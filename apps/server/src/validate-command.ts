// `moltnet validate [--config FILE]`: loads the configuration as `start` would
// and checks that its storage can be opened, changing nothing: no file or
// database is created, no migration applied, no lock taken. Exit 0 with one
// summary line, or 1 with one line per problem.
import { constants } from "node:fs";
import { access, readFile, stat } from "node:fs/promises";
import { dirname } from "node:path";
import { migrationStatus, type StoreConfig } from "@moltnet/store";
import { messageOf } from "./boot.js";
import { ConfigError, formatProblem } from "./config/config-error.js";
import { createRedactor } from "./config/redact.js";
import { describeStorage, storeConfigIn, type ServerConfig } from "./config/server-config.js";
import { loadConfig } from "./config/load-config.js";
import type { CommandContext } from "./migrate-command.js";

export async function runValidate(ctx: CommandContext): Promise<number> {
  let config: ServerConfig;
  try {
    config = await loadConfig({ env: ctx.env, cwd: ctx.cwd, version: ctx.version });
  } catch (err) {
    const redact = createRedactor(err instanceof ConfigError ? err.secrets : []);
    const problems = err instanceof ConfigError ? err.problems.map(formatProblem) : [messageOf(err)];
    for (const problem of problems) ctx.err(`moltnet: ${redact(problem)}\n`);
    return 1;
  }
  const redact = createRedactor(config.secrets);
  const storage = storeConfigIn(config.storage, ctx.cwd);
  let state: string;
  try {
    state = await checkStorage(storage);
  } catch (err) {
    ctx.err(`moltnet: ${redact(messageOf(err))}\n`);
    return 1;
  }
  const where = Object.values(describeStorage(config.storage)).join(" ");
  ctx.out(
    `ok: ${config.configPath ?? "no config file (defaults)"}; storage ${where}: ${state}; listen ${config.listen.addr}; auth ${config.settings.auth.mode}\n`,
  );
  return 0;
}

/** What the storage looks like, or throws one line saying why it cannot be used. */
async function checkStorage(storage: StoreConfig): Promise<string> {
  switch (storage.kind) {
    case "memory":
      return "in memory, nothing to open";
    case "json":
      return checkJsonFile(storage.path);
    case "sqlite":
    case "postgres": {
      const status = await migrationStatus(storage);
      if (status.unknown.length > 0) {
        throw new Error(
          `[store:${storage.kind}] the database was migrated by a newer build (version ${status.unknown.map((m) => m.version).join(", ")}); this build refuses to open it`,
        );
      }
      if (!status.exists) {
        await checkCreatable(storage.kind === "sqlite" ? storage.path : "");
        return "does not exist yet; created on start";
      }
      const plural = (n: number) => `${n} migration${n === 1 ? "" : "s"}`;
      return status.pending.length === 0
        ? `schema up to date (${plural(status.applied.length)})`
        : `${plural(status.pending.length)} pending; applied on start`;
    }
  }
}

async function checkJsonFile(path: string): Promise<string> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") {
      await checkCreatable(path);
      return "does not exist yet; created on start";
    }
    throw new Error(`[store:json] cannot read ${path}: ${messageOf(err)}`, { cause: err });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`[store:json] ${path} is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new Error(`[store:json] ${path} does not hold a Moltnet snapshot`);
  await access(path, constants.W_OK).catch((err: unknown) => {
    throw new Error(`[store:json] ${path} is not writable: ${messageOf(err)}`, { cause: err });
  });
  return `snapshot readable (${text.length} bytes)`;
}

/** The nearest existing directory above `path` must be writable, so start can create what is missing. */
async function checkCreatable(path: string): Promise<void> {
  if (path === "") return;
  let dir = dirname(path);
  for (;;) {
    const info = await stat(dir).catch(() => null);
    if (info) {
      if (!info.isDirectory()) throw new Error(`${dir} is not a directory`);
      await access(dir, constants.W_OK).catch((err: unknown) => {
        throw new Error(`cannot create ${path}: ${dir} is not writable (${messageOf(err)})`, { cause: err });
      });
      return;
    }
    const parent = dirname(dir);
    if (parent === dir) return;
    dir = parent;
  }
}

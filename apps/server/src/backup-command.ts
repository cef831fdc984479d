// `moltnet backup <path>`: a consistent copy of the configured database while
// a server may be using it. SQLite through SQLite's online backup API (with
// progress), JSON by reading the snapshot (always replaced whole, by rename)
// and writing it durably; Postgres has pg_dump, or `moltnet backup sqlite:PATH`
// copies it into a SQLite file with `moltnet copy`'s engine.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { backupSqlite, copyStore, decodeSnapshotText, readSnapshotText, writeSnapshotText } from "@moltnet/store";
import { messageOf } from "./boot.js";
import { ConfigError } from "./config/config-error.js";
import { createRedactor } from "./config/redact.js";
import { loadConfig } from "./config/load-config.js";
import type { Env } from "./config/env.js";
import { createProgress } from "./progress.js";

export interface BackupContext {
  env: Env;
  cwd: string;
  version: string;
  out: (text: string) => void;
  err: (text: string) => void;
  tty: boolean;
}

export async function runBackup(ctx: BackupContext, destinationArg: string): Promise<number> {
  let config;
  try {
    config = await loadConfig({ env: ctx.env, cwd: ctx.cwd, version: ctx.version });
  } catch (err) {
    ctx.err(
      `moltnet: cannot back up: ${createRedactor(err instanceof ConfigError ? err.secrets : [])(messageOf(err))}\n`,
    );
    return 1;
  }
  const redact = createRedactor(config.secrets);
  const storage = config.storage;
  const progress = createProgress({ write: ctx.err, tty: ctx.tty });
  try {
    switch (storage.kind) {
      case "memory":
        ctx.err("moltnet: cannot back up: memory storage keeps nothing on disk\n");
        return 1;
      case "postgres": {
        if (!destinationArg.startsWith("sqlite:")) {
          ctx.err(
            `moltnet: Postgres is backed up with pg_dump (e.g. pg_dump -Fc -f moltnet.dump <dsn>; restore with pg_restore), ` +
              `or into a SQLite file with "moltnet backup sqlite:PATH"\n`,
          );
          return 2;
        }
        const report = await copyStore(storage.dsn, destinationArg, {
          cwd: ctx.cwd,
          log: (line) => ctx.out(`${redact(line)}\n`),
          onProgress: (p) => progress.update(`${p.phase} ${p.table}`, p.done, p.total),
        });
        progress.end();
        if (!report.ok) {
          ctx.err(
            `moltnet: backup verification failed: ${report.tables
              .filter((t) => !t.equal)
              .map((t) => t.table)
              .join(", ")} differ\n`,
          );
          return 1;
        }
        ctx.out(`backup: postgres copied into ${destinationArg} and verified (${report.written} rows)\n`);
        return 0;
      }
      case "sqlite": {
        const source = resolve(ctx.cwd, storage.path);
        const destination = resolve(ctx.cwd, destinationArg.replace(/^sqlite:/, ""));
        if (!existsSync(source)) {
          ctx.err(`moltnet: cannot back up: ${source} does not exist\n`);
          return 1;
        }
        const db = new Database(source, { readonly: true, fileMustExist: true });
        try {
          db.pragma("busy_timeout = 5000");
          await backupSqlite(db, destination, (p) => progress.update("backup pages", p.done, p.total));
        } finally {
          db.close();
        }
        progress.end();
        const check = new Database(destination, { readonly: true, fileMustExist: true });
        try {
          const result = check.pragma("quick_check", { simple: true });
          if (result !== "ok") throw new Error(`the backup fails SQLite's quick_check: ${String(result)}`);
        } finally {
          check.close();
        }
        ctx.out(`backup: ${source} -> ${destination} (consistent, checked)\n`);
        return 0;
      }
      case "json": {
        const source = resolve(ctx.cwd, storage.path);
        const destination = resolve(ctx.cwd, destinationArg.replace(/^json:/, ""));
        if (existsSync(destination)) throw new Error(`${destination} already exists; a backup never overwrites a file`);
        const text = await readSnapshotText(source);
        if (text === null) throw new Error(`${source} does not exist`);
        decodeSnapshotText(text, source); // a corrupt snapshot is refused, not copied
        await writeSnapshotText(destination, text);
        ctx.out(`backup: ${source} -> ${destination} (complete snapshot)\n`);
        return 0;
      }
    }
  } catch (err) {
    progress.end();
    ctx.err(`moltnet: cannot back up: ${redact(messageOf(err))}\n`);
    return 1;
  }
}

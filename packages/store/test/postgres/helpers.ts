// Shared set-up for the Postgres adapter's own tests: a fresh database per
// store, opened through the real openPostgresStore (so it is migrated), and a
// plain postgres.js connection for looking behind the adapter's back.
import postgres, { type Sql } from "postgres";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import type { Store } from "../../src/store.js";

export interface OpenedStore {
  store: Store;
  database: TestDatabase;
  /** A direct connection to the same database (max 2 connections). */
  raw: Sql;
  cleanup(): Promise<void>;
}

export async function openFreshStore(
  options: { maxConnections?: number; dsn?: (dsn: string) => string; log?: (line: string) => void } = {},
): Promise<OpenedStore> {
  const database = await createTestDatabase("moltnet_pgadapter");
  const dsn = options.dsn ? options.dsn(database.dsn) : database.dsn;
  const store = await openPostgresStore(
    { kind: "postgres", dsn, maxConnections: options.maxConnections },
    { log: options.log },
  );
  const raw = postgres(database.dsn, { max: 2, onnotice: () => {}, connection: { TimeZone: "UTC" } });
  return {
    store,
    database,
    raw,
    async cleanup() {
      await store.close().catch(() => {});
      await raw.end({ timeout: 1 }).catch(() => {});
      await database.drop();
    },
  };
}

/** Retries `call` until it resolves or `attempts` run out; returns the errors seen on the way. */
export async function eventually<T>(
  call: () => Promise<T>,
  attempts = 40,
  delayMs = 100,
): Promise<{ value: T; errors: unknown[] }> {
  const errors: unknown[] = [];
  for (let i = 0; i < attempts; i++) {
    try {
      return { value: await call(), errors };
    } catch (err) {
      errors.push(err);
      await new Promise((r) => setTimeout(r, delayMs));
    }
  }
  throw new Error(`still failing after ${attempts} attempts: ${String(errors[errors.length - 1])}`);
}

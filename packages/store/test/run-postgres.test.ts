// Conformance runner: Postgres, on the server the global setup provides
// (MOLTNET_TEST_POSTGRES_DSN or an embedded Postgres). The file opens one
// database, copied from a migrated template (so opening the store applies
// nothing; the migrator has its own tests in test/migrate), and empties it after
// every case: creating a database costs more than a whole case here, so a
// database per case made up most of this file's time.
import { is } from "drizzle-orm";
import { PgTable, getTableConfig } from "drizzle-orm/pg-core";
import postgres from "postgres";
import { afterAll } from "vitest";
import { postgres as schema } from "@moltnet/schema";
import { openStore } from "../src/open.js";
import { runConformance } from "./conformance/suite.js";
import { createTestDatabase, type TestDatabase } from "../../../tooling/test/postgres.js";

/** Every table of the schema: what emptying the database must clear. */
const TABLES = Object.values(schema as Record<string, unknown>)
  .filter((t): t is PgTable => is(t, PgTable))
  .map((t) => getTableConfig(t).name);

let db: TestDatabase | null = null;

/** Deletes every row but schema_migrations, as if the database were new (foreign keys are not checked meanwhile). */
async function empty(dsn: string): Promise<void> {
  const sql = postgres(dsn, { max: 1, onnotice: () => {} });
  try {
    await sql.begin(async (tx) => {
      await tx`SET LOCAL session_replication_role = replica`;
      for (const table of TABLES) await tx.unsafe(`DELETE FROM "${table}"`);
    });
  } finally {
    await sql.end({ timeout: 5 });
  }
}

runConformance("postgres", {
  async open() {
    db ??= await createTestDatabase("moltnet_conf", { migrated: true });
    return openStore({ kind: "postgres", dsn: db.dsn, maxConnections: 4 });
  },
  reopen: () => openStore({ kind: "postgres", dsn: db!.dsn, maxConnections: 4 }),
  async cleanup() {
    if (db) await empty(db.dsn);
  },
  skip: {
    "time - nanosecond timestamps round-trip exactly":
      "TIMESTAMPTZ keeps microseconds; the server's MonotonicClock issues microsecond timestamps, so nanoseconds only come from rows the reference wrote to SQLite/JSON",
  },
});

afterAll(async () => {
  await db?.drop();
  db = null;
});

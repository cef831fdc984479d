// Conformance runner: Postgres, a fresh database per case (a copy of a migrated
// template, so opening the store applies nothing; dropped afterwards), on the
// server the global setup provides (MOLTNET_TEST_POSTGRES_DSN or an embedded
// Postgres). The migrator has its own tests (test/migrate).
import { openStore } from "../src/open.js";
import { runConformance } from "./conformance/suite.js";
import { createTestDatabase, type TestDatabase } from "../../../tooling/test/postgres.js";

let db: TestDatabase | null = null;

runConformance("postgres", {
  async open() {
    db = await createTestDatabase("moltnet_conf", { migrated: true });
    return openStore({ kind: "postgres", dsn: db.dsn, maxConnections: 4 });
  },
  reopen: () => openStore({ kind: "postgres", dsn: db!.dsn, maxConnections: 4 }),
  async cleanup() {
    await db?.drop();
    db = null;
  },
  skip: {
    "time - nanosecond timestamps round-trip exactly":
      "TIMESTAMPTZ keeps microseconds; the server's MonotonicClock issues microsecond timestamps, so nanoseconds only come from rows the reference wrote to SQLite/JSON",
  },
});

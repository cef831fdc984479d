// Conformance runner: Postgres, a freshly created database per case (created
// and migrated by the store on open, dropped afterwards), on the server the
// global setup provides (MOLTNET_TEST_POSTGRES_DSN or an embedded Postgres).
import { openStore } from "../src/open.js";
import { runConformance } from "./conformance/suite.js";
import { createTestDatabase, type TestDatabase } from "../../../tooling/test/postgres.js";

let db: TestDatabase | null = null;

runConformance("postgres", {
  async open() {
    db = await createTestDatabase("moltnet_conf");
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

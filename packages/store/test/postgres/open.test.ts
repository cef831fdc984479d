// Opening the Postgres store: fast, secret-free failures; migration on open;
// timestamps exact whatever the server's time zone.
import { createServer } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import postgres from "postgres";
import { adminDsn, createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import { isStoreError } from "../../src/errors.js";
import type { Store } from "../../src/store.js";
import { at, message, room, roomTarget } from "../fixtures/records.js";

async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function openError(dsn: string): Promise<Error> {
  try {
    const store = await openPostgresStore({ kind: "postgres", dsn }, {});
    await store.close();
  } catch (err) {
    return err as Error;
  }
  throw new Error("open unexpectedly succeeded");
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function fresh(): Promise<TestDatabase> {
  const db = await createTestDatabase("moltnet_pgopen");
  cleanups.push(() => db.drop());
  return db;
}

describe("openPostgresStore", () => {
  test("open - a refused connection fails fast with unavailable, naming host:port/db but never the password", async () => {
    const port = await closedPort();
    const password = "s3cret-Pa55word";
    const dsn = `postgres://moltnet:${password}@127.0.0.1:${port}/moltnet_prod?sslmode=disable`;
    const started = Date.now();
    const err = await openError(dsn);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(isStoreError(err, "unavailable"), String(err)).toBe(true);
    expect(err.message).toMatch(
      new RegExp(`^\\[store:postgres\\] cannot connect to 127\\.0\\.0\\.1:${port}/moltnet_prod: `),
    );
    const everything = `${err.message}\n${String(err.stack)}\n${JSON.stringify(err)}`;
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(dsn);
    expect(everything).not.toContain("moltnet:");
  });

  test("open - an unknown database fails with unavailable and the driver's reason", async () => {
    const url = new URL(adminDsn());
    url.pathname = "/moltnet_no_such_database";
    const err = await openError(url.toString());
    expect(isStoreError(err, "unavailable"), String(err)).toBe(true);
    expect(err.message).toContain("/moltnet_no_such_database:");
    expect(err.message).toContain("does not exist");
    expect(err.message).not.toContain(url.toString());
    // (The embedded server's password is "postgres", which the "[store:postgres]" prefix contains anyway.)
    if (url.password && !"[store:postgres]".includes(url.password)) expect(err.message).not.toContain(url.password);
  });

  test("open - a malformed DSN fails with invalid_config without echoing it", async () => {
    const err = await openError("postgres://user:hunter22@[not-a-host/db");
    expect(isStoreError(err, "invalid_config"), String(err)).toBe(true);
    expect(err.message).not.toContain("hunter22");
  });

  test("open - migrates a fresh database, and opening it again applies nothing", async () => {
    const db = await fresh();
    const lines: string[] = [];
    const first = await openPostgresStore({ kind: "postgres", dsn: db.dsn }, { log: (l) => lines.push(l) });
    await first.close();
    expect(lines.length).toBeGreaterThan(0);
    const again: string[] = [];
    const second = await openPostgresStore({ kind: "postgres", dsn: db.dsn }, { log: (l) => again.push(l) });
    await second.health();
    await second.close();
    expect(again).toEqual([]);
    const raw = postgres(db.dsn, { max: 1, onnotice: () => {} });
    try {
      const tables = await raw<
        { name: string }[]
      >`select tablename as name from pg_tables where schemaname = 'public' order by 1`;
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining([
          "agents",
          "artifacts",
          "dm_conversations",
          "dm_participants",
          "messages",
          "room_members",
          "rooms",
          "schema_migrations",
          "threads",
        ]),
      );
    } finally {
      await raw.end();
    }
  });

  test("open - timestamps read back exactly even when the database's time zone is not UTC", async () => {
    const db = await fresh();
    const admin = postgres(adminDsn(), { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`ALTER DATABASE "${db.name}" SET timezone TO 'America/New_York'`);
    } finally {
      await admin.end();
    }
    const store: Store = await openPostgresStore({ kind: "postgres", dsn: db.dsn });
    cleanups.push(() => store.close());
    const created = at(3, 500_001);
    await store.createRoom(room("r1", { created_at: at(0, 1) }));
    await store.appendMessage(message("m1", roomTarget("r1"), { created_at: created }));
    expect((await store.getRoom("r1"))?.created_at).toBe(at(0, 1));
    const [m] = (await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 10 })).items;
    expect(m?.created_at).toBe(created);
  });

  test("close - is idempotent and later calls fail with unavailable", async () => {
    const db = await fresh();
    const store = await openPostgresStore({ kind: "postgres", dsn: db.dsn });
    await store.close();
    await store.close();
    await expect(store.getRoom("x")).rejects.toSatisfy((e: unknown) => isStoreError(e, "unavailable"));
    await expect(store.health()).rejects.toSatisfy((e: unknown) => isStoreError(e, "unavailable"));
  });
});

// The out-of-order commit hazard of a shared event log (issue 8): a position
// taken from a sequence can commit after a higher one, and a reader that
// advances by position would then skip it for good. These tests drive real
// concurrent transactions on several connections, some held open, some rolled
// back, against the store's event writer, and read the log the way every
// server does (by position only).
import { afterEach, describe, expect, it } from "vitest";
import postgres, { type Sql } from "postgres";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import { insertEvents, sqlExec } from "../../src/postgres/events.js";
import type { EventLog, NewEvent } from "../../src/events.js";
import type { Store } from "../../src/store.js";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { dmTarget, message } from "../fixtures/records.js";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const event = (id: string): NewEvent => ({ id, type: "test.event", data: JSON.stringify({ id }) });

async function database(): Promise<TestDatabase> {
  const db = await createTestDatabase("moltnet_events");
  cleanups.push(() => db.drop());
  return db;
}

async function store(dsn: string): Promise<Store> {
  const s = await openPostgresStore({ kind: "postgres", dsn, maxConnections: 4 });
  cleanups.push(() => s.close());
  return s;
}

function connection(dsn: string, max = 4): Sql {
  const sql = postgres(dsn, { max, onnotice: () => {} });
  cleanups.push(() => sql.end({ timeout: 1 }));
  return sql;
}

/** Follows a log by position only, as the server's feed does, until stopped. */
function follow(log: EventLog) {
  const seen: { position: number; id: string }[] = [];
  let after = 0;
  let stopped = false;
  const done = (async () => {
    while (!stopped) {
      const page = await log.read(after, 200);
      for (const e of page) seen.push({ position: e.position, id: e.id });
      if (page.length > 0) after = page[page.length - 1]!.position;
      else await sleep(2);
    }
  })();
  return {
    seen,
    get after() {
      return after;
    },
    async stop() {
      stopped = true;
      await done;
    },
  };
}

describe("postgres event log - commit order", () => {
  it("a writer holding its transaction open - later writers wait, and the reader never moves past its position", async () => {
    const db = await database();
    const s = await store(db.dsn);
    const sql = connection(db.dsn);
    const reader = follow(s.events);

    let releaseFirst!: () => void;
    const held = new Promise<void>((r) => (releaseFirst = r));
    let firstInserted!: () => void;
    const inserted = new Promise<void>((r) => (firstInserted = r));
    const first = sql.begin(async (tx) => {
      await insertEvents(sqlExec(tx), [event("first")]);
      firstInserted();
      await held;
    });
    await inserted;
    let secondDone = false;
    const second = sql
      .begin((tx) => insertEvents(sqlExec(tx), [event("second")]))
      .then(() => {
        secondDone = true;
      });
    await sleep(300);
    // The second writer waits for the first to commit; nothing is visible yet.
    expect(secondDone).toBe(false);
    expect(reader.seen).toEqual([]);
    releaseFirst();
    await Promise.all([first, second]);
    for (let i = 0; i < 200 && reader.seen.length < 2; i++) await sleep(10);
    await reader.stop();
    expect(reader.seen).toEqual([
      { position: 1, id: "first" },
      { position: 2, id: "second" },
    ]);
  });

  it("the hazard itself - with plain sequence positions, a position-following reader skips a late commit", async () => {
    // The control experiment: shows what the advisory lock prevents, with the same reader.
    const db = await database();
    const sql = connection(db.dsn);
    await sql`CREATE TABLE naive_events (position bigserial PRIMARY KEY, id text NOT NULL)`;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let took!: () => void;
    const taken = new Promise<void>((r) => (took = r));
    const late = sql.begin(async (tx) => {
      await tx`INSERT INTO naive_events (id) VALUES ('late')`;
      took();
      await held;
    });
    await taken;
    await sql`INSERT INTO naive_events (id) VALUES ('early')`;
    let after = 0;
    const delivered: string[] = [];
    const readOnce = async () => {
      const rows = await sql<
        { position: string; id: string }[]
      >`SELECT position, id FROM naive_events WHERE position > ${after} ORDER BY position`;
      for (const r of rows) {
        delivered.push(r.id);
        after = Number(r.position);
      }
    };
    await readOnce();
    release();
    await late;
    await readOnce();
    expect(delivered).toEqual(["early"]); // 'late' (position 1) was skipped for good
  });

  it("concurrent writers on several connections and stores, some held open, some rolled back - every committed event is read once, in one gapless order", async () => {
    const db = await database();
    const stores = [await store(db.dsn), await store(db.dsn), await store(db.dsn)];
    const sql = connection(db.dsn, 8);
    const reader = follow(stores[0]!.events);
    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    let seq = 0;
    const rand = (n: number) => Math.floor(Math.random() * n);

    const rawWriter = async (w: number) => {
      for (let i = 0; i < 25; i++) {
        const ids = Array.from({ length: 1 + rand(3) }, () => `raw${w}-${seq++}`);
        const rollback = rand(5) === 0;
        try {
          await sql.begin(async (tx) => {
            // Some hold the transaction open before writing their events (a long change), some after.
            if (rand(2) === 0) await sleep(rand(15));
            await insertEvents(sqlExec(tx), ids.map(event));
            if (rand(3) === 0) await sleep(rand(10));
            if (rollback) throw new Error("roll back");
          });
          ids.forEach((id) => committed.add(id));
        } catch {
          ids.forEach((id) => rolledBack.add(id));
        }
      }
    };
    const storeWriter = async (w: number) => {
      const s = stores[w % stores.length]!;
      await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const id = `msg${w}-${i}`;
          await sleep(rand(40));
          const result = await s.appendMessage(message(id, dmTarget(`dm-${w}-${i % 7}`, ["alpha", "beta"])), () => [
            event(`ev-${id}`),
          ]);
          if (result.status === "appended") committed.add(`ev-${id}`);
        }),
      );
    };
    await Promise.all([
      rawWriter(0),
      rawWriter(1),
      rawWriter(2),
      rawWriter(3),
      storeWriter(0),
      storeWriter(1),
      storeWriter(2),
    ]);
    const head = await stores[1]!.events.head();
    for (let i = 0; i < 500 && reader.after < head; i++) await sleep(10);
    await reader.stop();

    expect(committed.size).toBeGreaterThan(250);
    expect(rolledBack.size).toBeGreaterThan(0);
    const ids = reader.seen.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length); // each once
    expect(new Set(ids)).toEqual(committed); // every committed event, no rolled-back one
    expect(reader.seen.map((e) => e.position)).toEqual(Array.from({ length: ids.length }, (_, i) => i + 1)); // one gapless order
    expect(head).toBe(ids.length);
  });

  it("the listening connection killed - the store reconnects, counts it, wakes watchers to catch up, and hears other stores again", async () => {
    const db = await database();
    const a = await store(db.dsn);
    const b = await store(db.dsn);
    const sql = connection(db.dsn);
    let wakes = 0;
    const stop = a.events.watch(() => wakes++);
    cleanups.push(async () => stop());
    const until = async (ok: () => boolean | Promise<boolean>, what: string) => {
      for (let i = 0; i < 300; i++) {
        if (await ok()) return;
        await sleep(20);
      }
      throw new Error(`timed out waiting for ${what}`);
    };
    const listenerPid = async () =>
      (
        await sql<
          { pid: number }[]
        >`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`
      )[0]?.pid;
    await until(async () => (await listenerPid()) !== undefined, "the listener");
    await b.events.append([event("before")]);
    await until(() => wakes > 0, "a notification from the other store");

    await sql`SELECT pg_terminate_backend(${(await listenerPid())!})`;
    await until(() => a.events.status().reconnects === 1, "the reconnect to be counted");
    await until(() => a.events.status().listening, "listening again");
    const afterReconnect = wakes;
    expect(afterReconnect).toBeGreaterThan(1); // the catch-up wake
    await b.events.append([event("after")]);
    await until(() => wakes > afterReconnect, "a notification after the reconnect");
    expect((await a.events.read(0, 10)).map((e) => e.id)).toEqual(["before", "after"]);
  });
});

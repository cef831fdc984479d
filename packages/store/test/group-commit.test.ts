// Group commit (src/append-group-commit.ts) on the durable SQL backends: appends
// that overlap share one transaction, yet each caller gets its own outcome.
// A database trigger makes chosen messages fail for real inside the engine,
// so these tests see exactly what a failing statement in a group does.
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, test } from "vitest";
import { isStoreError } from "../src/errors.js";
import type { Store } from "../src/store.js";
import { at, message, room, roomTarget, threadTarget } from "./fixtures/records.js";
import { openAt, tempDir } from "./sqlite/helpers.js";
import { openFreshStore, type OpenedStore } from "./postgres/helpers.js";
import { openPostgresStore } from "../src/postgres/postgres-store.js";

const ALL = { limit: 1000 };

interface Backend {
  name: string;
  /** A store whose engine refuses to insert a message whose id starts with `bad`. */
  open(): Promise<{ store: Store; reopen(): Promise<Store> }>;
}

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const sqliteBackend: Backend = {
  name: "sqlite",
  async open() {
    const path = join(tempDir(), "moltnet.db");
    const first = await openAt(path);
    await first.store.close();
    const raw = new Database(path);
    raw.exec(
      `CREATE TRIGGER refuse_bad BEFORE INSERT ON messages WHEN NEW.id LIKE 'bad%' BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`,
    );
    raw.close();
    const opened = await openAt(path);
    return {
      store: opened.store,
      async reopen() {
        await opened.store.close();
        return (await openAt(path)).store;
      },
    };
  },
};

const postgresBackend: Backend = {
  name: "postgres",
  async open() {
    const opened: OpenedStore = await openFreshStore();
    cleanups.push(() => opened.cleanup());
    await opened.raw.unsafe(`
      CREATE FUNCTION refuse_bad() RETURNS trigger AS $$
      BEGIN
        IF NEW.id LIKE 'bad%' THEN RAISE EXCEPTION 'refused by test trigger'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await opened.raw.unsafe(
      `CREATE TRIGGER refuse_bad BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_bad()`,
    );
    return {
      store: opened.store,
      async reopen() {
        await opened.store.close();
        const store = await openPostgresStore({ kind: "postgres", dsn: opened.database.dsn });
        cleanups.unshift(() => store.close());
        return store;
      },
    };
  },
};

describe.each([sqliteBackend, postgresBackend])("group commit [$name]", (backend) => {
  test("a message the engine refuses fails alone; the others of its group are stored and counted", async () => {
    const { store } = await backend.open();
    await store.createRoom(room("r1"));
    const ids = ["m0", "m1", "bad-2", "m3", "m4", "bad-5", "m6"];
    const settled = await Promise.allSettled(
      ids.map((id, i) => store.appendMessage(message(id, threadTarget("r1", "t1", "p"), { created_at: at(i) }))),
    );

    const failed = ids.filter((_, i) => settled[i]!.status === "rejected");
    expect(failed).toEqual(["bad-2", "bad-5"]);
    for (const s of settled) if (s.status === "rejected") expect(isStoreError(s.reason)).toBe(true);
    const created = settled.filter(
      (s) => s.status === "fulfilled" && s.value.status === "appended" && s.value.createdThread !== null,
    );
    expect(created).toHaveLength(1);

    const page = await store.listMessages({ kind: "thread", threadId: "t1" }, ALL);
    expect(page.items.map((m) => m.id)).toEqual(["m0", "m1", "m3", "m4", "m6"]);
    // The refused messages bumped nothing: the thread counts exactly the stored ones.
    expect((await store.getThread("t1"))?.message_count).toBe(5);
  });

  test("duplicates inside one group and against stored rows are reported, stored once", async () => {
    const { store } = await backend.open();
    await store.createRoom(room("r1"));
    await store.appendMessage(message("old", roomTarget("r1"), { created_at: at(0) }));
    const results = await Promise.all(
      ["a", "old", "a", "b", "b"].map((id, i) =>
        store.appendMessage(
          message(id, roomTarget("r1"), { created_at: at(i + 1), parts: [{ kind: "text", text: `try ${i}` }] }),
        ),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["appended", "duplicate", "duplicate", "appended", "duplicate"]);
    const page = await store.listMessages({ kind: "room", roomId: "r1" }, ALL);
    expect(page.items.map((m) => [m.id, m.parts[0]?.text])).toEqual([
      ["old", "hello from old"],
      ["a", "try 0"],
      ["b", "try 3"],
    ]);
  });

  // Distinct ids, room messages only: on Postgres the group goes the one-statement way (appendRoomGroup).
  test("a group of room messages with one id already stored: that one is a duplicate with no event, the others are stored with theirs", async () => {
    const { store } = await backend.open();
    await store.createRoom(room("r1"));
    const withEvent = (id: string, i: number) =>
      store.appendMessage(
        message(id, roomTarget("r1"), { created_at: at(i), parts: [{ kind: "text", text: `try ${i}` }] }),
        [{ id: `ev-${id}-${i}`, type: "message.created", data: "{}" }],
      );
    await withEvent("old", 0);
    const results = await Promise.all(["x", "old", "y", "z"].map((id, i) => withEvent(id, i + 1)));
    expect(results.map((r) => r.status)).toEqual(["appended", "duplicate", "appended", "appended"]);
    const page = await store.listMessages({ kind: "room", roomId: "r1" }, ALL);
    expect(page.items.map((m) => [m.id, m.parts[0]?.text])).toEqual([
      ["old", "try 0"],
      ["x", "try 1"],
      ["y", "try 3"],
      ["z", "try 4"],
    ]);
    const events = await store.events.read(0, 100);
    expect(events.map((e) => [e.position, e.id])).toEqual([
      [1, "ev-old-0"],
      [2, "ev-x-1"],
      [3, "ev-y-3"],
      [4, "ev-z-4"],
    ]);
  });

  test("a room message the engine refuses fails alone in a group of room messages", async () => {
    const { store } = await backend.open();
    await store.createRoom(room("r1"));
    const ids = ["m0", "bad-1", "m2", "m3"];
    const settled = await Promise.allSettled(
      ids.map((id, i) =>
        store.appendMessage(message(id, roomTarget("r1"), { created_at: at(i) }), [
          { id: `ev-${id}`, type: "message.created", data: "{}" },
        ]),
      ),
    );
    expect(settled.map((s) => (s.status === "fulfilled" ? s.value.status : "rejected"))).toEqual([
      "appended",
      "rejected",
      "appended",
      "appended",
    ]);
    const page = await store.listMessages({ kind: "room", roomId: "r1" }, ALL);
    expect(page.items.map((m) => m.id)).toEqual(["m0", "m2", "m3"]);
    // Nothing of the group's failed attempt survives: each stored message has its one event.
    const events = await store.events.read(0, 100);
    expect(events.map((e) => [e.position, e.id])).toEqual([
      [1, "ev-m0"],
      [2, "ev-m2"],
      [3, "ev-m3"],
    ]);
  });

  test("appends acknowledged before close are there after reopening", async () => {
    const { store, reopen } = await backend.open();
    await store.createRoom(room("r1"));
    const pending = Array.from({ length: 40 }, (_, i) =>
      store.appendMessage(message(`m${String(i).padStart(2, "0")}`, roomTarget("r1"), { created_at: at(i) })),
    );
    const closing = reopen();
    const acknowledged = (await Promise.allSettled(pending)).filter((s) => s.status === "fulfilled").length;
    const again = await closing;
    const page = await again.listMessages({ kind: "room", roomId: "r1" }, ALL);
    expect(acknowledged).toBe(40);
    expect(page.items).toHaveLength(40);
    await expect(store.appendMessage(message("late", roomTarget("r1"), { created_at: at(99) }))).rejects.toMatchObject({
      code: "unavailable",
    });
  });
});

describe("group commit [sqlite], an error that ends the whole transaction", () => {
  test("fails the whole group: nothing acknowledged is lost and nothing is written outside it", async () => {
    const path = join(tempDir(), "moltnet.db");
    await (await openAt(path)).store.close();
    const raw = new Database(path);
    // RAISE(ROLLBACK) ends the enclosing transaction, as SQLite does by itself on some disk-full and I/O errors.
    raw.exec(
      `CREATE TRIGGER end_all BEFORE INSERT ON messages WHEN NEW.id LIKE 'fatal%' BEGIN SELECT RAISE(ROLLBACK, 'transaction ended by test trigger'); END`,
    );
    raw.close();
    const { store } = await openAt(path);
    await store.createRoom(room("r1"));
    const ids = ["m0", "m1", "fatal-2", "m3"];
    const settled = await Promise.allSettled(
      ids.map((id, i) => store.appendMessage(message(id, roomTarget("r1"), { created_at: at(i) }))),
    );
    expect(settled.map((s) => s.status)).toEqual(["rejected", "rejected", "rejected", "rejected"]);
    expect((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items).toEqual([]);
    // The store is still usable, and a retry of the good messages goes through.
    await Promise.all(
      ["m0", "m1", "m3"].map((id, i) => store.appendMessage(message(id, roomTarget("r1"), { created_at: at(i) }))),
    );
    expect((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items.map((m) => m.id)).toEqual([
      "m0",
      "m1",
      "m3",
    ]);
  });
});

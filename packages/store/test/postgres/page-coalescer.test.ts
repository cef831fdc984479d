// Identical history pages asked for together share one read (page-coalescer.ts),
// but never one that had already started: a page always holds every message
// acknowledged before it was asked for.
import { describe, expect, test } from "vitest";
import { PageCoalescer } from "../../src/postgres/page-coalescer.js";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import { createTestDatabase } from "../../../../tooling/test/postgres.js";
import { message, room, roomTarget, sender } from "../fixtures/records.js";
import { TcpProxy } from "./tcp-proxy.js";

describe("page coalescer", () => {
  test("calls in one turn share a read; a call after it started gets its own", async () => {
    const coalescer = new PageCoalescer<number>();
    let reads = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const read = async () => {
      const n = ++reads;
      await gate;
      return n;
    };
    const together = [coalescer.run("k", read), coalescer.run("k", read), coalescer.run("other", read)];
    await new Promise((r) => setImmediate(r));
    expect(reads).toBe(2); // "k" once, "other" once
    const late = coalescer.run("k", read); // the shared "k" read is in flight: not joined
    await new Promise((r) => setImmediate(r));
    expect(reads).toBe(3);
    release();
    expect(await Promise.all([...together, late])).toEqual([1, 1, 2, 3]);
  });

  test("a failed read fails every caller that shared it, and the next one reads again", async () => {
    const coalescer = new PageCoalescer<string>();
    let reads = 0;
    const failing = async () => {
      reads++;
      throw new Error("down");
    };
    const results = await Promise.allSettled([coalescer.run("k", failing), coalescer.run("k", failing)]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await coalescer.run("k", async () => `read ${++reads}`)).toBe("read 2");
  });
});

/**
 * Counts the Execute messages clients send through a TcpProxy (the wire
 * protocol: a startup packet without a type byte, then type, int32 length, body).
 */
class ExecuteCounter {
  count = 0;
  readonly #pending = new WeakMap<object, { buffer: Buffer; started: boolean }>();

  observe = (chunk: Buffer, connection: object): void => {
    const state = this.#pending.get(connection) ?? { buffer: Buffer.alloc(0), started: false };
    state.buffer = Buffer.concat([state.buffer, chunk]);
    for (;;) {
      const header = state.started ? 5 : 4;
      if (state.buffer.length < header) break;
      const length = state.started ? state.buffer.readInt32BE(1) + 1 : state.buffer.readInt32BE(0);
      if (state.buffer.length < length) break;
      if (state.started && state.buffer[0] === 0x45) this.count++; // 'E'
      state.buffer = state.buffer.subarray(length);
      state.started = true;
    }
    this.#pending.set(connection, state);
  };
}

describe("postgres history pages read together", () => {
  test("twenty identical pages cost one statement, and each holds what was acknowledged before it", async () => {
    const database = await createTestDatabase("moltnet_pgadapter");
    const target = new URL(database.dsn);
    const counter = new ExecuteCounter();
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432), counter.observe);
    await proxy.start();
    const proxied = new URL(database.dsn);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    const store = await openPostgresStore({ kind: "postgres", dsn: proxied.toString() });
    try {
      await store.createRoom(room("general", { members: ["alice"] }));
      for (let i = 0; i < 5; i++)
        await store.appendMessage(message(`m${i}`, roomTarget("general"), { from: sender("alice") }));
      const page = () => store.listMessages({ kind: "room", roomId: "general" }, { limit: 3 });
      await page();

      const before = counter.count;
      const pages = await Promise.all(Array.from({ length: 20 }, page));
      expect(counter.count - before).toBe(1);
      for (const p of pages) expect(p.items.map((m) => m.id)).toEqual(["m2", "m3", "m4"]);
      // Each caller gets its own list; the messages in it are shared and frozen.
      expect(pages[0]!.items).not.toBe(pages[1]!.items);
      expect(Object.isFrozen(pages[0]!.items[0])).toBe(true);

      // Pages asked for one after another each send their own statement.
      const apart = counter.count;
      await page();
      await page();
      expect(counter.count - apart).toBe(2);

      // Appended and acknowledged, then asked for together: every page has it.
      await store.appendMessage(message("m5", roomTarget("general"), { from: sender("alice") }));
      const after = await Promise.all(Array.from({ length: 5 }, page));
      for (const p of after) expect(p.items.map((m) => m.id)).toEqual(["m3", "m4", "m5"]);
    } finally {
      await store.close();
      await proxy.stop();
      await database.drop();
    }
  });
});

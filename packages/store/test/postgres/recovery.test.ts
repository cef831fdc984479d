// The pool outlives the server going away: calls fail with `unavailable`
// (never hang, never `internal`) while it is gone, and work again once it is
// back, without reopening the store.
import { createServer, type Server, type Socket } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { isStoreError } from "../../src/errors.js";
import { openPostgresStore } from "../../src/postgres/postgres-store.js";
import { message, room, roomTarget, at } from "../fixtures/records.js";
import { eventually, openFreshStore, type OpenedStore } from "./helpers.js";
import { TcpProxy } from "./tcp-proxy.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!().catch(() => {});
});

function viaProxy(proxy: TcpProxy) {
  return (dsn: string) => {
    const url = new URL(dsn);
    url.hostname = "127.0.0.1";
    url.port = String(proxy.port);
    return url.toString();
  };
}

function targetOf(dsn: string): { host: string; port: number } {
  const url = new URL(dsn);
  return { host: url.hostname || "127.0.0.1", port: Number(url.port || 5432) };
}

async function opened(options: Parameters<typeof openFreshStore>[0] = {}): Promise<OpenedStore> {
  const o = await openFreshStore(options);
  cleanups.push(() => o.cleanup());
  return o;
}

function expectUnavailable(err: unknown): void {
  expect(isStoreError(err, "unavailable"), `expected unavailable, got ${String(err)}`).toBe(true);
}

describe("postgres pool recovery", () => {
  test("health - rejects with unavailable while the server refuses connections, then recovers without a restart", async () => {
    const { adminDsn } = await import("../../../../tooling/test/postgres.js");
    const target = targetOf(adminDsn());
    const proxy = new TcpProxy(target.host, target.port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const lines: string[] = [];
    const { store } = await opened({ dsn: viaProxy(proxy), maxConnections: 3, log: (line) => lines.push(line) });
    await store.createRoom(room("r1"));
    await store.health();

    await proxy.stop();
    const down = await store.health().then(
      () => null,
      (err: unknown) => err,
    );
    expectUnavailable(down);
    expect(String((down as Error).message)).toMatch(/^\[store:postgres\] health: 127\.0\.0\.1:\d+\//);
    // Ordinary calls fail the same way, and quickly.
    const started = Date.now();
    await expect(store.getRoom("r1")).rejects.toSatisfy((e: unknown) => isStoreError(e, "unavailable"));
    await expect(store.health()).rejects.toSatisfy((e: unknown) => isStoreError(e, "unavailable"));
    expect(Date.now() - started).toBeLessThan(5_000);

    await proxy.start();
    const { errors } = await eventually(() => store.health());
    for (const err of errors) expectUnavailable(err);
    expect((await store.getRoom("r1"))?.id).toBe("r1");
    await store.appendMessage(message("after-restart", roomTarget("r1"), { created_at: at(5) }));
    const page = await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 10 });
    expect(page.items.map((m) => m.id)).toEqual(["after-restart"]);

    // Operators see one line when the database went away and one when it came back.
    const transitions = lines.filter((l) => l.startsWith("store: postgres"));
    expect(transitions).toHaveLength(2);
    expect(transitions[0]).toMatch(/^store: postgres 127\.0\.0\.1:\d+\/\S+ unavailable: /);
    expect(transitions[1]).toMatch(/^store: postgres 127\.0\.0\.1:\d+\/\S+ is reachable again$/);
  });

  test("pool - recovers after the server terminates every backend (pg_terminate_backend)", async () => {
    const { store, raw, database } = await opened({ maxConnections: 4 });
    await store.createRoom(room("r1"));
    // Warm several pooled connections.
    await Promise.all(Array.from({ length: 4 }, () => store.getRoom("r1")));

    const killed = await raw<{ pid: number }[]>`
      select pg_terminate_backend(pid) as pid from pg_stat_activity
      where datname = ${database.name} and pid <> pg_backend_pid() and application_name = 'moltnet'`;
    expect(killed.length).toBeGreaterThan(0);

    // Calls racing the terminations may fail, and then only as `unavailable`;
    // the pool replaces the dead connections and serves again.
    const outcomes = await Promise.allSettled(Array.from({ length: 4 }, () => store.getRoom("r1")));
    for (const o of outcomes) if (o.status === "rejected") expectUnavailable(o.reason);
    const { errors } = await eventually(() => store.health());
    for (const err of errors) expectUnavailable(err);
    const recovered = await eventually(() => Promise.all(Array.from({ length: 4 }, () => store.getRoom("r1"))));
    for (const err of recovered.errors) expectUnavailable(err);
    expect(recovered.value.map((r) => r?.id)).toEqual(["r1", "r1", "r1", "r1"]);
    await store.appendMessage(message("after-kill", roomTarget("r1"), { created_at: at(9) }));
    expect((await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 5 })).items.map((m) => m.id)).toEqual([
      "after-kill",
    ]);
  });

  test("append - backends terminated while groups are in flight: what was acknowledged is stored with its event, the rest fails as unavailable, and appends work again", async () => {
    const { store, raw, database } = await opened({ maxConnections: 4 });
    await store.createRoom(room("r1"));
    const acknowledged: string[] = [];
    let next = 0;
    let stop = false;
    // 16 writers of room messages: most transactions are groups sent in one piece (appendRoomGroup).
    const writers = Array.from({ length: 16 }, async () => {
      while (!stop) {
        const id = `m${next++}`;
        try {
          const r = await store.appendMessage(message(id, roomTarget("r1"), { created_at: at(next) }), [
            { id: `ev-${id}`, type: "message.created", data: "{}" },
          ]);
          expect(r.status).toBe("appended");
          acknowledged.push(id);
        } catch (err) {
          expectUnavailable(err);
        }
      }
    });
    let kills = 0;
    for (let round = 0; round < 6; round++) {
      await new Promise((r) => setTimeout(r, 150));
      const killed = await raw<{ pid: number }[]>`
        select pg_terminate_backend(pid) as pid from pg_stat_activity
        where datname = ${database.name} and pid <> pg_backend_pid() and application_name = 'moltnet'`;
      kills += killed.length;
    }
    await new Promise((r) => setTimeout(r, 300));
    stop = true;
    await Promise.all(writers);
    expect(kills).toBeGreaterThan(0);
    expect(acknowledged.length).toBeGreaterThan(0);

    const after = await eventually(() =>
      store.appendMessage(message("after", roomTarget("r1"), { created_at: at(next + 1) }), [
        { id: "ev-after", type: "message.created", data: "{}" },
      ]),
    );
    expect(after.value.status).toBe("appended");
    const stored = new Set(
      (await raw<{ id: string }[]>`select id from messages where room_id = 'r1'`).map((r) => r.id),
    );
    for (const id of acknowledged) expect(stored.has(id), id).toBe(true);
    // A message and its event commit together or not at all, and no event is stored twice.
    const events = (await raw<{ id: string }[]>`select id from events order by position`).map((r) => r.id);
    expect(new Set(events).size).toBe(events.length);
    expect(events.sort()).toEqual([...stored].map((id) => `ev-${id}`).sort());
  });

  test("open - a peer that accepts and drops connections fails within the connect timeout", async () => {
    // Something listening that is not Postgres (a wrong port, a dead balancer): postgres.js alone would retry forever.
    const server: Server = createServer((socket) => {
      socket.on("error", () => {});
      socket.write("HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n", () => socket.destroy());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const started = Date.now();
    const err = await openPostgresStore({
      kind: "postgres",
      dsn: `postgres://app:pw-secret-1@127.0.0.1:${port}/db`,
      connectTimeoutSeconds: 1,
    }).then(
      (s) => s.close().then(() => null),
      (e: unknown) => e,
    );
    expectUnavailable(err);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(String((err as Error).message)).toContain(`cannot connect to 127.0.0.1:${port}/db`);
    expect(String((err as Error).message)).not.toContain("pw-secret-1");
  });
  test("append - a group whose connection hangs fails as one, without retrying each message on its own", async () => {
    const o = await opened();
    const { host, port } = targetOf(o.database.dsn);
    const proxy = new TcpProxy(host, port);
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const store = await openPostgresStore({
      kind: "postgres",
      dsn: viaProxy(proxy)(o.database.dsn),
      maxConnections: 1,
      connectTimeoutSeconds: 1,
    });
    cleanups.push(() => store.close());
    await store.createRoom(room("r1"));
    await store.appendMessage(message("before", roomTarget("r1"), { created_at: at(0) }));

    // The server's address now accepts connections and never answers (a hung host behind a balancer).
    await proxy.stop();
    let accepted = 0;
    const held: Socket[] = [];
    const hole: Server = createServer((socket) => {
      accepted++;
      held.push(socket);
      socket.on("error", () => {});
    });
    await new Promise<void>((resolve) => hole.listen(proxy.port, "127.0.0.1", () => resolve()));
    cleanups.push(() => {
      for (const socket of held) socket.destroy();
      return new Promise<void>((resolve) => hole.close(() => resolve()));
    });

    // The first append is written alone; the three arriving meanwhile form one group.
    const settled = await Promise.allSettled(
      ["a", "b", "c", "d"].map((id, i) =>
        store.appendMessage(message(id, roomTarget("r1"), { created_at: at(i + 1) })),
      ),
    );
    for (const s of settled) {
      expect(s.status).toBe("rejected");
      if (s.status === "rejected") expectUnavailable(s.reason);
    }
    // One connection attempt per transaction tried: the lone append's and the group's.
    expect(accepted).toBeLessThanOrEqual(2);
  });
});

// The Postgres store's cached rooms and registrations (checkedReads): another
// session's change, made behind the store's back with plain SQL, is never
// used unseen. The trigger moves the counter; an append carrying a mark taken
// before the change writes nothing and answers `stale`; a history page reports
// the change through current(); and the next reads come fresh.
import { afterEach, describe, expect, test } from "vitest";
import type { CheckedReads, Store } from "../../src/store.js";
import { message, registration, room, roomTarget, sender } from "../fixtures/records.js";
import { openFreshStore, type OpenedStore } from "./helpers.js";
import { GenerationCache } from "../../src/postgres/cache-generation.js";

let opened: OpenedStore | null = null;
afterEach(async () => {
  await opened?.cleanup();
  opened = null;
});

async function counter(o: OpenedStore): Promise<number> {
  const [row] = await o.raw<{ generation: string }[]>`select generation::text from cache_generation where id = 1`;
  return Number(row!.generation);
}

/** checkedReads, once the store has learned the counter (it reads it in the background on the first call). */
async function checkedReads(store: Store): Promise<CheckedReads> {
  for (let i = 0; i < 50; i++) {
    const reads = store.checkedReads?.();
    if (reads) return reads;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error("the store never offered checked reads");
}

async function messageCount(o: OpenedStore): Promise<number> {
  const [row] = await o.raw<{ n: number }[]>`select count(*)::int as n from messages`;
  return row!.n;
}

/** A store whose room "general" was read through checkedReads (`old`), then renamed behind its back. */
async function markThenRename(): Promise<{ o: OpenedStore; old: CheckedReads }> {
  opened = await openFreshStore();
  const o = opened;
  await o.store.createRoom(room("general", { members: ["alice"] }));
  const old = await checkedReads(o.store);
  await old.getRoom("general");
  await o.raw`UPDATE rooms SET name = 'Renamed' WHERE id = 'general'`;
  return { o, old };
}

describe("postgres cached reads", () => {
  test("every statement on rooms, room_members and agents moves the counter, whoever runs it", async () => {
    opened = await openFreshStore();
    const o = opened;
    const start = await counter(o);
    await o.store.createRoom(room("general", { members: ["alice"] }));
    const afterCreate = await counter(o);
    expect(afterCreate).toBeGreaterThan(start);
    for (const statement of [
      `INSERT INTO room_members (room_id, member_id) VALUES ('general', 'bob')`,
      `UPDATE rooms SET name = 'Renamed' WHERE id = 'general'`,
      `DELETE FROM room_members WHERE member_id = 'bob'`,
      `INSERT INTO agents (agent_id, network_id, actor_uid, actor_uri, display_name, credential_key, created_at, updated_at)
         VALUES ('alpha', 'local', 'u', 'molt://local/agents/alpha', '', 'k', now(), now())`,
      `DELETE FROM agents WHERE agent_id = 'alpha'`,
    ]) {
      const before = await counter(o);
      await o.raw.unsafe(statement);
      expect(await counter(o), statement).toBe(before + 1);
    }
    // Not on messages: appends leave the cache alone.
    const before = await counter(o);
    await o.store.appendMessage(message("m1", roomTarget("general"), { from: sender("alice") }));
    expect(await counter(o)).toBe(before);
  });

  test("an append whose room changed since its mark writes nothing and answers stale; fresh reads see the change", async () => {
    opened = await openFreshStore();
    const o = opened;
    await o.store.createRoom(room("general", { members: ["alice"] }));
    await o.store.registerAgent(registration("alice", { display_name: "Alice" }));

    const warm = await checkedReads(o.store);
    expect((await warm.getRoom("general"))?.members).toEqual(["alice"]);
    const first = await checkedReads(o.store);
    // Served from memory now: the same frozen object for every reader.
    const cached = await first.getRoom("general");
    expect(cached).toBe(await first.getRoom("general"));
    expect(Object.isFrozen(cached)).toBe(true);
    expect((await first.getRegisteredAgent("alice"))?.display_name).toBe("Alice");

    await o.raw`DELETE FROM room_members WHERE room_id = 'general' AND member_id = 'alice'`;
    // The copy taken under the old mark still says alice is a member...
    expect((await first.getRoom("general"))?.members).toEqual(["alice"]);
    // ...so the append that depends on it is refused, and nothing is stored.
    const result = await o.store.appendMessage(
      message("m1", roomTarget("general"), { from: sender("alice") }),
      undefined,
      first.mark,
    );
    expect(result).toEqual({ status: "stale" });
    expect(await messageCount(o)).toBe(0);

    const second = await checkedReads(o.store);
    expect(second.mark.generation).toBeGreaterThan(first.mark.generation);
    expect((await second.getRoom("general"))?.members).toEqual([]);
    expect(
      await o.store.appendMessage(
        message("m2", roomTarget("general"), { from: sender("bob") }),
        undefined,
        second.mark,
      ),
    ).toMatchObject({ status: "appended" });
    expect(await messageCount(o)).toBe(1);
  });

  test("in a group, only the appends whose reads went stale are refused", async () => {
    const { o, old } = await markThenRename();
    // A statement that reads the counter: the store learns it moved.
    await o.store.listMessages({ kind: "room", roomId: "general" }, { limit: 1 });
    const fresh = await checkedReads(o.store);
    expect(fresh.mark.generation).toBeGreaterThan(old.mark.generation);

    // Submitted together, so they share one transaction (group commit).
    const results = await Promise.all([
      o.store.appendMessage(message("g1", roomTarget("general"), { from: sender("alice") }), undefined, fresh.mark),
      o.store.appendMessage(message("g2", roomTarget("general"), { from: sender("alice") }), undefined, old.mark),
      o.store.appendMessage(message("g3", roomTarget("general"), { from: sender("alice") })),
      o.store.appendMessage(message("g4", roomTarget("general"), { from: sender("alice") }), undefined, fresh.mark),
    ]);
    expect(results.map((r) => r.status)).toEqual(["appended", "stale", "appended", "appended"]);
    const ids = await o.raw<{ id: string }[]>`select id from messages order by id`;
    expect(ids.map((r) => r.id)).toEqual(["g1", "g3", "g4"]);
  });

  test("a group of room messages sharing one mark that went stale: each answers stale and nothing is written", async () => {
    const { o, old } = await markThenRename();
    // One mark for all: the group takes the one-INSERT way (appendRoomGroup), which checks the counter too.
    const results = await Promise.all(
      ["s1", "s2", "s3", "s4"].map((id) =>
        o.store.appendMessage(message(id, roomTarget("general"), { from: sender("alice") }), undefined, old.mark),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(["stale", "stale", "stale", "stale"]);
    expect(await messageCount(o)).toBe(0);
    expect(await o.store.events.read(0, 10)).toEqual([]);
    // With a current mark the same group goes through.
    const fresh = await checkedReads(o.store);
    const again = await Promise.all(
      ["s1", "s2", "s3", "s4"].map((id) =>
        o.store.appendMessage(message(id, roomTarget("general"), { from: sender("alice") }), undefined, fresh.mark),
      ),
    );
    expect(again.map((r) => r.status)).toEqual(["appended", "appended", "appended", "appended"]);
    expect(await messageCount(o)).toBe(4);
  });

  test("a history page tells its request whether the cached room was still current", async () => {
    opened = await openFreshStore();
    const o = opened;
    await o.store.createRoom(room("general", { members: ["alice"] }));
    const reads = await checkedReads(o.store);
    expect(await reads.getRoom("general")).not.toBeNull();
    await o.store.listMessages({ kind: "room", roomId: "general" }, { limit: 5 });
    expect(reads.current()).toBe(true);

    await o.raw`UPDATE rooms SET deleted_at = now() WHERE id = 'general'`;
    // The copy still shows the room; the page's own statement reads the moved counter.
    expect(await reads.getRoom("general")).not.toBeNull();
    await o.store.listMessages({ kind: "room", roomId: "general" }, { limit: 5 });
    expect(reads.current()).toBe(false);
    expect(await (await checkedReads(o.store)).getRoom("general")).toBeNull();
  });

  test("without the counter's row (a TRUNCATE) the store offers no cached reads, and a change by another session is seen at once", async () => {
    opened = await openFreshStore();
    const o = opened;
    await o.store.createRoom(room("general", { members: ["alice"] }));
    const warm = await checkedReads(o.store);
    await warm.getRoom("general");
    await o.raw`TRUNCATE cache_generation`;
    // The next statement that reads the counter finds no row: nothing cached may be trusted from here.
    await o.store.listMessages({ kind: "room", roomId: "general" }, { limit: 1 });
    expect(warm.current()).toBe(false);
    for (let i = 0; i < 5; i++) {
      expect(o.store.checkedReads?.()).toBeNull();
      await new Promise((r) => setTimeout(r, 20));
    }
    // The triggers have no row to move now; plain reads still see the change.
    await o.raw`DELETE FROM room_members WHERE member_id = 'alice'`;
    expect((await o.store.getRoom("general"))?.members).toEqual([]);
    // With the row back, the cache is offered again.
    await o.raw`INSERT INTO cache_generation (id, generation) VALUES (1, 0)`;
    await o.store.listMessages({ kind: "room", roomId: "general" }, { limit: 1 });
    expect((await (await checkedReads(o.store)).getRoom("general"))?.members).toEqual([]);
  });

  test("the store's own writes drop its copies at once", async () => {
    opened = await openFreshStore();
    const o = opened;
    await o.store.createRoom(room("general", { members: ["alice"] }));
    const reads = await checkedReads(o.store);
    expect((await reads.getRoom("general"))?.members).toEqual(["alice"]);
    await o.store.updateRoomMembers("general", ["bob"], []);
    expect((await (await checkedReads(o.store)).getRoom("general"))?.members).toEqual(["alice", "bob"]);
  });
});

describe("GenerationCache bounds", () => {
  test("a client asking for many unknown rooms cannot grow it: past 4,096 keys it starts over", async () => {
    const loaded: string[] = [];
    const cache = new GenerationCache({
      generation: async () => 1,
      room: async (id) => (loaded.push(id), null),
      agent: async () => null,
    });
    cache.observe(1);
    const reads = cache.reads()!;
    for (let i = 0; i < 4096; i++) expect(await reads.getRoom(`unknown-${i}`)).toBeNull();
    expect(loaded).toHaveLength(4096);
    await reads.getRoom("unknown-0");
    expect(loaded).toHaveLength(4096); // still held
    await reads.getRoom("unknown-4096"); // the 4,097th key: everything held so far goes
    await reads.getRoom("unknown-0");
    expect(loaded.slice(4096)).toEqual(["unknown-4096", "unknown-0"]);
  });
});

// The event log (store `events`, issue 8): events commit with their change or
// not at all, positions are gapless and in order, reads page by position,
// retention prunes but keeps the newest event, and durable backends keep the
// log across close + reopen.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError } from "./expect-store.js";
import { dmTarget, filePart, message, room, roomTarget, threadTarget } from "../fixtures/records.js";
import type { NewEvent, StoredEvent } from "../../src/events.js";
import type { Store } from "../../src/store.js";

const ev = (id: string, data = `{"id":"${id}"}`): NewEvent => ({ id, type: "test.event", data });
const brief = (events: StoredEvent[]) => events.map((e) => [e.position, e.id]);
const all = async (store: Store) => store.events.read(0, 1000);

export const eventCases = defineCases("events", [
  {
    name: "events - stored with their change, at consecutive positions, data byte for byte",
    async run({ store }) {
      expect(await store.events.head()).toBe(0);
      expect(await store.events.bounds()).toBeNull();
      await store.createRoom(room("r1"), [ev("e1", '{"z":1,"a":"<&>"}')]);
      await store.updateRoomMembers("r1", ["alpha"], [], (updated) => [ev(`members-${updated.members.join(",")}`)]);
      const appended = await store.appendMessage(message("m1", threadTarget("r1", "t1")), (r) => [
        ...(r.createdThread ? [ev(`thread-${r.createdThread.id}`)] : []),
        ev("msg-m1"),
      ]);
      expect(appended.status).toBe("appended");
      await store.removeRoom("r1", "2026-04-01T00:00:00Z" as never, (removed) => [ev(`removed-${removed.id}`)]);
      await store.events.append([ev("standalone")]);
      const events = await all(store);
      expect(brief(events)).toEqual([
        [1, "e1"],
        [2, "members-alpha"],
        [3, "thread-t1"],
        [4, "msg-m1"],
        [5, "removed-r1"],
        [6, "standalone"],
      ]);
      expect(events[0]!.data).toBe('{"z":1,"a":"<&>"}');
      expect(events[0]!.type).toBe("test.event");
      expect(await store.events.head()).toBe(6);
      expect(await store.events.bounds()).toEqual({
        oldest: { position: 1, id: "e1" },
        newest: { position: 6, id: "standalone" },
      });
    },
  },
  {
    name: "events - a failed change stores none of its events; a duplicate message none either",
    async run({ store }) {
      await store.createRoom(room("r1"), [ev("created")]);
      await expectStoreError(store.createRoom(room("r1"), [ev("again")]), "room_exists");
      await expectStoreError(
        store.removeRoom("nope", "2026-04-01T00:00:00Z" as never, () => [ev("never")]),
        "room_not_found",
      );
      await store.appendMessage(message("m1", roomTarget("r1")), () => [ev("m1-first")]);
      const dup = await store.appendMessage(message("m1", roomTarget("r1")), () => [ev("m1-again")]);
      expect(dup.status).toBe("duplicate");
      expect(brief(await all(store))).toEqual([
        [1, "created"],
        [2, "m1-first"],
      ]);
    },
  },
  {
    name: "events - a duplicate DM or thread message with artifacts stores none of its events and changes nothing",
    async run({ store }) {
      // Postgres issues a message's other statements (participants, artifacts,
      // events) without waiting for the message insert's answer: a duplicate
      // id must still come out as "duplicate", whatever the artifacts' ids met.
      await store.createRoom(room("r1"));
      const parts = [filePart("a.pdf"), filePart("b.pdf")];
      const first = await store.appendMessage(message("m1", dmTarget("dm1", ["alpha", "beta"]), { parts }), () => [
        ev("m1-first"),
      ]);
      expect(first.status).toBe("appended");
      const again = [
        message("m1", dmTarget("dm1", ["alpha", "beta"]), { parts }),
        message("m1", dmTarget("dm2", ["alpha", "gamma"]), { parts }),
        message("m1", threadTarget("r1", "t1"), { parts }),
      ];
      for (const m of again) expect((await store.appendMessage(m, () => [ev("m1-again")])).status).toBe("duplicate");
      // The same at once (one group), beside a new message.
      const together = await Promise.all([
        ...again.map((m) => store.appendMessage(m, () => [ev("m1-again")])),
        store.appendMessage(message("m2", dmTarget("dm1", ["alpha", "beta"]), { parts }), () => [ev("m2")]),
      ]);
      expect(together.map((r) => r.status)).toEqual(["duplicate", "duplicate", "duplicate", "appended"]);
      expect(brief(await all(store))).toEqual([
        [1, "m1-first"],
        [2, "m2"],
      ]);
      expect((await store.getDirectConversation("dm1"))?.message_count).toBe(2);
      expect(await store.getDirectConversation("dm2")).toBeNull();
      expect(await store.getThread("t1")).toBeNull();
      const artifacts = await store.listArtifacts({ dmId: "dm1" }, { limit: 100 });
      expect(artifacts.items.map((a) => a.id)).toEqual(["art_m1_0", "art_m1_1", "art_m2_0", "art_m2_1"]);
    },
  },
  {
    name: "events - concurrent appends (one group commit) each store their events, in append order",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const ids = Array.from({ length: 40 }, (_, i) => `m${i}`);
      await Promise.all(
        ids.map((id, i) =>
          store.appendMessage(message(id, i % 2 ? roomTarget("r1") : dmTarget(`dm${i % 3}`, ["a", "b"])), () => [
            ev(`ev-${id}`),
          ]),
        ),
      );
      const events = await all(store);
      expect(events.map((e) => e.position)).toEqual(ids.map((_, i) => i + 1));
      expect(new Set(events.map((e) => e.id))).toEqual(new Set(ids.map((id) => `ev-${id}`)));
    },
  },
  {
    name: "events - read pages after a position; find gives the newest position of an id",
    async run({ store }) {
      await store.events.append(Array.from({ length: 25 }, (_, i) => ev(`e${i}`)));
      await store.events.append([ev("e3")]);
      expect(brief(await store.events.read(20, 3))).toEqual([
        [21, "e20"],
        [22, "e21"],
        [23, "e22"],
      ]);
      expect(await store.events.read(26, 10)).toEqual([]);
      expect(await store.events.find("e3")).toBe(26);
      expect(await store.events.find("e0")).toBe(1);
      expect(await store.events.find("nope")).toBeNull();
      expect(await store.events.find("nul\0id")).toBeNull();
    },
  },
  {
    name: "events - find follows later appends and pruning",
    async run({ store }) {
      await store.events.append(Array.from({ length: 10 }, (_, i) => ev(`e${i}`)));
      expect(await store.events.find("e5")).toBe(6);
      await store.events.append(Array.from({ length: 10 }, (_, i) => ev(`f${i}`)));
      expect(await store.events.find("f9")).toBe(20);
      expect(await store.events.find("e5")).toBe(6);
      await store.events.prune({ maxAgeMs: 3600_000, maxCount: 5 });
      expect(await store.events.find("e5")).toBeNull();
      expect(await store.events.find("f4")).toBeNull();
      expect(await store.events.find("f5")).toBe(16);
      await store.events.append([ev("g")]);
      expect(await store.events.find("g")).toBe(21);
      expect(await store.events.find("f9")).toBe(20);
    },
  },
  {
    name: "events - retention prunes by count and by age, always keeping the newest; positions never restart",
    async run({ store }) {
      await store.events.append(Array.from({ length: 30 }, (_, i) => ev(`e${i}`)));
      expect(await store.events.prune({ maxAgeMs: 3600_000, maxCount: 10 })).toBe(20);
      expect((await store.events.bounds())?.oldest).toEqual({ position: 21, id: "e20" });
      // Everything is older than the cutoff: all but the newest go.
      expect(await store.events.prune({ maxAgeMs: 1000, maxCount: 100 }, Date.now() + 10_000)).toBe(9);
      expect(brief(await all(store))).toEqual([[30, "e29"]]);
      await store.events.append([ev("next")]);
      expect(brief(await store.events.read(29, 10))).toEqual([
        [30, "e29"],
        [31, "next"],
      ]);
    },
  },
  {
    name: "events - watchers are woken after a commit with events",
    async run({ store }) {
      let wakes = 0;
      const stop = store.events.watch(() => wakes++);
      try {
        await store.createRoom(room("r1"), [ev("e1")]);
        for (let i = 0; i < 50 && wakes === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(wakes).toBeGreaterThan(0);
      } finally {
        stop();
      }
    },
  },
  {
    name: "events - the log survives close and reopen",
    needsReopen: true,
    async run({ store, reopen }) {
      await store.createRoom(room("r1"), [ev("e1")]);
      await store.appendMessage(message("m1", roomTarget("r1")), () => [ev("e2")]);
      const again = await reopen();
      expect(brief(await all(again))).toEqual([
        [1, "e1"],
        [2, "e2"],
      ]);
      await again.events.append([ev("e3")]);
      expect(await again.events.head()).toBe(3);
    },
  },
]);

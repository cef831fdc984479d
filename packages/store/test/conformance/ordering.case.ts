// Contract §2.8 as adjusted by "Where we differ" 1-2: history is ordered by
// (created_at, id) on every backend, whatever the insertion order, and a cursor
// must be a message of the conversation being paged.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, page, sameMessages } from "./expect-store.js";
import { at, dmTarget, message, room, roomTarget, threadTarget } from "../fixtures/records.js";

const ALL = { limit: 1000 };

export const orderingCases = defineCases("ordering", [
  {
    name: "listMessages - a conversation without messages is an empty window",
    async run({ store }) {
      await store.createRoom(room("r1"));
      for (const conversation of [
        { kind: "room", roomId: "r1" },
        { kind: "room", roomId: "no-such-room" },
        { kind: "thread", threadId: "no-such-thread" },
        { kind: "dm", dmId: "no-such-dm" },
      ] as const) {
        expect(page(await store.listMessages(conversation, { limit: 10 })), JSON.stringify(conversation)).toEqual({
          ids: [],
          hasMore: false,
        });
      }
    },
  },
  {
    name: "listMessages - ordered by created_at even when appended out of order",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const m3 = message("c3", roomTarget("r1"), { created_at: at(3) });
      const m1 = message("a1", roomTarget("r1"), { created_at: at(1) });
      const m2 = message("b2", roomTarget("r1"), { created_at: at(2) });
      // ids sort opposite to time, so id order cannot pass by accident
      const z0 = message("z0", roomTarget("r1"), { created_at: at(0, 1) });
      for (const m of [m3, m1, z0, m2]) await store.appendMessage(m);
      sameMessages((await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items, [z0, m1, m2, m3]);
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 2 }))).toEqual({
        ids: ["b2", "c3"],
        hasMore: true,
      });
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 2, before: "b2" }))).toEqual({
        ids: ["z0", "a1"],
        hasMore: false,
      });
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 1, after: "z0" }))).toEqual({
        ids: ["a1"],
        hasMore: true,
      });
    },
  },
  {
    name: "listMessages - equal created_at is ordered by id bytewise",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const same = at(5);
      const ids = ["m-b", "M-z", "m-a", "m-c", "m.a", "m_a"];
      for (const id of ids) await store.appendMessage(message(id, roomTarget("r1"), { created_at: same }));
      // bytewise: 'M' (0x4d) < 'm'; '-' (0x2d) < '.' (0x2e) < '_' (0x5f)
      const expected = ["M-z", "m-a", "m-b", "m-c", "m.a", "m_a"];
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).ids).toEqual(expected);
    },
  },
  {
    name: "listMessages - a cursor inside a run of equal timestamps pages by id",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const same = at(5);
      await store.appendMessage(message("early", roomTarget("r1"), { created_at: at(4) }));
      for (const id of ["d", "b", "c", "a"])
        await store.appendMessage(message(id, roomTarget("r1"), { created_at: same }));
      await store.appendMessage(message("late", roomTarget("r1"), { created_at: at(6) }));
      const conv = { kind: "room", roomId: "r1" } as const;
      expect(page(await store.listMessages(conv, { limit: 2, before: "c" }))).toEqual({
        ids: ["a", "b"],
        hasMore: true,
      });
      expect(page(await store.listMessages(conv, { limit: 1, before: "b" }))).toEqual({ ids: ["a"], hasMore: true });
      expect(page(await store.listMessages(conv, { limit: 2, after: "b" }))).toEqual({
        ids: ["c", "d"],
        hasMore: true,
      });
      expect(page(await store.listMessages(conv, { limit: 3, after: "b" }))).toEqual({
        ids: ["c", "d", "late"],
        hasMore: false,
      });
      expect(page(await store.listMessages(conv, { limit: 10, before: "a" }))).toEqual({
        ids: ["early"],
        hasMore: false,
      });
    },
  },
  {
    name: "listMessages - a cursor from another conversation is invalid_cursor",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      await store.appendMessage(message("in-r1", roomTarget("r1"), { created_at: at(1) }));
      await store.appendMessage(message("in-r2", roomTarget("r2"), { created_at: at(2) }));
      await store.appendMessage(message("in-t1", threadTarget("r1", "t1"), { created_at: at(3) }));
      await store.appendMessage(message("in-t2", threadTarget("r1", "t2"), { created_at: at(3) }));
      await store.appendMessage(message("in-dm", dmTarget("dm1", ["alpha", "beta"]), { created_at: at(4) }));
      await store.appendMessage(message("in-dm2", dmTarget("dm2", ["alpha", "beta"]), { created_at: at(4) }));
      const r1 = { kind: "room", roomId: "r1" } as const;
      for (const cursor of ["in-r2", "in-t1", "in-dm"]) {
        await expectStoreError(store.listMessages(r1, { limit: 5, before: cursor }), "invalid_cursor");
        await expectStoreError(store.listMessages(r1, { limit: 5, after: cursor }), "invalid_cursor");
      }
      await expectStoreError(
        store.listMessages({ kind: "thread", threadId: "t1" }, { limit: 5, after: "in-t2" }),
        "invalid_cursor",
      );
      await expectStoreError(
        store.listMessages({ kind: "thread", threadId: "t1" }, { limit: 5, before: "in-r1" }),
        "invalid_cursor",
      );
      await expectStoreError(
        store.listMessages({ kind: "dm", dmId: "dm1" }, { limit: 5, before: "in-dm2" }),
        "invalid_cursor",
      );
      await expectStoreError(
        store.listMessages({ kind: "dm", dmId: "dm1" }, { limit: 5, after: "in-r1" }),
        "invalid_cursor",
      );
    },
  },
  {
    name: "listMessages - an unknown cursor is invalid_cursor",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("m1", roomTarget("r1")));
      const r1 = { kind: "room", roomId: "r1" } as const;
      await expectStoreError(store.listMessages(r1, { limit: 5, before: "nope" }), "invalid_cursor");
      await expectStoreError(store.listMessages(r1, { limit: 5, after: "nope" }), "invalid_cursor");
      await expectStoreError(
        store.listMessages({ kind: "room", roomId: "empty" }, { limit: 5, after: "m1" }),
        "invalid_cursor",
      );
      // An artifact id is not a message cursor.
      await expectStoreError(store.listMessages(r1, { limit: 5, after: "art_m1_0" }), "invalid_cursor");
    },
  },
  {
    name: "listMessages - walking a long history with many equal timestamps visits each message once",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const ids: string[] = [];
      // 90 messages, three per instant, appended in a scrambled order
      const order = Array.from({ length: 90 }, (_, i) => (i * 37) % 90);
      for (const i of order) {
        const id = `m${String(i).padStart(3, "0")}`;
        await store.appendMessage(message(id, roomTarget("r1"), { created_at: at(Math.floor(i / 3)) }));
      }
      for (let i = 0; i < 90; i++) ids.push(`m${String(i).padStart(3, "0")}`);
      const conv = { kind: "room", roomId: "r1" } as const;
      const backwards: string[] = [];
      let result = await store.listMessages(conv, { limit: 7 });
      for (let guard = 0; guard < 30; guard++) {
        backwards.unshift(...result.items.map((m) => m.id));
        if (!result.hasMore) break;
        result = await store.listMessages(conv, { limit: 7, before: result.items[0]!.id });
      }
      expect(backwards).toEqual(ids);
      const forwards: string[] = [ids[0]!];
      result = await store.listMessages(conv, { limit: 8, after: ids[0]! });
      for (let guard = 0; guard < 30; guard++) {
        forwards.push(...result.items.map((m) => m.id));
        if (!result.hasMore) break;
        result = await store.listMessages(conv, { limit: 8, after: result.items[result.items.length - 1]!.id });
      }
      expect(forwards).toEqual(ids);
    },
  },
]);

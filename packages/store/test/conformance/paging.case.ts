// Contract §2.8 as adjusted by "Where we differ" 1: history windows and the
// PageInfo paging.ts derives from them. hasMore must be exact at every edge,
// because `next_before`/`next_after` are shown only when it is true.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { page } from "./expect-store.js";
import { at, dmTarget, message, room, roomTarget, threadTarget } from "../fixtures/records.js";
import { historyPageInfo } from "../../src/paging.js";
import type { Conversation, Store, Window } from "../../src/store.js";
import type { Target } from "../../src/types.js";

/** Appends m1..mN (oldest first) to a conversation. */
async function seed(store: Store, n: number, target: Target, prefix = "m"): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 1; i <= n; i++) {
    const id = `${prefix}${String(i).padStart(2, "0")}`;
    await store.appendMessage(message(id, target, { created_at: at(i) }));
    ids.push(id);
  }
  return ids;
}

async function historyWindow(store: Store, conv: Conversation, window: Window) {
  const result = await store.listMessages(conv, window);
  return { ...page(result), info: historyPageInfo(window, result) };
}

const R1: Conversation = { kind: "room", roomId: "r1" };

export const pagingCases = defineCases("paging", [
  {
    name: "history - no cursor returns the newest items, hasMore exact at limit and limit+1",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const ids = await seed(store, 5, roomTarget("r1"));
      expect(await historyWindow(store, R1, { limit: 5 })).toEqual({ ids, hasMore: false, info: { has_more: false } });
      expect(await historyWindow(store, R1, { limit: 6 })).toEqual({ ids, hasMore: false, info: { has_more: false } });
      expect(await historyWindow(store, R1, { limit: 4 })).toEqual({
        ids: ids.slice(1),
        hasMore: true,
        info: { has_more: true, next_before: "m02" },
      });
      expect(await historyWindow(store, R1, { limit: 1 })).toEqual({
        ids: ["m05"],
        hasMore: true,
        info: { has_more: true, next_before: "m05" },
      });
    },
  },
  {
    name: "history - an empty conversation has no page info cursors",
    async run({ store }) {
      await store.createRoom(room("r1"));
      expect(await historyWindow(store, R1, { limit: 3 })).toEqual({
        ids: [],
        hasMore: false,
        info: { has_more: false },
      });
    },
  },
  {
    name: "history - before windows: exact hasMore, and the oldest cursor gives an empty page",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await seed(store, 5, roomTarget("r1"));
      expect(await historyWindow(store, R1, { limit: 2, before: "m05" })).toEqual({
        ids: ["m03", "m04"],
        hasMore: true,
        info: { has_more: true, next_before: "m03" },
      });
      expect(await historyWindow(store, R1, { limit: 4, before: "m05" })).toEqual({
        ids: ["m01", "m02", "m03", "m04"],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, R1, { limit: 3, before: "m05" })).toEqual({
        ids: ["m02", "m03", "m04"],
        hasMore: true,
        info: { has_more: true, next_before: "m02" },
      });
      expect(await historyWindow(store, R1, { limit: 1, before: "m02" })).toEqual({
        ids: ["m01"],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, R1, { limit: 9, before: "m01" })).toEqual({
        ids: [],
        hasMore: false,
        info: { has_more: false },
      });
    },
  },
  {
    name: "history - after windows: exact hasMore, and the newest cursor gives an empty page",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await seed(store, 5, roomTarget("r1"));
      expect(await historyWindow(store, R1, { limit: 2, after: "m01" })).toEqual({
        ids: ["m02", "m03"],
        hasMore: true,
        info: { has_more: true, next_after: "m03" },
      });
      expect(await historyWindow(store, R1, { limit: 4, after: "m01" })).toEqual({
        ids: ["m02", "m03", "m04", "m05"],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, R1, { limit: 3, after: "m01" })).toEqual({
        ids: ["m02", "m03", "m04"],
        hasMore: true,
        info: { has_more: true, next_after: "m04" },
      });
      expect(await historyWindow(store, R1, { limit: 1, after: "m04" })).toEqual({
        ids: ["m05"],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, R1, { limit: 9, after: "m05" })).toEqual({
        ids: [],
        hasMore: false,
        info: { has_more: false },
      });
    },
  },
  {
    name: "history - a single-message conversation pages to nothing both ways",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await seed(store, 1, roomTarget("r1"));
      expect(await historyWindow(store, R1, { limit: 1 })).toEqual({
        ids: ["m01"],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, R1, { limit: 1, before: "m01" })).toEqual({
        ids: [],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, R1, { limit: 1, after: "m01" })).toEqual({
        ids: [],
        hasMore: false,
        info: { has_more: false },
      });
    },
  },
  {
    name: "history - following next_before visits every message once, newest page first",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("noise"));
      const ids = await seed(store, 11, roomTarget("r1"));
      await seed(store, 4, roomTarget("noise"), "n");
      const seen: string[][] = [];
      let window: Window = { limit: 3 };
      for (let guard = 0; guard < 10; guard++) {
        const { ids: got, info } = await historyWindow(store, R1, window);
        seen.unshift(got);
        if (!info.next_before) break;
        window = { limit: 3, before: info.next_before };
      }
      expect(seen).toEqual([
        ["m01", "m02"],
        ["m03", "m04", "m05"],
        ["m06", "m07", "m08"],
        ["m09", "m10", "m11"],
      ]);
      expect(seen.flat()).toEqual(ids);
    },
  },
  {
    name: "history - following next_after from the oldest visits every newer message once",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const ids = await seed(store, 10, roomTarget("r1"));
      const seen: string[] = [];
      let window: Window = { limit: 3, after: "m01" };
      for (let guard = 0; guard < 10; guard++) {
        const { ids: got, info } = await historyWindow(store, R1, window);
        seen.push(...got);
        if (!info.next_after) break;
        window = { limit: 3, after: info.next_after };
      }
      expect(seen).toEqual(ids.slice(1));
    },
  },
  {
    name: "history - thread and DM conversations page like rooms",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await seed(store, 4, threadTarget("r1", "t1"), "t");
      await seed(store, 4, dmTarget("dm1", ["alpha", "beta"]), "d");
      await seed(store, 4, roomTarget("r1"), "r");
      const thread: Conversation = { kind: "thread", threadId: "t1" };
      const dm: Conversation = { kind: "dm", dmId: "dm1" };
      expect(await historyWindow(store, thread, { limit: 2 })).toEqual({
        ids: ["t03", "t04"],
        hasMore: true,
        info: { has_more: true, next_before: "t03" },
      });
      expect(await historyWindow(store, thread, { limit: 2, before: "t03" })).toEqual({
        ids: ["t01", "t02"],
        hasMore: false,
        info: { has_more: false },
      });
      expect(await historyWindow(store, dm, { limit: 2, after: "d01" })).toEqual({
        ids: ["d02", "d03"],
        hasMore: true,
        info: { has_more: true, next_after: "d03" },
      });
      expect(await historyWindow(store, dm, { limit: 3, after: "d01" })).toEqual({
        ids: ["d02", "d03", "d04"],
        hasMore: false,
        info: { has_more: false },
      });
    },
  },
  {
    name: "history - a window never mixes in a sibling conversation's messages at equal times",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      // interleave two rooms at the same instants; keyset comparisons must stay inside the room
      for (let i = 1; i <= 4; i++) {
        await store.appendMessage(message(`a${i}`, roomTarget("r1"), { created_at: at(i) }));
        await store.appendMessage(message(`b${i}`, roomTarget("r2"), { created_at: at(i) }));
        await store.appendMessage(message(`c${i}`, threadTarget("r1", "t1"), { created_at: at(i) }));
      }
      expect(page(await store.listMessages(R1, { limit: 2, before: "a3" }))).toEqual({
        ids: ["a1", "a2"],
        hasMore: false,
      });
      expect(page(await store.listMessages(R1, { limit: 2, after: "a2" }))).toEqual({
        ids: ["a3", "a4"],
        hasMore: false,
      });
      expect(page(await store.listMessages({ kind: "room", roomId: "r2" }, { limit: 10 }))).toEqual({
        ids: ["b1", "b2", "b3", "b4"],
        hasMore: false,
      });
    },
  },
]);

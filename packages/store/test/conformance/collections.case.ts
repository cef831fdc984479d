// Collection windows (rooms, threads of a room, DMs): ordered by id bytewise,
// first window from the start, keyset cursors that must belong to the list.
// PageInfo comes from paging.ts collectionPageInfo, as the HTTP layer does.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, page } from "./expect-store.js";
import { at, dmTarget, message, room, threadTarget } from "../fixtures/records.js";
import { collectionPageInfo, type PageInfo } from "../../src/paging.js";
import type { Store, Window, WindowResult } from "../../src/store.js";

async function walk<T extends { id: string }>(
  list: (w: Window) => Promise<WindowResult<T>>,
  limit: number,
): Promise<string[][]> {
  const pages: string[][] = [];
  let window: Window = { limit };
  for (let guard = 0; guard < 20; guard++) {
    const result: WindowResult<T> = await list(window);
    pages.push(page(result).ids);
    const info: PageInfo = collectionPageInfo(window, result);
    if (!info.next_after) break;
    window = { limit, after: info.next_after };
  }
  return pages;
}

async function seedRooms(store: Store, ids: string[], publicIds: string[] = []): Promise<void> {
  for (const id of ids) await store.createRoom(room(id, { visibility: publicIds.includes(id) ? "public" : "private" }));
}

export const collectionCases = defineCases("collections", [
  {
    name: "listRooms - ordered by id bytewise",
    async run({ store }) {
      await seedRooms(store, ["b", "a.b", "Z", "a", "a-b", "a_b", "0"]);
      expect(page(await store.listRooms({ limit: 100 }))).toEqual({
        ids: ["0", "Z", "a", "a-b", "a.b", "a_b", "b"],
        hasMore: false,
      });
    },
  },
  {
    name: "listRooms - keyset windows with exact hasMore",
    async run({ store }) {
      await seedRooms(store, ["r1", "r2", "r3", "r4", "r5"]);
      expect(page(await store.listRooms({ limit: 5 }))).toEqual({
        ids: ["r1", "r2", "r3", "r4", "r5"],
        hasMore: false,
      });
      expect(page(await store.listRooms({ limit: 4 }))).toEqual({ ids: ["r1", "r2", "r3", "r4"], hasMore: true });
      expect(page(await store.listRooms({ limit: 2, after: "r2" }))).toEqual({ ids: ["r3", "r4"], hasMore: true });
      expect(page(await store.listRooms({ limit: 3, after: "r2" }))).toEqual({
        ids: ["r3", "r4", "r5"],
        hasMore: false,
      });
      expect(page(await store.listRooms({ limit: 3, after: "r5" }))).toEqual({ ids: [], hasMore: false });
      expect(page(await store.listRooms({ limit: 2, before: "r4" }))).toEqual({ ids: ["r2", "r3"], hasMore: true });
      expect(page(await store.listRooms({ limit: 3, before: "r4" }))).toEqual({
        ids: ["r1", "r2", "r3"],
        hasMore: false,
      });
      expect(page(await store.listRooms({ limit: 3, before: "r1" }))).toEqual({ ids: [], hasMore: false });
    },
  },
  {
    name: "listRooms - following next_after visits every room once",
    async run({ store }) {
      const ids = Array.from({ length: 7 }, (_, i) => `room-${i}`);
      await seedRooms(store, ids);
      expect(await walk((w) => store.listRooms(w), 3)).toEqual([ids.slice(0, 3), ids.slice(3, 6), ids.slice(6)]);
      expect(await walk((w) => store.listRooms(w), 7)).toEqual([ids]);
    },
  },
  {
    name: "listRooms - publicOnly lists only public rooms and pages within them",
    async run({ store }) {
      await seedRooms(store, ["a", "b", "c", "d", "e"], ["b", "d", "e"]);
      expect(page(await store.listRooms({ limit: 10 }, { publicOnly: true }))).toEqual({
        ids: ["b", "d", "e"],
        hasMore: false,
      });
      expect(page(await store.listRooms({ limit: 1 }, { publicOnly: true }))).toEqual({ ids: ["b"], hasMore: true });
      expect(page(await store.listRooms({ limit: 1, after: "b" }, { publicOnly: true }))).toEqual({
        ids: ["d"],
        hasMore: true,
      });
      expect(page(await store.listRooms({ limit: 2, after: "b" }, { publicOnly: true }))).toEqual({
        ids: ["d", "e"],
        hasMore: false,
      });
      expect(page(await store.listRooms({ limit: 2, before: "e" }, { publicOnly: true }))).toEqual({
        ids: ["b", "d"],
        hasMore: false,
      });
      expect(page(await store.listRooms({ limit: 10 }, { publicOnly: false }))).toEqual({
        ids: ["a", "b", "c", "d", "e"],
        hasMore: false,
      });
    },
  },
  {
    name: "listRooms - publicOnly follows visibility changes made by reconcile",
    async run({ store }) {
      await seedRooms(store, ["a", "b"], ["a"]);
      await store.reconcileRoom(room("a", { visibility: "private" }));
      await store.reconcileRoom(room("b", { visibility: "public" }));
      expect(page(await store.listRooms({ limit: 10 }, { publicOnly: true })).ids).toEqual(["b"]);
    },
  },
  {
    name: "listRooms - a cursor outside the listed rooms is invalid_cursor",
    async run({ store }) {
      await seedRooms(store, ["a", "b", "c"], ["b"]);
      await expectStoreError(store.listRooms({ limit: 2, after: "nope" }), "invalid_cursor");
      await expectStoreError(store.listRooms({ limit: 2, before: "nope" }), "invalid_cursor");
      // a private room is not an item of the public list
      await expectStoreError(store.listRooms({ limit: 2, after: "a" }, { publicOnly: true }), "invalid_cursor");
    },
  },
  {
    name: "listRooms - no rooms is an empty window",
    async run({ store }) {
      expect(page(await store.listRooms({ limit: 10 }))).toEqual({ ids: [], hasMore: false });
      expect(page(await store.listRooms({ limit: 10 }, { publicOnly: true }))).toEqual({ ids: [], hasMore: false });
    },
  },
  {
    name: "listThreads - keyset windows with exact hasMore",
    async run({ store }) {
      await store.createRoom(room("r1"));
      for (let i = 1; i <= 5; i++)
        await store.appendMessage(message(`m${i}`, threadTarget("r1", `t${i}`), { created_at: at(i) }));
      const list = (w: Window) => store.listThreads("r1", w);
      expect(page(await list({ limit: 5 }))).toEqual({ ids: ["t1", "t2", "t3", "t4", "t5"], hasMore: false });
      expect(page(await list({ limit: 4 }))).toEqual({ ids: ["t1", "t2", "t3", "t4"], hasMore: true });
      expect(page(await list({ limit: 2, after: "t2" }))).toEqual({ ids: ["t3", "t4"], hasMore: true });
      expect(page(await list({ limit: 3, after: "t2" }))).toEqual({ ids: ["t3", "t4", "t5"], hasMore: false });
      expect(page(await list({ limit: 2, before: "t3" }))).toEqual({ ids: ["t1", "t2"], hasMore: false });
      expect(page(await list({ limit: 1, before: "t3" }))).toEqual({ ids: ["t2"], hasMore: true });
      expect(page(await list({ limit: 1, after: "t5" }))).toEqual({ ids: [], hasMore: false });
      expect(await walk(list, 2)).toEqual([["t1", "t2"], ["t3", "t4"], ["t5"]]);
    },
  },
  {
    name: "listThreads - a thread of another room, or an unknown id, is invalid_cursor",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      await store.appendMessage(message("m1", threadTarget("r1", "t1"), { created_at: at(1) }));
      await store.appendMessage(message("m2", threadTarget("r2", "t2"), { created_at: at(2) }));
      await expectStoreError(store.listThreads("r1", { limit: 5, after: "t2" }), "invalid_cursor");
      await expectStoreError(store.listThreads("r1", { limit: 5, before: "t2" }), "invalid_cursor");
      await expectStoreError(store.listThreads("r1", { limit: 5, after: "nope" }), "invalid_cursor");
      await expectStoreError(store.listThreads("r1", { limit: 5, after: "m1" }), "invalid_cursor");
    },
  },
  {
    name: "listDirectConversations - keyset windows with exact hasMore",
    async run({ store }) {
      for (let i = 1; i <= 5; i++)
        await store.appendMessage(message(`m${i}`, dmTarget(`dm${i}`, ["alpha", "beta"]), { created_at: at(i) }));
      const list = (w: Window) => store.listDirectConversations(w);
      expect(page(await list({ limit: 5 }))).toEqual({ ids: ["dm1", "dm2", "dm3", "dm4", "dm5"], hasMore: false });
      expect(page(await list({ limit: 4 }))).toEqual({ ids: ["dm1", "dm2", "dm3", "dm4"], hasMore: true });
      expect(page(await list({ limit: 2, after: "dm3" }))).toEqual({ ids: ["dm4", "dm5"], hasMore: false });
      expect(page(await list({ limit: 1, after: "dm3" }))).toEqual({ ids: ["dm4"], hasMore: true });
      expect(page(await list({ limit: 3, before: "dm5" }))).toEqual({ ids: ["dm2", "dm3", "dm4"], hasMore: true });
      expect(page(await list({ limit: 1, before: "dm1" }))).toEqual({ ids: [], hasMore: false });
      expect(await walk(list, 2)).toEqual([["dm1", "dm2"], ["dm3", "dm4"], ["dm5"]]);
      await expectStoreError(list({ limit: 2, after: "nope" }), "invalid_cursor");
      await expectStoreError(list({ limit: 2, before: "m1" }), "invalid_cursor");
    },
  },
]);

// Contract §2.6.3 and §2.7: lazy thread creation and thread summaries.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { page, sameMessages, sameThread } from "./expect-store.js";
import { at, message, NET, room, roomTarget, threadTarget } from "../fixtures/records.js";
import type { Thread } from "../../src/types.js";

const ALL = { limit: 1000 };

export const threadCases = defineCases("threads", [
  {
    name: "append - creates the thread on its first message",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("root", roomTarget("r1"), { created_at: at(1) }));
      const first = message("t1-a", threadTarget("r1", "t1", "root"), { created_at: at(2, 250) });
      const result = await store.appendMessage(first);
      const expected: Thread = {
        id: "t1",
        network_id: NET,
        fqid: `molt://${NET}/threads/t1`,
        room_id: "r1",
        parent_message_id: "root",
        message_count: 1,
        last_message_at: first.created_at,
      };
      expect(result.status).toBe("appended");
      if (result.status !== "appended") return;
      expect(result.createdDm).toBeNull();
      sameThread(result.createdThread, expected);
      sameThread(await store.getThread("t1"), expected);
    },
  },
  {
    name: "append - later thread messages report no created thread and bump the counters",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("a", threadTarget("r1", "t1", "root"), { created_at: at(1) }));
      const second = await store.appendMessage(message("b", threadTarget("r1", "t1", "root"), { created_at: at(2) }));
      const third = await store.appendMessage(message("c", threadTarget("r1", "t1", "root"), { created_at: at(3, 5) }));
      expect(second).toEqual({ status: "appended", createdThread: null, createdDm: null });
      expect(third).toEqual({ status: "appended", createdThread: null, createdDm: null });
      const thread = await store.getThread("t1");
      expect(thread?.message_count).toBe(3);
      expect(thread?.last_message_at).toBe(at(3, 5));
    },
  },
  {
    name: "append - a thread without a parent has an empty parent_message_id",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const result = await store.appendMessage(message("a", threadTarget("r1", "t1")));
      expect(result.status === "appended" && result.createdThread?.parent_message_id).toBe("");
      expect((await store.getThread("t1"))?.parent_message_id ?? "").toBe("");
    },
  },
  {
    name: "append - the first message fixes the thread's room and parent",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      await store.appendMessage(message("a", threadTarget("r1", "t1", "p1"), { created_at: at(1) }));
      await store.appendMessage(message("b", threadTarget("r2", "t1", "p2"), { created_at: at(2) }));
      await store.appendMessage(message("c", threadTarget("r1", "t1"), { created_at: at(3) }));
      const thread = await store.getThread("t1");
      expect(thread?.room_id).toBe("r1");
      expect(thread?.parent_message_id).toBe("p1");
      expect(thread?.message_count).toBe(3);
      expect(page(await store.listThreads("r1", ALL)).ids).toEqual(["t1"]);
      expect(page(await store.listThreads("r2", ALL)).ids).toEqual([]);
    },
  },
  {
    name: "append - last_message_at is the last appended message's time, not the latest",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("a", threadTarget("r1", "t1"), { created_at: at(10) }));
      await store.appendMessage(message("b", threadTarget("r1", "t1"), { created_at: at(5) }));
      expect((await store.getThread("t1"))?.last_message_at).toBe(at(5));
    },
  },
  {
    name: "listMessages - thread messages are listed in the thread, in time order",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const a = message("a", threadTarget("r1", "t1"), { created_at: at(1) });
      const b = message("b", threadTarget("r1", "t1"), { created_at: at(2) });
      const other = message("other", threadTarget("r1", "t2"), { created_at: at(3) });
      for (const m of [b, other, a]) await store.appendMessage(m);
      sameMessages((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items, [a, b]);
      sameMessages((await store.listMessages({ kind: "thread", threadId: "t2" }, ALL)).items, [other]);
    },
  },
  {
    name: "getThread - each thread has only its own counters, room and parent",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      await store.appendMessage(message("a1", threadTarget("r1", "ta", "pa"), { created_at: at(1) }));
      await store.appendMessage(message("b1", threadTarget("r2", "tb", "pb"), { created_at: at(2) }));
      await store.appendMessage(message("a2", threadTarget("r1", "ta", "pa"), { created_at: at(3) }));
      await store.appendMessage(message("c1", threadTarget("r1", "tc"), { created_at: at(4) }));
      await store.appendMessage(message("a3", threadTarget("r1", "ta", "pa"), { created_at: at(5) }));
      const view = (t: Thread | null | undefined) =>
        t && [t.room_id, t.parent_message_id, t.message_count, t.last_message_at];
      const want = { ta: ["r1", "pa", 3, at(5)], tb: ["r2", "pb", 1, at(2)], tc: ["r1", "", 1, at(4)] };
      for (const [id, w] of Object.entries(want)) expect(view(await store.getThread(id)), id).toEqual(w);
      expect((await store.listThreads("r1", ALL)).items.map(view)).toEqual([want.ta, want.tc]);
      expect((await store.listThreads("r2", ALL)).items.map(view)).toEqual([want.tb]);
    },
  },
  {
    name: "getThread - an unknown id is null",
    async run({ store }) {
      expect(await store.getThread("nope")).toBeNull();
    },
  },
  {
    name: "listThreads - only the room's threads, sorted by id bytewise",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      const ids = ["t-b", "T-z", "t-a", "t.a", "t_a"];
      let n = 0;
      for (const id of ids)
        await store.appendMessage(message(`m${n}`, threadTarget("r1", id), { created_at: at(n++) }));
      await store.appendMessage(message("elsewhere", threadTarget("r2", "t-0"), { created_at: at(20) }));
      expect(page(await store.listThreads("r1", ALL))).toEqual({
        ids: ["T-z", "t-a", "t-b", "t.a", "t_a"],
        hasMore: false,
      });
      expect(page(await store.listThreads("r2", ALL))).toEqual({ ids: ["t-0"], hasMore: false });
      expect(page(await store.listThreads("no-such-room", ALL))).toEqual({ ids: [], hasMore: false });
    },
  },
  {
    name: "listThreads - summaries carry the current counters",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("a", threadTarget("r1", "t1", "p"), { created_at: at(1) }));
      await store.appendMessage(message("b", threadTarget("r1", "t1", "p"), { created_at: at(2) }));
      const [listed] = (await store.listThreads("r1", ALL)).items;
      sameThread(listed ?? null, {
        id: "t1",
        network_id: NET,
        fqid: `molt://${NET}/threads/t1`,
        room_id: "r1",
        parent_message_id: "p",
        message_count: 2,
        last_message_at: at(2),
      });
    },
  },
]);

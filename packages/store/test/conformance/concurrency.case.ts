// Calls that overlap in time (the server does not serialize requests): each
// append is atomic, counters are exact, and lazy creation is reported once.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { isStoreError } from "../../src/errors.js";
import { at, dmTarget, message, room, roomTarget, threadTarget } from "../fixtures/records.js";

const ALL = { limit: 1000 };
const N = 24;

export const concurrencyCases = defineCases("concurrency", [
  {
    name: "concurrent - appends to one new thread are all counted and create it once",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const results = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          store.appendMessage(
            message(`m${String(i).padStart(2, "0")}`, threadTarget("r1", "t1", "p"), { created_at: at(i) }),
          ),
        ),
      );
      expect(results.every((r) => r.status === "appended")).toBe(true);
      expect(results.filter((r) => r.status === "appended" && r.createdThread !== null)).toHaveLength(1);
      expect((await store.getThread("t1"))?.message_count).toBe(N);
      expect((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items).toHaveLength(N);
    },
  },
  {
    name: "concurrent - appends to one new DM are all counted and create it once",
    async run({ store }) {
      const results = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          store.appendMessage(
            message(`m${i}`, dmTarget("dm1", ["alpha", `p${String(i).padStart(2, "0")}`]), { created_at: at(i) }),
          ),
        ),
      );
      expect(results.filter((r) => r.status === "appended" && r.createdDm !== null)).toHaveLength(1);
      const dm = await store.getDirectConversation("dm1");
      expect(dm?.message_count).toBe(N);
      expect(dm?.participant_ids).toHaveLength(N + 1);
    },
  },
  {
    name: "concurrent - the same message id appended at once is stored exactly once",
    async run({ store }) {
      await store.createRoom(room("r1"));
      await store.createRoom(room("r2"));
      const results = await Promise.all(
        Array.from({ length: N }, (_, i) =>
          store.appendMessage(
            message(
              "same",
              i % 3 === 0 ? roomTarget("r1") : i % 3 === 1 ? threadTarget("r2", "t1") : dmTarget("dm1", ["alpha", "b"]),
              { created_at: at(i) },
            ),
          ),
        ),
      );
      expect(results.filter((r) => r.status === "appended")).toHaveLength(1);
      expect(results.filter((r) => r.status === "duplicate")).toHaveLength(N - 1);
      const counts = [
        (await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items.length,
        (await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items.length,
        (await store.listMessages({ kind: "dm", dmId: "dm1" }, ALL)).items.length,
      ];
      expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
      const thread = await store.getThread("t1");
      const dm = await store.getDirectConversation("dm1");
      expect((thread?.message_count ?? 0) + (dm?.message_count ?? 0)).toBe(counts[1]! + counts[2]!);
    },
  },
  {
    name: "concurrent - creating one room id at once succeeds once, the rest get room_exists",
    async run({ store }) {
      const settled = await Promise.allSettled(
        Array.from({ length: 8 }, (_, i) => store.createRoom(room("r1", { name: `try ${i}` }))),
      );
      expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
      for (const s of settled) {
        if (s.status === "rejected") expect(isStoreError(s.reason, "room_exists"), String(s.reason)).toBe(true);
      }
      expect((await store.listRooms(ALL)).items).toHaveLength(1);
    },
  },
  {
    name: "concurrent - member updates to one room all apply",
    async run({ store }) {
      await store.createRoom(room("r1"));
      const ids = Array.from({ length: 12 }, (_, i) => `agent-${String(i).padStart(2, "0")}`);
      await Promise.all(ids.map((id) => store.updateRoomMembers("r1", [id], [])));
      expect((await store.getRoom("r1"))?.members).toEqual(ids);
    },
  },
]);

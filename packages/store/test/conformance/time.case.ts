// "Where we differ" 2: time is ordered. Stored timestamps sort chronologically
// (the reference's trimmed text did not: `…00Z` vs `…00.5Z` vs `…00.51Z`), and
// what goes in comes back as the same string.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { page } from "./expect-store.js";
import { dmTarget, message, registration, room, roomTarget, threadTarget, ts } from "../fixtures/records.js";

const ALL = { limit: 1000 };

export const timeCases = defineCases("time", [
  {
    name: "time - trimmed fractions order chronologically and round-trip exactly",
    async run({ store }) {
      await store.createRoom(room("r1"));
      // appended newest first; ids sort against time so neither insertion nor id order passes by accident
      const times = {
        e: "2026-04-01T09:00:01Z",
        d: "2026-04-01T09:00:00.51Z",
        c: "2026-04-01T09:00:00.5Z",
        b: "2026-04-01T09:00:00.05Z",
        a: "2026-04-01T09:00:00Z",
        f: "2026-04-01T08:59:59.999999Z",
      };
      for (const [id, t] of Object.entries(times))
        await store.appendMessage(message(id, roomTarget("r1"), { created_at: ts(t) }));
      const listed = (await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items;
      expect(listed.map((m) => [m.id, m.created_at])).toEqual([
        ["f", "2026-04-01T08:59:59.999999Z"],
        ["a", "2026-04-01T09:00:00Z"],
        ["b", "2026-04-01T09:00:00.05Z"],
        ["c", "2026-04-01T09:00:00.5Z"],
        ["d", "2026-04-01T09:00:00.51Z"],
        ["e", "2026-04-01T09:00:01Z"],
      ]);
      // cursors compare chronologically too
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 10, before: "c" })).ids).toEqual([
        "f",
        "a",
        "b",
      ]);
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 10, after: "a" })).ids).toEqual([
        "b",
        "c",
        "d",
        "e",
      ]);
    },
  },
  {
    name: "time - microsecond timestamps round-trip on every record",
    async run({ store }) {
      const t = (s: string) => ts(`2026-04-01T09:00:0${s}Z`);
      await store.createRoom(room("r1", { created_at: t("0.000001") }));
      await store.appendMessage(
        message("m1", threadTarget("r1", "t1"), {
          created_at: t("1.123456"),
          parts: [{ kind: "url", url: "https://u" }],
        }),
      );
      await store.appendMessage(message("m2", dmTarget("dm1", ["alpha", "beta"]), { created_at: t("2.99999") }));
      await store.registerAgent(registration("alpha", { created_at: t("3.000100"), updated_at: t("3.000100") }));
      expect((await store.getRoom("r1"))?.created_at).toBe("2026-04-01T09:00:00.000001Z");
      expect((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items[0]?.created_at).toBe(
        "2026-04-01T09:00:01.123456Z",
      );
      expect((await store.getThread("t1"))?.last_message_at).toBe("2026-04-01T09:00:01.123456Z");
      expect((await store.listArtifacts({ threadId: "t1" }, ALL)).items[0]?.created_at).toBe(
        "2026-04-01T09:00:01.123456Z",
      );
      expect((await store.getDirectConversation("dm1"))?.last_message_at).toBe("2026-04-01T09:00:02.99999Z");
      const agent = await store.getRegisteredAgent("alpha");
      expect([agent?.created_at, agent?.updated_at]).toEqual([
        "2026-04-01T09:00:03.0001Z",
        "2026-04-01T09:00:03.0001Z",
      ]);
    },
  },
  {
    name: "time - nanosecond timestamps round-trip exactly",
    async run({ store }) {
      await store.createRoom(room("r1", { created_at: ts("2026-04-01T09:00:00.000000001Z") }));
      await store.appendMessage(message("m1", roomTarget("r1"), { created_at: ts("2026-04-01T09:00:00.123456789Z") }));
      await store.appendMessage(message("m2", roomTarget("r1"), { created_at: ts("2026-04-01T09:00:00.12345678Z") }));
      expect((await store.getRoom("r1"))?.created_at).toBe("2026-04-01T09:00:00.000000001Z");
      const listed = (await store.listMessages({ kind: "room", roomId: "r1" }, ALL)).items;
      expect(listed.map((m) => [m.id, m.created_at])).toEqual([
        ["m2", "2026-04-01T09:00:00.12345678Z"],
        ["m1", "2026-04-01T09:00:00.123456789Z"],
      ]);
    },
  },
  {
    name: "time - the zero time and far dates round-trip",
    async run({ store }) {
      await store.createRoom(room("old", { created_at: ts("0001-01-01T00:00:00Z") }));
      await store.createRoom(room("future", { created_at: ts("9999-12-31T23:59:59.999999Z") }));
      expect((await store.getRoom("old"))?.created_at).toBe("0001-01-01T00:00:00Z");
      expect((await store.getRoom("future"))?.created_at).toBe("9999-12-31T23:59:59.999999Z");
    },
  },
]);

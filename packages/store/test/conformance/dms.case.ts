// Contract §2.6.4 and §2.7 as adjusted by "Where we differ" 1: lazy DM
// creation; participants trimmed, de-duplicated and sorted on every backend.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { page, sameDm, sameMessages } from "./expect-store.js";
import { at, dmTarget, message, NET, sender } from "../fixtures/records.js";

const ALL = { limit: 1000 };

export const dmCases = defineCases("dms", [
  {
    name: "append - creates the DM on its first message, sender included",
    async run({ store }) {
      const first = message("m1", dmTarget("dm1", ["beta", "gamma"]), { from: sender("alpha"), created_at: at(3, 9) });
      const result = await store.appendMessage(first);
      expect(result.status).toBe("appended");
      if (result.status !== "appended") return;
      expect(result.createdThread).toBeNull();
      const expected = {
        id: "dm1",
        network_id: NET,
        fqid: `molt://${NET}/dms/dm1`,
        participant_ids: ["alpha", "beta", "gamma"],
        message_count: 1,
        last_message_at: first.created_at,
      };
      sameDm(result.createdDm, expected);
      sameDm(await store.getDirectConversation("dm1"), expected);
    },
  },
  {
    name: "append - later DM messages report no created DM and bump the counters",
    async run({ store }) {
      await store.appendMessage(message("m1", dmTarget("dm1", ["alpha", "beta"]), { created_at: at(1) }));
      const second = await store.appendMessage(
        message("m2", dmTarget("dm1", ["alpha", "beta"]), { from: sender("beta"), created_at: at(2, 1) }),
      );
      expect(second).toEqual({ status: "appended", createdThread: null, createdDm: null });
      const dm = await store.getDirectConversation("dm1");
      expect(dm?.message_count).toBe(2);
      expect(dm?.last_message_at).toBe(at(2, 1));
    },
  },
  {
    name: "append - DM participants are the union over messages, trimmed, unique and sorted",
    async run({ store }) {
      await store.appendMessage(
        message("m1", dmTarget("dm1", [" beta ", "gamma", "beta"]), { from: sender("zed"), created_at: at(1) }),
      );
      await store.appendMessage(
        message("m2", dmTarget("dm1", ["Alpha", "gamma", "\tdelta"]), { from: sender("beta"), created_at: at(2) }),
      );
      await store.appendMessage(message("m3", dmTarget("dm1", ["beta"]), { from: sender("émile"), created_at: at(3) }));
      const expected = ["Alpha", "beta", "delta", "gamma", "zed", "émile"];
      expect((await store.getDirectConversation("dm1"))?.participant_ids).toEqual(expected);
      expect((await store.listDirectConversations(ALL)).items[0]?.participant_ids).toEqual(expected);
    },
  },
  {
    name: "append - a remote sender joins the DM as network:id",
    async run({ store }) {
      const result = await store.appendMessage(
        message("m1", dmTarget("dm1", ["remote:alpha", "beta"]), { from: sender("alpha", "remote") }),
      );
      expect(result.status === "appended" && result.createdDm?.participant_ids).toEqual(["beta", "remote:alpha"]);
      await store.appendMessage(
        message("m2", dmTarget("dm1", ["beta"]), { from: sender("carol", "faraway"), created_at: at(2) }),
      );
      expect((await store.getDirectConversation("dm1"))?.participant_ids).toEqual([
        "beta",
        "faraway:carol",
        "remote:alpha",
      ]);
    },
  },
  {
    name: "append - a local sender joins the DM by plain id, even with scoped targets",
    async run({ store }) {
      // Service rewrites the sender entry to local:alpha; the store adds the plain sender id as well.
      await store.appendMessage(
        message("m1", dmTarget("dm1", ["local:alpha", "remote:beta"]), { from: sender("alpha") }),
      );
      expect((await store.getDirectConversation("dm1"))?.participant_ids).toEqual([
        "alpha",
        "local:alpha",
        "remote:beta",
      ]);
    },
  },
  {
    name: "append - DM messages keep their target as sent",
    async run({ store }) {
      const m = message("m1", dmTarget("dm1", ["alpha", "beta"]));
      await store.appendMessage(m);
      sameMessages((await store.listMessages({ kind: "dm", dmId: "dm1" }, ALL)).items, [m]);
    },
  },
  {
    name: "getDirectConversation - an unknown id is null",
    async run({ store }) {
      expect(await store.getDirectConversation("nope")).toBeNull();
    },
  },
  {
    name: "listDirectConversations - sorted by id bytewise with current counters",
    async run({ store }) {
      const ids = ["dm-b", "DM-z", "dm-a", "dm.a"];
      let n = 0;
      for (const id of ids)
        await store.appendMessage(message(`m${n}`, dmTarget(id, ["alpha", "beta"]), { created_at: at(n++) }));
      await store.appendMessage(message("again", dmTarget("dm-a", ["alpha", "beta"]), { created_at: at(30) }));
      const listed = await store.listDirectConversations(ALL);
      expect(page(listed)).toEqual({ ids: ["DM-z", "dm-a", "dm-b", "dm.a"], hasMore: false });
      const dmA = listed.items.find((d) => d.id === "dm-a");
      expect(dmA?.message_count).toBe(2);
      expect(dmA?.last_message_at).toBe(at(30));
    },
  },
  {
    name: "getDirectConversation - each DM has only its own participants and counters",
    async run({ store }) {
      await store.appendMessage(message("m1", dmTarget("dm1", ["alpha", "beta"]), { created_at: at(1) }));
      await store.appendMessage(
        message("m2", dmTarget("dm2", ["gamma", "delta"]), { from: sender("gamma"), created_at: at(2) }),
      );
      await store.appendMessage(
        message("m3", dmTarget("dm2", ["gamma", "delta"]), { from: sender("delta"), created_at: at(3) }),
      );
      await store.appendMessage(message("m4", dmTarget("dm3", ["alpha", "zed"]), { created_at: at(4) }));
      const expected = {
        dm1: { participant_ids: ["alpha", "beta"], message_count: 1, last_message_at: at(1) },
        dm2: { participant_ids: ["delta", "gamma"], message_count: 2, last_message_at: at(3) },
        dm3: { participant_ids: ["alpha", "zed"], message_count: 1, last_message_at: at(4) },
      };
      const summary = (
        d: { participant_ids: string[]; message_count: number; last_message_at: string } | null | undefined,
      ) =>
        d && { participant_ids: d.participant_ids, message_count: d.message_count, last_message_at: d.last_message_at };
      for (const [id, want] of Object.entries(expected)) {
        expect(summary(await store.getDirectConversation(id)), `getDirectConversation ${id}`).toEqual(want);
      }
      const listed = (await store.listDirectConversations(ALL)).items;
      expect(Object.fromEntries(listed.map((d) => [d.id, summary(d)]))).toEqual(expected);
      const paged = (await store.listDirectConversations({ limit: 1, after: "dm1" })).items;
      expect(paged.map(summary)).toEqual([expected.dm2]);
    },
  },
  {
    name: "listDirectConversations - none is an empty window",
    async run({ store }) {
      expect(page(await store.listDirectConversations({ limit: 10 }))).toEqual({ ids: [], hasMore: false });
    },
  },
]);

// Everything a durable backend was told survives close + reopen: every read
// answers the same, and the state behind the rules (message-id set, reserved
// room ids, thread/DM counters, credential keys) is rebuilt too.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, page } from "./expect-store.js";
import { readEverything, type Scope } from "./snapshot.js";
import {
  at,
  dmTarget,
  message,
  registration,
  room,
  roomTarget,
  sender,
  threadTarget,
  ts,
} from "../fixtures/records.js";
import type { Store } from "../../src/store.js";

const SCOPE: Scope = {
  rooms: ["alpha-room", "beta-room", "removed-room", "no-such-room"],
  threads: ["t1", "t2", "t-removed", "no-such-thread"],
  dms: ["dm1", "dm2", "no-such-dm"],
  agents: ["alpha", "beta", "gamma", "nobody"],
  credentialKeys: ["token:alpha", "agent-token:beta", "token:gamma", "missing"],
};

/** A little of everything, including the awkward parts (removal, unicode, ns times, 12 artifacts). */
async function populate(store: Store): Promise<void> {
  await store.createRoom(
    room("alpha-room", {
      name: "Alpha ☕",
      members: ["alpha", "beta", "local:gamma"],
      visibility: "public",
      created_at: at(0, 1),
    }),
  );
  await store.createRoom(room("beta-room", { members: ["beta"], write_policy: "operators", created_at: at(0, 2) }));
  await store.createRoom(room("removed-room", { members: ["alpha"], created_at: at(0, 3) }));
  await store.updateRoomMembers("beta-room", ["delta", "alpha"], ["beta"]);
  await store.reconcileRoom(
    room("alpha-room", {
      name: "Alpha Reconciled",
      members: ["alpha", "gamma"],
      visibility: "public",
      write_policy: "registered_agents",
    }),
  );

  await store.appendMessage(
    message("m1", roomTarget("alpha-room"), {
      created_at: ts("2026-04-01T09:00:01Z"),
      parts: [{ kind: "text", text: "<b>hi</b> & 🧪" }],
    }),
  );
  await store.appendMessage(
    message("m2", roomTarget("alpha-room"), {
      created_at: ts("2026-04-01T09:00:01.5Z"),
      mentions: ["molt://local/agents/beta"],
    }),
  );
  await store.appendMessage(
    message("m3", threadTarget("alpha-room", "t1", "m1"), {
      created_at: ts("2026-04-01T09:00:01.51Z"),
      parts: [{ kind: "url", url: "https://u.example/a?b=1&c=<2>" }],
    }),
  );
  await store.appendMessage(message("m4", threadTarget("alpha-room", "t1", "m1"), { created_at: at(3) }));
  await store.appendMessage(
    message("m5", threadTarget("beta-room", "t2"), {
      created_at: at(4),
      parts: Array.from({ length: 12 }, (_, i) => ({ kind: "image", url: `https://i.example/${i}.png` })),
    }),
  );
  await store.appendMessage(
    message("m6", dmTarget("dm1", [" beta", "alpha"]), {
      created_at: at(5),
      parts: [{ kind: "data", data: { z: 1, a: [true, null, "x"] } }],
    }),
  );
  await store.appendMessage(
    message("m7", dmTarget("dm1", ["alpha", "beta"]), { created_at: at(6), from: sender("carol", "remote") }),
  );
  await store.appendMessage(message("m8", dmTarget("dm2", ["beta", "gamma"]), { created_at: at(7) }));
  await store.appendMessage(
    message("m9", roomTarget("beta-room", { thread_id: "stray", dm_id: "stray" }), { created_at: at(8) }),
  );
  await store.appendMessage(
    message("m10", roomTarget("removed-room"), { created_at: at(9), parts: [{ kind: "file", filename: "x.bin" }] }),
  );
  await store.appendMessage(
    message("m11", threadTarget("removed-room", "t-removed"), {
      created_at: at(10),
      parts: [{ kind: "audio", url: "https://a" }],
    }),
  );
  await store.removeRoom("removed-room", at(11));

  await store.registerAgent(registration("alpha", { created_at: at(1), updated_at: at(1) }));
  await store.registerAgent(
    registration("alpha", { display_name: "Alpha Again", created_at: at(2), updated_at: at(2) }),
  );
  await store.registerAgent(
    registration("beta", {
      credential_key: "agent-token:beta",
      display_name: "",
      created_at: at(3),
      updated_at: at(3),
    }),
  );
  await store.reconcileRegisteredAgent(registration("gamma", { created_at: at(4), updated_at: at(4) }));
  await store.registerAgent(registration("zeta"));
  await store.removeRegisteredAgent("zeta");
  await store.removeMemberships("gamma");
}

export const reopenCases = defineCases("durability-reopen", [
  {
    name: "reopen - every read answers the same after close and reopen",
    needsReopen: true,
    async run(ctx) {
      await populate(ctx.store);
      const before = await readEverything(ctx.store, SCOPE);
      // The snapshot itself must be right, or comparing it proves nothing.
      expect(before).toMatchObject({
        listRooms: {
          items: [
            { id: "alpha-room", members: ["alpha"] },
            { id: "beta-room", members: ["alpha", "delta"] },
          ],
          hasMore: false,
        },
        "listRooms(public)": ["alpha-room"],
        "getRoom removed-room": null,
        "getDirectConversation dm1": { participant_ids: ["alpha", "beta", "remote:carol"], message_count: 2 },
        "getDirectConversation dm2": { participant_ids: ["alpha", "beta", "gamma"], message_count: 1 },
        "getThread t1": { room_id: "alpha-room", parent_message_id: "m1", message_count: 2 },
        "getThread t2": { room_id: "beta-room", message_count: 1 },
        "getThread t-removed": { room_id: "removed-room", message_count: 1 },
        "getThread no-such-thread": null,
        "byCredentialKey token:gamma": "gamma",
        "byCredentialKey agent-token:beta": "beta",
        "getRegisteredAgent alpha": { display_name: "Alpha Again", created_at: at(1), updated_at: at(2) },
      });
      expect((before["listRegisteredAgents"] as Array<{ agent_id: string }>).map((a) => a.agent_id)).toEqual([
        "alpha",
        "beta",
        "gamma",
      ]);
      expect((before["artifacts thread:t2"] as Array<{ id: string }>).map((a) => a.id)).toEqual(
        Array.from({ length: 12 }, (_, i) => `art_m5_${i}`),
      );
      expect((before["messages room:alpha-room"] as Array<{ id: string }>).map((m) => m.id)).toEqual(["m1", "m2"]);
      expect((before["messages room:removed-room"] as Array<{ id: string }>).map((m) => m.id)).toEqual(["m10"]);
      const reopened = await ctx.reopen();
      expect(await readEverything(reopened, SCOPE)).toEqual(before);
      // and again, after a second reopen with nothing written in between
      expect(await readEverything(await ctx.reopen(), SCOPE)).toEqual(before);
    },
  },
  {
    name: "reopen - idempotency, reserved ids, counters and credentials keep working",
    needsReopen: true,
    async run(ctx) {
      await populate(ctx.store);
      const store = await ctx.reopen();
      expect(await store.appendMessage(message("m1", roomTarget("beta-room"), { created_at: at(50) }))).toEqual({
        status: "duplicate",
      });
      expect(await store.appendMessage(message("m6", threadTarget("beta-room", "t9"), { created_at: at(50) }))).toEqual(
        { status: "duplicate" },
      );
      await expectStoreError(store.createRoom(room("removed-room")), "room_exists");
      await expectStoreError(store.createRoom(room("alpha-room")), "room_exists");
      await expectStoreError(
        store.registerAgent(registration("alpha", { credential_key: "token:other" })),
        "agent_credential",
      );

      expect(
        await store.appendMessage(message("n1", threadTarget("alpha-room", "t1"), { created_at: at(51) })),
      ).toEqual({ status: "appended", createdThread: null, createdDm: null });
      const thread = await store.getThread("t1");
      expect([thread?.message_count, thread?.last_message_at, thread?.parent_message_id]).toEqual([3, at(51), "m1"]);

      expect(await store.appendMessage(message("n2", dmTarget("dm1", ["dave"]), { created_at: at(52) }))).toEqual({
        status: "appended",
        createdThread: null,
        createdDm: null,
      });
      const dm = await store.getDirectConversation("dm1");
      expect([dm?.message_count, dm?.participant_ids]).toEqual([3, ["alpha", "beta", "dave", "remote:carol"]]);

      const created = await store.appendMessage(
        message("n3", threadTarget("beta-room", "t-new"), { created_at: at(53) }),
      );
      expect(created.status === "appended" && created.createdThread?.id).toBe("t-new");
      expect(
        page(await store.listMessages({ kind: "room", roomId: "alpha-room" }, { limit: 1, before: "m2" })),
      ).toEqual({ ids: ["m1"], hasMore: false });
    },
  },
  {
    name: "reopen - a store that was never written reopens empty",
    needsReopen: true,
    async run(ctx) {
      const store = await ctx.reopen();
      expect(page(await store.listRooms({ limit: 10 }))).toEqual({ ids: [], hasMore: false });
      expect(await store.listRegisteredAgents()).toEqual([]);
      await store.createRoom(room("r1"));
      expect((await (await ctx.reopen()).getRoom("r1"))?.id).toBe("r1");
    },
  },
  {
    name: "reopen - repeated close and reopen keeps every write",
    needsReopen: true,
    async run(ctx) {
      await ctx.store.createRoom(room("r1"));
      const ids: string[] = [];
      for (let cycle = 0; cycle < 4; cycle++) {
        const store = cycle === 0 ? ctx.store : await ctx.reopen();
        for (let i = 0; i < 3; i++) {
          const id = `c${cycle}-${i}`;
          ids.push(id);
          await store.appendMessage(message(id, roomTarget("r1"), { created_at: at(cycle * 10 + i) }));
        }
        await store.updateRoomMembers("r1", [`member-${cycle}`], []);
      }
      const store = await ctx.reopen();
      expect(page(await store.listMessages({ kind: "room", roomId: "r1" }, { limit: 100 })).ids).toEqual(ids);
      expect((await store.getRoom("r1"))?.members).toEqual(["member-0", "member-1", "member-2", "member-3"]);
    },
  },
  {
    name: "health - resolves on an open store",
    async run({ store }) {
      await expect(store.health()).resolves.toBeUndefined();
    },
  },
]);

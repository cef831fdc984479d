// Contract §2.1-2.5 and §2.10 (memberships): rooms, members, soft removal.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, page, sameMessages, sameRoom, sameThread } from "./expect-store.js";
import { at, message, room, roomTarget, threadTarget } from "../fixtures/records.js";

const ALL = { limit: 1000 };

export const roomCases = defineCases("rooms", [
  {
    name: "createRoom - getRoom returns every field as created",
    async run({ store }) {
      const r = room("research", {
        name: "Research Lab",
        members: ["alpha", "beta"],
        visibility: "public",
        write_policy: "registered_agents",
        created_at: at(5, 123456),
      });
      await store.createRoom(r);
      sameRoom(await store.getRoom("research"), r);
    },
  },
  {
    name: "createRoom - a room without members reads back with no members",
    async run({ store }) {
      await store.createRoom(room("empty"));
      const got = await store.getRoom("empty");
      expect(got?.members ?? []).toEqual([]);
    },
  },
  {
    name: "createRoom - members keep bytewise order, not locale order",
    async run({ store }) {
      // Bytewise: uppercase before lowercase, '-' < '.' < digits < ':' , non-ASCII last.
      const members = ["Zed", "a-b", "a.b", "a1", "alpha", "local:alpha", "molt://local/agents/beta", "zulu", "ärger"];
      await store.createRoom(room("order", { members }));
      expect((await store.getRoom("order"))?.members).toEqual(members);
      const listed = await store.listRooms(ALL);
      expect(listed.items[0]?.members).toEqual(members);
    },
  },
  {
    name: "listRooms - each room lists only its own members",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["alpha", "beta"] }));
      await store.createRoom(room("r2", { members: ["gamma"] }));
      await store.createRoom(room("r3"));
      await store.createRoom(room("r4", { members: ["alpha", "delta"] }));
      const want = { r1: ["alpha", "beta"], r2: ["gamma"], r3: [], r4: ["alpha", "delta"] };
      const listed = (await store.listRooms(ALL)).items;
      expect(Object.fromEntries(listed.map((r) => [r.id, r.members ?? []]))).toEqual(want);
      for (const [id, members] of Object.entries(want))
        expect((await store.getRoom(id))?.members ?? [], id).toEqual(members);
      const paged = (await store.listRooms({ limit: 2, after: "r1" })).items;
      expect(paged.map((r) => r.members ?? [])).toEqual([["gamma"], []]);
      expect((await store.updateRoomMembers("r2", ["zulu"], [])).members).toEqual(["gamma", "zulu"]);
      expect((await store.reconcileRoom(room("r3", { members: ["omega"] }))).members).toEqual(["omega"]);
      expect((await store.removeRoom("r4", at(9))).members).toEqual(["alpha", "delta"]);
    },
  },
  {
    name: "createRoom - a taken id fails with room_exists and keeps the original",
    async run({ store }) {
      const original = room("dup", { name: "Original", members: ["alpha"] });
      await store.createRoom(original);
      await expectStoreError(store.createRoom(room("dup", { name: "Impostor", members: ["mallory"] })), "room_exists");
      sameRoom(await store.getRoom("dup"), original);
      expect(page(await store.listRooms(ALL)).ids).toEqual(["dup"]);
    },
  },
  {
    name: "createRoom - a removed room's id stays reserved (room_exists)",
    async run({ store }) {
      await store.createRoom(room("gone", { members: ["alpha"] }));
      await store.removeRoom("gone", at(10));
      await expectStoreError(store.createRoom(room("gone")), "room_exists");
      expect(await store.getRoom("gone")).toBeNull();
    },
  },
  {
    name: "getRoom - an unknown id is null",
    async run({ store }) {
      expect(await store.getRoom("nowhere")).toBeNull();
    },
  },
  {
    name: "updateRoomMembers - adds and removes, result sorted and unique",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["beta", "delta"] }));
      const updated = await store.updateRoomMembers("r1", ["charlie", "alpha", "beta"], ["delta"]);
      expect(updated.members).toEqual(["alpha", "beta", "charlie"]);
      expect((await store.getRoom("r1"))?.members).toEqual(["alpha", "beta", "charlie"]);
    },
  },
  {
    name: "updateRoomMembers - remove wins over add for the same id",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["alpha"] }));
      const updated = await store.updateRoomMembers("r1", ["beta", "gamma"], ["beta", "alpha"]);
      expect(updated.members).toEqual(["gamma"]);
      expect((await store.getRoom("r1"))?.members).toEqual(["gamma"]);
    },
  },
  {
    name: "updateRoomMembers - keeps the other room fields unchanged",
    async run({ store }) {
      const r = room("r1", {
        name: "One",
        members: ["alpha"],
        visibility: "public",
        write_policy: "operators",
        created_at: at(3, 7),
      });
      await store.createRoom(r);
      const updated = await store.updateRoomMembers("r1", ["beta"], []);
      sameRoom(updated, { ...r, members: ["alpha", "beta"] });
      sameRoom(await store.getRoom("r1"), { ...r, members: ["alpha", "beta"] });
    },
  },
  {
    name: "updateRoomMembers - removing a non-member and re-adding a member change nothing",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["alpha"] }));
      const updated = await store.updateRoomMembers("r1", ["alpha"], ["zulu"]);
      expect(updated.members).toEqual(["alpha"]);
    },
  },
  {
    name: "updateRoomMembers - an unknown or removed room fails with room_not_found",
    async run({ store }) {
      await expectStoreError(store.updateRoomMembers("nowhere", ["alpha"], []), "room_not_found");
      await store.createRoom(room("gone", { members: ["alpha"] }));
      await store.removeRoom("gone", at(9));
      await expectStoreError(store.updateRoomMembers("gone", ["beta"], []), "room_not_found");
      expect(await store.listMemberships()).toEqual([]);
    },
  },
  {
    name: "reconcileRoom - replaces name, policies and the whole member set, keeps created_at",
    async run({ store }) {
      const original = room("r1", {
        name: "Old",
        members: ["alpha", "beta"],
        visibility: "public",
        write_policy: "operators",
        created_at: at(1, 5),
      });
      await store.createRoom(original);
      const desired = room("r1", {
        name: "New",
        members: ["charlie", "delta"],
        visibility: "private",
        write_policy: "registered_agents",
        created_at: at(99),
      });
      const expected = { ...desired, created_at: original.created_at };
      sameRoom(await store.reconcileRoom(desired), expected);
      sameRoom(await store.getRoom("r1"), expected);
    },
  },
  {
    name: "reconcileRoom - an empty member set removes every member",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["alpha", "beta"] }));
      const out = await store.reconcileRoom(room("r1", { members: [] }));
      expect(out.members ?? []).toEqual([]);
      expect((await store.getRoom("r1"))?.members ?? []).toEqual([]);
      expect(await store.listMemberships()).toEqual([]);
    },
  },
  {
    name: "reconcileRoom - an unknown or removed room fails with room_not_found",
    async run({ store }) {
      await expectStoreError(store.reconcileRoom(room("nowhere")), "room_not_found");
      await store.createRoom(room("gone"));
      await store.removeRoom("gone", at(9));
      await expectStoreError(store.reconcileRoom(room("gone", { members: ["alpha"] })), "room_not_found");
      expect(await store.getRoom("gone")).toBeNull();
    },
  },
  {
    name: "removeRoom - returns the room as it was and hides it from get and list",
    async run({ store }) {
      const r = room("gone", { members: ["alpha", "beta"], visibility: "public" });
      await store.createRoom(r);
      await store.createRoom(room("kept"));
      sameRoom(await store.removeRoom("gone", at(20)), r);
      expect(await store.getRoom("gone")).toBeNull();
      expect(page(await store.listRooms(ALL))).toEqual({ ids: ["kept"], hasMore: false });
      expect(page(await store.listRooms(ALL, { publicOnly: true }))).toEqual({ ids: [], hasMore: false });
    },
  },
  {
    name: "removeRoom - drops its memberships only",
    async run({ store }) {
      await store.createRoom(room("gone", { members: ["alpha", "beta"] }));
      await store.createRoom(room("kept", { members: ["alpha"] }));
      await store.removeRoom("gone", at(20));
      expect(await store.listMemberships()).toEqual([{ room_id: "kept", member_id: "alpha" }]);
    },
  },
  {
    name: "removeRoom - keeps history, threads and artifacts readable at the store",
    async run({ store }) {
      await store.createRoom(room("gone", { members: ["alpha"] }));
      const m1 = message("m1", roomTarget("gone"), {
        created_at: at(1),
        parts: [{ kind: "url", url: "https://a.example" }],
      });
      const m2 = message("m2", threadTarget("gone", "t1", "m1"), {
        created_at: at(2),
        parts: [{ kind: "image", url: "https://a.example/i.png" }],
      });
      await store.appendMessage(m1);
      await store.appendMessage(m2);
      const thread = await store.getThread("t1");
      await store.removeRoom("gone", at(30));

      sameMessages((await store.listMessages({ kind: "room", roomId: "gone" }, ALL)).items, [m1]);
      sameMessages((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items, [m2]);
      sameThread(await store.getThread("t1"), thread!);
      expect(page(await store.listThreads("gone", ALL)).ids).toEqual(["t1"]);
      expect(page(await store.listArtifacts({ threadId: "t1" }, ALL)).ids).toEqual(["art_m2_0"]);
      expect(page(await store.listArtifacts({ roomId: "gone" }, ALL)).ids).toEqual(["art_m1_0", "art_m2_0"]);
    },
  },
  {
    name: "removeRoom - a second removal and an unknown id fail with room_not_found",
    async run({ store }) {
      await store.createRoom(room("gone"));
      await store.removeRoom("gone", at(20));
      await expectStoreError(store.removeRoom("gone", at(21)), "room_not_found");
      await expectStoreError(store.removeRoom("nowhere", at(21)), "room_not_found");
    },
  },
  {
    name: "removeRoom - a removed room as a list cursor is invalid_cursor",
    async run({ store }) {
      await store.createRoom(room("a"));
      await store.createRoom(room("b"));
      await store.removeRoom("a", at(20));
      await expectStoreError(store.listRooms({ limit: 10, after: "a" }), "invalid_cursor");
    },
  },
  {
    name: "lookups - a key containing U+0000 matches nothing and is never a driver error",
    async run({ store }) {
      // Postgres TEXT cannot hold U+0000; every backend answers such keys as absent.
      const bad = "a\u0000b";
      await store.createRoom(room("nul-neighbour", { members: ["alpha"] }));
      expect(await store.getRoom(bad)).toBeNull();
      expect(await store.getThread(bad)).toBeNull();
      expect(await store.getDirectConversation(bad)).toBeNull();
      expect(await store.getRegisteredAgent(bad)).toBeNull();
      expect(await store.getRegisteredAgentByCredentialKey(bad)).toBeNull();
      await expectStoreError(store.updateRoomMembers(bad, ["alpha"], []), "room_not_found");
      await expectStoreError(store.removeRoom(bad, at(9)), "room_not_found");
      await store.removeMemberships(bad);
      await store.removeRegisteredAgent(bad);
      expect((await store.listMessages({ kind: "room", roomId: bad }, { limit: 10 })).items).toEqual([]);
      expect((await store.listMessages({ kind: "dm", dmId: bad }, { limit: 10 })).items).toEqual([]);
      expect((await store.listArtifacts({ dmId: bad }, { limit: 10 })).items).toEqual([]);
      expect((await store.listThreads(bad, { limit: 10 })).items).toEqual([]);
      await expectStoreError(store.listRooms({ limit: 10, after: bad }), "invalid_cursor");
      expect((await store.getRoom("nul-neighbour"))?.members).toEqual(["alpha"]);
    },
  },
]);

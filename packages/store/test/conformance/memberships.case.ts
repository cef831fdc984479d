// Contract §2.10 (store part): memberships of active rooms, as agent summaries
// read them, and their exact-string removal.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { at, room } from "../fixtures/records.js";

export const membershipCases = defineCases("memberships", [
  {
    name: "listMemberships - active rooms only, ordered by member id then room id",
    async run({ store }) {
      await store.createRoom(room("r2", { members: ["alpha", "beta"] }));
      await store.createRoom(room("r1", { members: ["Zed", "beta"] }));
      await store.createRoom(room("r3", { members: ["alpha"] }));
      await store.createRoom(room("r0", { members: ["alpha"] }));
      await store.removeRoom("r0", at(5));
      expect(await store.listMemberships()).toEqual([
        { room_id: "r1", member_id: "Zed" },
        { room_id: "r2", member_id: "alpha" },
        { room_id: "r3", member_id: "alpha" },
        { room_id: "r1", member_id: "beta" },
        { room_id: "r2", member_id: "beta" },
      ]);
    },
  },
  {
    name: "listMemberships - no rooms is an empty list",
    async run({ store }) {
      expect(await store.listMemberships()).toEqual([]);
    },
  },
  {
    name: "removeMemberships - removes the exact member string from every room",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["alpha", "beta", "local:alpha", "molt://local/agents/alpha"] }));
      await store.createRoom(room("r2", { members: ["alpha", "alpha2"] }));
      await store.removeMemberships("alpha");
      expect((await store.getRoom("r1"))?.members).toEqual(["beta", "local:alpha", "molt://local/agents/alpha"]);
      expect((await store.getRoom("r2"))?.members).toEqual(["alpha2"]);
      expect((await store.listMemberships()).map((m) => `${m.member_id}@${m.room_id}`)).toEqual([
        "alpha2@r2",
        "beta@r1",
        "local:alpha@r1",
        "molt://local/agents/alpha@r1",
      ]);
    },
  },
  {
    name: "removeMemberships - an unknown member is not an error",
    async run({ store }) {
      await store.createRoom(room("r1", { members: ["alpha"] }));
      await store.removeMemberships("nobody");
      await store.removeMemberships("ALPHA");
      expect((await store.getRoom("r1"))?.members).toEqual(["alpha"]);
    },
  },
]);

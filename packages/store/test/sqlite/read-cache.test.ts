// The SQLite store keeps rooms and agent registrations between reads (the
// lookups of every message POST). What another connection commits to the file
// (another process, a `moltnet` command) is seen on the next read, as is the
// store's own write; what it hands out is frozen, so no caller can change it.
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { registration, room } from "../fixtures/records.js";
import { openFresh } from "./helpers.js";

describe("sqlite read cache", () => {
  test("a room or registration changed by another connection is read fresh", async () => {
    const { store, path } = await openFresh();
    await store.createRoom(room("general", { members: ["alice"] }));
    await store.registerAgent(registration("alpha", { display_name: "Alpha" }));
    expect((await store.getRoom("general"))?.members).toEqual(["alice"]);
    expect((await store.getRegisteredAgent("alpha"))?.display_name).toBe("Alpha");
    expect(await store.getRoom("later")).toBeNull();

    const other = new Database(path);
    try {
      other.prepare("INSERT INTO room_members (room_id, member_id) VALUES ('general', 'bob')").run();
      other.prepare("UPDATE agents SET display_name = 'Renamed' WHERE agent_id = 'alpha'").run();
      other
        .prepare(
          "INSERT INTO rooms (id, network_id, fqid, name, visibility, write_policy, created_at) SELECT 'later', network_id, 'molt://local/rooms/later', 'Later', visibility, write_policy, created_at FROM rooms WHERE id = 'general'",
        )
        .run();
    } finally {
      other.close();
    }
    expect((await store.getRoom("general"))?.members).toEqual(["alice", "bob"]);
    expect((await store.getRegisteredAgent("alpha"))?.display_name).toBe("Renamed");
    expect((await store.getRoom("later"))?.name).toBe("Later");
  });

  test("the store's own writes are read back at once, and what it hands out is frozen", async () => {
    const { store } = await openFresh();
    await store.createRoom(room("general", { members: ["alice"] }));
    const first = await store.getRoom("general");
    await store.updateRoomMembers("general", ["bob"], []);
    expect((await store.getRoom("general"))?.members).toEqual(["alice", "bob"]);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first!.members as string[]).push("mallory")).toThrow(TypeError);
    await store.removeRoom("general", first!.created_at);
    expect(await store.getRoom("general")).toBeNull();
    expect(await store.getRegisteredAgent("alpha")).toBeNull();
    await store.registerAgent(registration("alpha"));
    expect((await store.getRegisteredAgent("alpha"))?.agent_id).toBe("alpha");
  });
});

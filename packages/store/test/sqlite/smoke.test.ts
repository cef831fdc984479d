// SQLite-specific behaviour on top of the shared conformance suite: a quick
// pass over every method, what the rows look like on disk (the reference must
// be able to read them), rows the reference wrote, and rows we cannot decode.
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { isStoreError } from "../../src/errors.js";
import { openSqliteStore } from "../../src/sqlite/sqlite-store.js";
import {
  at,
  dmTarget,
  filePart,
  message,
  registration,
  room,
  roomTarget,
  sender,
  threadTarget,
} from "../fixtures/records.js";
import { openAt, openFresh } from "./helpers.js";

const ALL = { limit: 500 };

function raw(path: string): Database.Database {
  return new Database(path, { fileMustExist: true });
}

describe("sqlite smoke", () => {
  test("smoke - every Store method answers on a fresh database", async () => {
    const { store } = await openFresh();
    await store.health();
    await store.createRoom(room("general", { members: ["beta", "alpha"] }));
    await store.createRoom(room("lobby", { visibility: "public" }));
    expect((await store.getRoom("general"))?.members).toEqual(["alpha", "beta"]);
    expect((await store.listRooms(ALL)).items.map((r) => r.id)).toEqual(["general", "lobby"]);
    expect((await store.listRooms(ALL, { publicOnly: true })).items.map((r) => r.id)).toEqual(["lobby"]);
    expect((await store.updateRoomMembers("general", ["gamma", "beta"], ["beta"])).members).toEqual(["alpha", "gamma"]);
    expect((await store.reconcileRoom(room("general", { name: "General", members: ["zed"] }))).members).toEqual([
      "zed",
    ]);
    expect(await store.listMemberships()).toEqual([{ room_id: "general", member_id: "zed" }]);
    await store.removeMemberships("zed");
    expect(await store.listMemberships()).toEqual([]);

    expect(await store.appendMessage(message("m1", roomTarget("general"), { parts: [filePart("a.pdf")] }))).toEqual({
      status: "appended",
      createdThread: null,
      createdDm: null,
    });
    const threaded = await store.appendMessage(
      message("m2", threadTarget("general", "t1", "m1"), { created_at: at(2) }),
    );
    expect(threaded.status === "appended" && threaded.createdThread?.id).toBe("t1");
    const dm = await store.appendMessage(message("m3", dmTarget("d1", ["beta"]), { created_at: at(3) }));
    expect(dm.status === "appended" && dm.createdDm?.participant_ids).toEqual(["alpha", "beta"]);
    expect(await store.appendMessage(message("m1", roomTarget("general")))).toEqual({ status: "duplicate" });

    expect((await store.listMessages({ kind: "room", roomId: "general" }, ALL)).items.map((m) => m.id)).toEqual(["m1"]);
    expect((await store.listMessages({ kind: "thread", threadId: "t1" }, ALL)).items.map((m) => m.id)).toEqual(["m2"]);
    expect((await store.listMessages({ kind: "dm", dmId: "d1" }, ALL)).items.map((m) => m.id)).toEqual(["m3"]);
    expect((await store.listArtifacts({ roomId: "general" }, ALL)).items.map((a) => a.id)).toEqual(["art_m1_0"]);
    expect((await store.getThread("t1"))?.message_count).toBe(1);
    expect((await store.listThreads("general", ALL)).items.map((t) => t.id)).toEqual(["t1"]);
    expect((await store.getDirectConversation("d1"))?.participant_ids).toEqual(["alpha", "beta"]);
    expect((await store.listDirectConversations(ALL)).items.map((d) => d.id)).toEqual(["d1"]);

    await store.registerAgent(registration("alpha"));
    await store.reconcileRegisteredAgent(registration("alpha", { credential_key: "token:other", updated_at: at(5) }));
    expect((await store.getRegisteredAgent(" alpha "))?.credential_key).toBe("token:other");
    expect((await store.getRegisteredAgentByCredentialKey("token:other"))?.agent_id).toBe("alpha");
    expect((await store.listRegisteredAgents()).map((a) => a.agent_id)).toEqual(["alpha"]);
    await store.removeRegisteredAgent("alpha");
    expect(await store.listRegisteredAgents()).toEqual([]);

    expect((await store.removeRoom("general", at(9))).name).toBe("General");
    expect(await store.getRoom("general")).toBeNull();
    await store.close();
    await store.close(); // idempotent
    await expect(store.getRoom("lobby")).rejects.toMatchObject({ code: "unavailable" });
  });

  test("rows - times are stored fixed-width, empty optional text as '' and no mentions as null", async () => {
    const { store, path } = await openFresh();
    await store.createRoom(room("general", { created_at: at(0, 500_000) }));
    await store.appendMessage(
      message("m1", threadTarget("general", "t1"), { created_at: at(1), parts: [{ kind: "data", data: { a: 1 } }] }),
    );
    await store.registerAgent(registration("alpha", { display_name: "" }));
    await store.removeRoom("general", at(2, 120));
    const db = raw(path);
    try {
      expect(db.prepare("SELECT created_at, deleted_at FROM rooms").get()).toEqual({
        created_at: "2026-04-01T09:00:00.500000000Z",
        deleted_at: "2026-04-01T09:00:02.000120000Z",
      });
      expect(db.prepare("SELECT created_at, mentions_json, parent_message_id FROM messages").get()).toEqual({
        created_at: "2026-04-01T09:00:01.000000000Z",
        mentions_json: "null",
        parent_message_id: null,
      });
      expect(db.prepare("SELECT last_message_at, parent_message_id FROM threads").get()).toEqual({
        last_message_at: "2026-04-01T09:00:01.000000000Z",
        parent_message_id: "",
      });
      expect(db.prepare("SELECT media_type, filename, url FROM artifacts").get()).toEqual({
        media_type: "",
        filename: "",
        url: "",
      });
      expect(db.prepare("SELECT display_name, created_at FROM agents").get()).toEqual({
        display_name: "",
        created_at: "2026-04-01T09:00:00.000000000Z",
      });
    } finally {
      db.close();
    }
  });

  test("append - a thread message is filed under the thread's stored room, whatever room it names", async () => {
    const { store, path } = await openFresh();
    await store.createRoom(room("general"));
    await store.createRoom(room("other"));
    await store.appendMessage(message("m1", threadTarget("general", "t1"), { created_at: at(1) }));
    await store.appendMessage(
      message("m2", threadTarget("other", "t1"), { created_at: at(2), parts: [filePart("x.pdf")] }),
    );
    expect((await store.getThread("t1"))?.room_id).toBe("general");
    expect((await store.listArtifacts({ roomId: "general" }, ALL)).items.map((a) => a.id)).toEqual(["art_m2_0"]);
    expect((await store.listArtifacts({ roomId: "other" }, ALL)).items).toEqual([]);
    const db = raw(path);
    try {
      expect(db.prepare("SELECT room_id FROM messages WHERE id = 'm2'").get()).toEqual({ room_id: "general" });
    } finally {
      db.close();
    }
  });

  test("append - stray thread and dm ids on a room message are kept in the target but not in id columns", async () => {
    const { store, path } = await openFresh();
    await store.createRoom(room("general"));
    const stray = roomTarget("general", { thread_id: "nope", dm_id: "nada" });
    expect((await store.appendMessage(message("m1", stray))).status).toBe("appended");
    expect((await store.listMessages({ kind: "room", roomId: "general" }, ALL)).items[0]?.target).toEqual(stray);
    const db = raw(path);
    try {
      expect(db.prepare("SELECT room_id, thread_id, dm_id FROM messages").get()).toEqual({
        room_id: "general",
        thread_id: null,
        dm_id: null,
      });
    } finally {
      db.close();
    }
  });

  test("append - a failure part-way leaves no thread, message or artifact behind", async () => {
    const { store } = await openFresh();
    // The thread's room does not exist: the foreign key fails after the thread upsert ran.
    const err = await store
      .appendMessage(message("m1", threadTarget("missing", "t1"), { parts: [filePart("a.pdf")] }))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isStoreError(err, "internal")).toBe(true);
    expect(String((err as Error).message)).not.toMatch(/insert into|select |"messages"|params/i);
    expect(await store.getThread("t1")).toBeNull();
    await store.createRoom(room("missing"));
    const retried = await store.appendMessage(message("m1", threadTarget("missing", "t1")));
    expect(retried.status === "appended" && retried.createdThread?.message_count).toBe(1);
  });

  test("read - rows the reference wrote (trimmed times) read back exactly, and are put in order on open", async () => {
    const { store, path } = await openFresh();
    await store.createRoom(room("general"));
    await store.appendMessage(message("new", roomTarget("general"), { created_at: at(1) }));
    await store.close();
    const db = raw(path);
    try {
      const insert = db.prepare(
        `INSERT INTO messages (id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at, origin_json)
         VALUES (?, 'local', 'room', 'general', '{"kind":"room","room_id":"general"}', '{"type":"agent","id":"alpha"}', '[{"kind":"text","text":"hi"}]', 'null', ?, '{}')`,
      );
      // Trimmed text sorts "...:00.5Z" before "...:00Z"; the reference wrote exactly this.
      insert.run("old1", "2026-04-01T09:00:00Z");
      insert.run("old2", "2026-04-01T09:00:00.5Z");
    } finally {
      db.close();
    }
    const expected = [
      ["old1", "2026-04-01T09:00:00Z"],
      ["old2", "2026-04-01T09:00:00.5Z"],
      ["new", "2026-04-01T09:00:01Z"],
    ];
    const { store: again } = await openAt(path);
    const sorted = (await again.listMessages({ kind: "room", roomId: "general" }, ALL)).items.map((m) => [
      m.id,
      m.created_at,
    ]);
    expect([...sorted].sort()).toEqual([...expected].sort());
    expect((await again.listMessages({ kind: "room", roomId: "general" }, ALL)).items[0]?.origin).toEqual({
      network_id: "",
      message_id: "",
    });
    await again.close();

    // As if the reference had written them before our time migration ran: opening rewrites them.
    const legacy = raw(path);
    legacy.prepare("DELETE FROM schema_migrations WHERE version > 8").run();
    // A reference database has none of our later tables either.
    legacy.exec("DROP TABLE events");
    legacy.exec("DROP TABLE attachment_presence");
    legacy.exec("DROP TABLE relay_cursors");
    legacy.close();
    const { store: migrated } = await openAt(path);
    const page = await migrated.listMessages({ kind: "room", roomId: "general" }, ALL);
    expect(page.items.map((m) => [m.id, m.created_at])).toEqual(expected);
  });

  test("read - a row whose JSON cannot be decoded is skipped and logged", async () => {
    const { store, path, logs } = await openFresh();
    await store.createRoom(room("general"));
    await store.appendMessage(message("good", roomTarget("general"), { created_at: at(1) }));
    await store.appendMessage(message("bad", roomTarget("general"), { created_at: at(2) }));
    const db = raw(path);
    try {
      db.prepare("UPDATE messages SET parts_json = '[{broken' WHERE id = 'bad'").run();
    } finally {
      db.close();
    }
    const page = await store.listMessages({ kind: "room", roomId: "general" }, ALL);
    expect(page.items.map((m) => m.id)).toEqual(["good"]);
    expect(logs.some((line) => line.includes("bad") && line.includes("[store:sqlite]"))).toBe(true);
  });

  test("append - a remote sender joins a DM under its scoped id", async () => {
    const { store } = await openFresh();
    const result = await store.appendMessage(
      message("m1", dmTarget("d1", [" beta ", "beta"]), { from: sender("zed", "elsewhere") }),
    );
    expect(result.status === "appended" && result.createdDm?.participant_ids).toEqual(["beta", "elsewhere:zed"]);
  });

  test("open - :memory: gives a working throwaway store with no files and no checkpoint worker", async () => {
    const store = await openSqliteStore({ kind: "sqlite", path: ":memory:" });
    try {
      await store.createRoom(room("general"));
      expect((await store.getRoom("general"))?.id).toBe("general");
      store.startCheckpointing();
      const { pragmas, checkpointer } = await store.diagnostics();
      expect(pragmas).toMatchObject({ journal_mode: "memory", foreign_keys: 1 });
      expect(checkpointer).toBeNull();
    } finally {
      await store.close();
    }
  });
});

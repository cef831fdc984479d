import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { isStoreError } from "../../src/errors.js";
import { room } from "../fixtures/records.js";
import { openJson, tempDir, W } from "./helpers.js";
import { messages, REFERENCE_SNAPSHOT, WITHOUT_BETA } from "./reference-snapshot.js";

async function loadReference(text = REFERENCE_SNAPSHOT) {
  const dir = await tempDir();
  const path = join(dir, "moltnet.json");
  await writeFile(path, text);
  return { path, store: await openJson(path) };
}

describe("json store - reference snapshot format", () => {
  test("load - reads back every room, including escaped text", async () => {
    const { store } = await loadReference();
    expect(await store.getRoom("general")).toEqual({
      id: "general",
      network_id: "local",
      fqid: "molt://local/rooms/general",
      name: "General",
      members: ["alpha", "beta"],
      visibility: "public",
      write_policy: "members",
      created_at: "2026-04-01T08:00:00Z",
    });
    expect(await store.getRoom("research")).toMatchObject({
      name: "Research & Dev",
      members: ["alpha", "local:gamma", "molt://remote/agents/delta"],
      visibility: "private",
      write_policy: "registered_agents",
      created_at: "2026-04-01T08:30:00.5Z",
    });
    expect((await store.listRooms(W)).items.map((r) => r.id)).toEqual(["general", "research"]);
    expect((await store.listRooms(W, { publicOnly: true })).items.map((r) => r.id)).toEqual(["general"]);
  });

  test("load - removed rooms stay hidden and reserved, their history kept", async () => {
    const { store } = await loadReference();
    expect(await store.getRoom("archive")).toBeNull();
    for (const id of ["archive", "old-lobby"]) {
      const err = await store.createRoom(room(id)).catch((e: unknown) => e);
      expect(isStoreError(err, "room_exists")).toBe(true);
    }
    const archived = await store.listMessages({ kind: "room", roomId: "archive" }, W);
    expect(archived.items.map((m) => m.id)).toEqual(["m0"]);
  });

  test("load - reads back every message exactly as the reference wrote it", async () => {
    const { store } = await loadReference();
    const general = await store.listMessages({ kind: "room", roomId: "general" }, W);
    expect(general).toEqual({ items: [JSON.parse(messages.m1), JSON.parse(messages.m2)], hasMore: false });
    expect(general.items[0]!.parts[0]!.text).toBe("see <b>this</b> & that > all");
    const research = await store.listMessages({ kind: "room", roomId: "research" }, W);
    expect(research.items).toEqual([JSON.parse(messages.m3)]);
    expect(research.items[0]!.parts[0]!.data).toEqual({ a: { b: [1, 2.5, "x"], z: true }, n: -3, s: "<tag>" });
    const thread = await store.listMessages({ kind: "thread", threadId: "t1" }, W);
    expect(thread.items).toEqual([JSON.parse(messages.m4), JSON.parse(messages.m5)]);
    const dm = await store.listMessages({ kind: "dm", dmId: "dm-ab" }, W);
    expect(dm.items).toEqual([JSON.parse(messages.m6), JSON.parse(messages.m7)]);
  });

  test("load - reads back threads and DM summaries", async () => {
    const { store } = await loadReference();
    const t1 = {
      id: "t1",
      network_id: "local",
      fqid: "molt://local/threads/t1",
      room_id: "research",
      parent_message_id: "m3",
      message_count: 2,
      last_message_at: "2026-04-01T09:00:02.25Z",
    };
    expect(await store.getThread("t1")).toEqual(t1);
    expect((await store.listThreads("research", W)).items).toEqual([t1]);
    const dm = {
      id: "dm-ab",
      network_id: "local",
      fqid: "molt://local/dms/dm-ab",
      participant_ids: ["alpha", "beta"],
      message_count: 2,
      last_message_at: "2026-04-01T09:00:04.000001Z",
    };
    expect(await store.getDirectConversation("dm-ab")).toEqual(dm);
    expect((await store.listDirectConversations(W)).items).toEqual([dm]);
  });

  test("load - derives artifacts, a room's including its threads', in part order", async () => {
    const { store } = await loadReference();
    const ids = async (filter: Parameters<typeof store.listArtifacts>[0]) =>
      (await store.listArtifacts(filter, W)).items.map((a) => a.id);
    expect(await ids({ roomId: "general" })).toEqual(["art_m2_1"]);
    expect(await ids({ roomId: "research" })).toEqual(["art_m3_0", "art_m5_0", "art_m5_1"]);
    expect(await ids({ threadId: "t1" })).toEqual(["art_m5_0", "art_m5_1"]);
    expect(await ids({ dmId: "dm-ab" })).toEqual(["art_m7_0"]);
    const [file] = (await store.listArtifacts({ roomId: "general" }, W)).items;
    expect(file).toEqual({
      id: "art_m2_1",
      network_id: "local",
      fqid: "molt://local/artifacts/art_m2_1",
      message_id: "m2",
      target: { kind: "room", room_id: "general" },
      part_index: 1,
      kind: "file",
      media_type: "application/pdf",
      filename: "r.pdf",
      url: "https://files.example/r.pdf",
      created_at: "2026-04-01T09:00:00.5Z",
    });
  });

  test("load - reads back agent registrations with their credential keys", async () => {
    const { store } = await loadReference();
    expect(await store.listRegisteredAgents()).toEqual([
      {
        network_id: "local",
        agent_id: "alpha",
        actor_uid: "actor_0b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d",
        actor_uri: "molt://local/agents/alpha",
        display_name: "Alpha",
        credential_key: "agent-token:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        created_at: "2026-04-01T08:10:00.123Z",
        updated_at: "2026-04-01T08:20:00Z",
      },
      {
        network_id: "local",
        agent_id: "beta",
        actor_uid: "actor_1b1c2d3e-4f50-4a6b-8c7d-8e9f0a1b2c3d",
        actor_uri: "molt://local/agents/beta",
        credential_key: "token:ops",
        created_at: "2026-04-01T08:11:00Z",
        updated_at: "2026-04-01T08:11:00Z",
      },
    ]);
    expect((await store.getRegisteredAgentByCredentialKey("token:ops"))?.agent_id).toBe("beta");
    expect(await store.listMemberships()).toEqual([
      { room_id: "general", member_id: "alpha" },
      { room_id: "research", member_id: "alpha" },
      { room_id: "general", member_id: "beta" },
      { room_id: "research", member_id: "local:gamma" },
      { room_id: "research", member_id: "molt://remote/agents/delta" },
    ]);
  });

  test("snapshot - of an unchanged reference file is byte-identical to it", async () => {
    const { store } = await loadReference();
    expect(store.snapshotText()).toBe(REFERENCE_SNAPSHOT);
  });

  test("snapshot - a real change rewrites the file in the same format, changing only that record", async () => {
    const { path, store } = await loadReference();
    await store.removeRegisteredAgent("beta");
    expect(await readFile(path, "utf8")).toBe(WITHOUT_BETA);
    expect(store.snapshotsWritten).toBe(1);
  });

  test("load - a literal null is an empty store", async () => {
    const { store } = await loadReference("null");
    expect((await store.listRooms(W)).items).toEqual([]);
    expect(store.snapshotText()).toBe(
      '{"rooms":{},"room_messages":{},"threads":{},"thread_messages":{},"direct_messages":{},"direct_members":{}}',
    );
  });

  test("load - trims untrimmed DM participant ids the reference stored raw", async () => {
    const text = REFERENCE_SNAPSHOT.replace(
      '"direct_members":{"dm-ab":{"alpha":{},"beta":{}}}',
      '"direct_members":{"dm-ab":{" alpha":{},"beta ":{},"alpha":{}}}',
    );
    const { store } = await loadReference(text);
    expect((await store.getDirectConversation("dm-ab"))?.participant_ids).toEqual(["alpha", "beta"]);
    expect(store.snapshotText()).toBe(REFERENCE_SNAPSHOT);
  });

  test("load - a room without visibility or write policy gets the normalized defaults", async () => {
    const text = REFERENCE_SNAPSHOT.replace(',"visibility":"public","write_policy":"members"', "");
    const { store } = await loadReference(text);
    expect(await store.getRoom("general")).toMatchObject({ visibility: "private", write_policy: "members" });
  });

  test("removeRoom - keeps the real removal time, which the reference can read", async () => {
    const { path, store } = await loadReference();
    await store.removeRoom("general", "2026-05-01T10:00:00.5Z" as never);
    const written = JSON.parse(await readFile(path, "utf8"));
    expect(written.removed_rooms).toEqual({
      archive: "0001-01-01T00:00:00Z",
      general: "2026-05-01T10:00:00.5Z",
      "old-lobby": "0001-01-01T00:00:00Z",
    });
    expect(Object.keys(written.rooms)).toEqual(["research"]);
    expect(written.room_messages.general).toHaveLength(2);
  });
});

// A database the reference server wrote (its migrations 1-8, its row formats)
// opened through openStore: every row reads back through the Store API with
// its exact values, in chronological order, and new writes interleave with it.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../tooling/test/postgres.js";
import { openStore } from "../src/open.js";
import { isStoreError } from "../src/errors.js";
import type { Store } from "../src/store.js";
import type { Timestamp } from "../src/time.js";
import type { AgentRegistration, Artifact, Message, Room } from "../src/types.js";
import { buildReferencePostgres, buildReferenceSqlite } from "./migrate/reference-db.js";
import { REFERENCE_ROWS, insertReferenceRowsPostgres, insertReferenceRowsSqlite } from "./migrate/reference-rows.js";

const ts = (s: string) => s as Timestamp;
const alpha = { type: "agent", id: "alpha", name: "Alpha", network_id: "local", fqid: "molt://local/agents/alpha" };
const beta = { type: "agent", id: "beta", network_id: "local", fqid: "molt://local/agents/beta" };
const roomTarget = { kind: "room", room_id: "research" };
const threadTarget = { kind: "thread", room_id: "research", thread_id: "t1", parent_message_id: "m1" };

const research: Room = {
  id: "research",
  network_id: "local",
  fqid: "molt://local/rooms/research",
  name: "Research",
  members: ["alpha", "beta"],
  visibility: "public",
  write_policy: "members",
  created_at: ts("2026-04-01T09:00:00Z"),
};
const ops: Room = {
  id: "ops",
  network_id: "local",
  fqid: "molt://local/rooms/ops",
  name: "Ops",
  members: ["alpha"],
  visibility: "private",
  write_policy: "operators",
  created_at: ts("2026-04-01T09:00:00.5Z"),
};

const m0: Message = {
  id: "m0",
  network_id: "local",
  origin: { network_id: "", message_id: "" }, // a row from before the reference's migration 2
  target: roomTarget,
  from: alpha,
  parts: [{ kind: "text", text: "hello <world>" }],
  created_at: ts("2026-04-01T09:00:00Z"),
};
const m1: Message = {
  id: "m1",
  network_id: "local",
  origin: { network_id: "local", message_id: "m1" },
  target: roomTarget,
  from: beta,
  parts: [
    { kind: "text", text: "report for @alpha" },
    { kind: "file", media_type: "application/pdf", url: "https://files.example/r.pdf", filename: "r.pdf" },
  ],
  mentions: ["molt://local/agents/alpha"],
  created_at: ts("2026-04-01T09:00:00.5Z"),
};
const m2: Message = {
  id: "m2",
  network_id: "local",
  origin: { network_id: "local", message_id: "m2" },
  target: threadTarget,
  from: alpha,
  parts: [{ kind: "text", text: "first reply" }],
  created_at: ts("2026-04-01T09:00:01.123456Z"),
};
const m3: Message = {
  id: "m3",
  network_id: "local",
  origin: { network_id: "local", message_id: "m3" },
  target: threadTarget,
  from: beta,
  parts: [
    { kind: "text", text: "see image" },
    { kind: "image", media_type: "image/png", url: "https://files.example/i.png" },
  ],
  created_at: ts("2026-04-01T09:00:01.25Z"),
};
const d1: Message = {
  id: "d1",
  network_id: "local",
  origin: { network_id: "local", message_id: "d1" },
  target: { kind: "dm", dm_id: "dm_ab", participant_ids: ["alpha", "beta"] },
  from: alpha,
  parts: [{ kind: "text", text: "psst" }],
  created_at: ts("2026-04-01T09:00:02Z"),
};
const a0: Message = {
  id: "a0",
  network_id: "local",
  origin: { network_id: "local", message_id: "a0" },
  target: { kind: "room", room_id: "archive" },
  from: alpha,
  parts: [{ kind: "text", text: "old news" }],
  created_at: ts("2026-04-01T08:00:00Z"),
};
const artM1: Artifact = {
  id: "art_m1_1",
  network_id: "local",
  fqid: "molt://local/artifacts/art_m1_1",
  message_id: "m1",
  target: roomTarget,
  part_index: 1,
  kind: "file",
  media_type: "application/pdf",
  filename: "r.pdf",
  url: "https://files.example/r.pdf",
  created_at: ts("2026-04-01T09:00:00.5Z"),
};
const artM3: Artifact = {
  id: "art_m3_1",
  network_id: "local",
  fqid: "molt://local/artifacts/art_m3_1",
  message_id: "m3",
  target: threadTarget,
  part_index: 1,
  kind: "image",
  media_type: "image/png",
  url: "https://files.example/i.png", // the reference stored filename '' : absent
  created_at: ts("2026-04-01T09:00:01.25Z"),
};
const agentAlpha: AgentRegistration = {
  network_id: "local",
  agent_id: "alpha",
  actor_uid: "actor_4f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f",
  actor_uri: "molt://local/agents/alpha",
  display_name: "Alpha",
  credential_key: "token:alpha",
  created_at: ts("2026-04-01T08:00:00Z"),
  updated_at: ts("2026-04-01T08:30:00.75Z"),
};
const agentBeta: AgentRegistration = {
  network_id: "local",
  agent_id: "beta",
  actor_uid: "actor_9d8c7b6a-5f4e-4d3c-8b2a-0f1e2d3c4b5a",
  actor_uri: "molt://local/agents/beta",
  credential_key: "agent-token:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
  created_at: ts("2026-04-01T08:00:00.000001Z"),
  updated_at: ts("2026-04-01T08:00:00.000001Z"),
};

/** Everything the reference wrote, read back through the Store API. */
async function expectReferenceData(store: Store): Promise<void> {
  expect(await store.getRoom("research")).toEqual(research);
  expect(await store.getRoom("ops")).toEqual(ops);
  expect(await store.getRoom("archive")).toBeNull();
  expect(await store.listRooms({ limit: 10 })).toEqual({ items: [ops, research], hasMore: false });
  expect(await store.listRooms({ limit: 10 }, { publicOnly: true })).toEqual({ items: [research], hasMore: false });
  expect(await store.listMemberships()).toEqual([
    { room_id: "ops", member_id: "alpha" },
    { room_id: "research", member_id: "alpha" },
    { room_id: "research", member_id: "beta" },
  ]);

  // ...:00Z before ...:00.5Z: chronological, which the reference's own text order was not.
  expect(await store.listMessages({ kind: "room", roomId: "research" }, { limit: 10 })).toEqual({
    items: [m0, m1],
    hasMore: false,
  });
  expect(await store.listMessages({ kind: "room", roomId: "research" }, { limit: 1 })).toEqual({
    items: [m1],
    hasMore: true,
  });
  expect(await store.listMessages({ kind: "room", roomId: "research" }, { limit: 1, before: "m1" })).toEqual({
    items: [m0],
    hasMore: false,
  });
  expect(await store.listMessages({ kind: "room", roomId: "research" }, { limit: 5, after: "m0" })).toEqual({
    items: [m1],
    hasMore: false,
  });
  expect(await store.listMessages({ kind: "thread", threadId: "t1" }, { limit: 10 })).toEqual({
    items: [m2, m3],
    hasMore: false,
  });
  expect(await store.listMessages({ kind: "dm", dmId: "dm_ab" }, { limit: 10 })).toEqual({
    items: [d1],
    hasMore: false,
  });
  expect(await store.listMessages({ kind: "room", roomId: "archive" }, { limit: 10 })).toEqual({
    items: [a0],
    hasMore: false,
  });

  const thread = {
    id: "t1",
    network_id: "local",
    fqid: "molt://local/threads/t1",
    room_id: "research",
    parent_message_id: "m1",
    message_count: 2,
    last_message_at: "2026-04-01T09:00:01.25Z",
  };
  expect(await store.getThread("t1")).toEqual(thread);
  expect(await store.listThreads("research", { limit: 10 })).toEqual({ items: [thread], hasMore: false });
  const dm = {
    id: "dm_ab",
    network_id: "local",
    fqid: "molt://local/dms/dm_ab",
    participant_ids: ["alpha", "beta"],
    message_count: 1,
    last_message_at: "2026-04-01T09:00:02Z",
  };
  expect(await store.getDirectConversation("dm_ab")).toEqual(dm);
  expect(await store.listDirectConversations({ limit: 10 })).toEqual({ items: [dm], hasMore: false });

  expect(await store.listArtifacts({ roomId: "research" }, { limit: 10 })).toEqual({
    items: [artM1, artM3],
    hasMore: false,
  });
  expect(await store.listArtifacts({ threadId: "t1" }, { limit: 10 })).toEqual({ items: [artM3], hasMore: false });
  expect(await store.listArtifacts({ dmId: "dm_ab" }, { limit: 10 })).toEqual({ items: [], hasMore: false });

  expect(await store.listRegisteredAgents()).toEqual([agentAlpha, agentBeta]);
  expect(await store.getRegisteredAgent("beta")).toEqual(agentBeta);
  expect(await store.getRegisteredAgentByCredentialKey("token:alpha")).toEqual(agentAlpha);
}

/** Writes after the upgrade land in time order among the reference's rows. */
async function expectNewWritesInterleave(store: Store): Promise<void> {
  const between: Message = {
    id: "m_between",
    network_id: "local",
    origin: { network_id: "local", message_id: "m_between" },
    target: roomTarget,
    from: alpha,
    parts: [{ kind: "text", text: "in between" }],
    created_at: ts("2026-04-01T09:00:00.25Z"),
  };
  expect(await store.appendMessage(between)).toEqual({ status: "appended", createdThread: null, createdDm: null });
  expect(await store.listMessages({ kind: "room", roomId: "research" }, { limit: 10 })).toEqual({
    items: [m0, between, m1],
    hasMore: false,
  });
  // The removed room's id stays reserved.
  const error = await store
    .createRoom({ ...ops, id: "archive", fqid: "molt://local/rooms/archive" })
    .catch((e: unknown) => e);
  expect(isStoreError(error, "room_exists")).toBe(true);
}

describe("reference compatibility - sqlite", () => {
  let dir = "";
  let store: Store | null = null;
  afterEach(async () => {
    await store?.close();
    store = null;
    rmSync(dir, { recursive: true, force: true });
  });

  function referenceFile(): string {
    dir = mkdtempSync(join(tmpdir(), "moltnet-refcompat-"));
    const path = join(dir, "moltnet.db");
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("foreign_keys = ON");
    buildReferenceSqlite(db, 8);
    insertReferenceRowsSqlite(db);
    db.close();
    return path;
  }

  it("openStore - reads every row the reference wrote, with exact values", async () => {
    store = await openStore({ kind: "sqlite", path: referenceFile() });
    await expectReferenceData(store);
    await expectNewWritesInterleave(store);
  });

  it("openStore - keeps nanoseconds the reference wrote and orders them in time", async () => {
    const path = referenceFile();
    const db = new Database(path);
    const insert = db.prepare(
      `INSERT INTO messages (id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at, origin_json)
       VALUES (?, 'local', 'room', 'ops', '{"kind":"room","room_id":"ops"}', ?, '[{"kind":"text","text":"t"}]', 'null', ?, '{"network_id":"local","message_id":"x"}')`,
    );
    insert.run("n_a", JSON.stringify(alpha), "2026-04-01T09:00:03.123456789Z");
    insert.run("n_b", JSON.stringify(alpha), "2026-04-01T09:00:03Z");
    insert.run("n_c", JSON.stringify(alpha), "2026-04-01T09:00:03.1234567Z");
    db.close();
    store = await openStore({ kind: "sqlite", path });
    const page = await store.listMessages({ kind: "room", roomId: "ops" }, { limit: 10 });
    expect(page.items.map((m) => [m.id, m.created_at])).toEqual([
      ["n_b", "2026-04-01T09:00:03Z"],
      ["n_c", "2026-04-01T09:00:03.1234567Z"],
      ["n_a", "2026-04-01T09:00:03.123456789Z"],
    ]);
  });

  it("openStore - reopening the upgraded file changes nothing", async () => {
    const path = referenceFile();
    store = await openStore({ kind: "sqlite", path });
    await store.close();
    store = await openStore({ kind: "sqlite", path });
    await expectReferenceData(store);
  });
});

describe("reference compatibility - postgres", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  async function referenceDatabase(): Promise<string> {
    const database = await createTestDatabase("moltnet_refcompat");
    cleanups.push(() => database.drop());
    const sql = postgres(database.dsn, { max: 1, onnotice: () => {} });
    try {
      await buildReferencePostgres(sql, 8);
      await insertReferenceRowsPostgres(sql);
    } finally {
      await sql.end({ timeout: 5 });
    }
    return database.dsn;
  }

  it("openStore - reads every row the reference wrote, with exact values", async () => {
    const store = await openStore({ kind: "postgres", dsn: await referenceDatabase() });
    cleanups.push(() => store.close());
    await expectReferenceData(store);
    await expectNewWritesInterleave(store);
  });

  it("fixture - the reference's rows are all present", () => {
    // Guards the expectations above against a fixture that silently lost rows.
    expect(Object.fromEntries(Object.entries(REFERENCE_ROWS).map(([t, rows]) => [t, rows.length]))).toEqual({
      rooms: 3,
      room_members: 3,
      threads: 1,
      dm_conversations: 1,
      dm_participants: 2,
      messages: 6,
      artifacts: 2,
      agents: 2,
    });
  });
});

// Rows as the reference server (schema version 8) writes them: trimmed
// RFC3339Nano UTC text times (`...:00Z`, `...:00.5Z`, nanoseconds kept),
// mentions_json `null` when there are none, origin_json `{}` on rows older than
// migration 2, Go-encoded JSON columns, a soft-removed room.
import type Database from "better-sqlite3";
import type { Sql } from "postgres";

type Row = Record<string, string | number | null>;

const net = "local";
const alphaFrom = `{"type":"agent","id":"alpha","name":"Alpha","network_id":"local","fqid":"molt://local/agents/alpha"}`;
const betaFrom = `{"type":"agent","id":"beta","network_id":"local","fqid":"molt://local/agents/beta"}`;
const roomTarget = `{"kind":"room","room_id":"research"}`;
const threadTarget = `{"kind":"thread","room_id":"research","thread_id":"t1","parent_message_id":"m1"}`;
const dmTarget = `{"kind":"dm","dm_id":"dm_ab","participant_ids":["alpha","beta"]}`;

export const REFERENCE_ROWS: Record<string, Row[]> = {
  rooms: [
    {
      id: "research",
      network_id: net,
      fqid: "molt://local/rooms/research",
      name: "Research",
      created_at: "2026-04-01T09:00:00Z",
      deleted_at: null,
      visibility: "public",
      write_policy: "members",
    },
    {
      id: "ops",
      network_id: net,
      fqid: "molt://local/rooms/ops",
      name: "Ops",
      created_at: "2026-04-01T09:00:00.5Z",
      deleted_at: null,
      visibility: "private",
      write_policy: "operators",
    },
    {
      id: "archive",
      network_id: net,
      fqid: "molt://local/rooms/archive",
      name: "Archive",
      created_at: "2026-03-31T23:59:59.999999Z",
      deleted_at: "2026-04-02T10:00:00.123456Z",
      visibility: "private",
      write_policy: "members",
    },
  ],
  room_members: [
    { room_id: "ops", member_id: "alpha" },
    { room_id: "research", member_id: "alpha" },
    { room_id: "research", member_id: "beta" },
  ],
  threads: [
    {
      id: "t1",
      network_id: net,
      fqid: "molt://local/threads/t1",
      room_id: "research",
      parent_message_id: "m1",
      message_count: 2,
      last_message_at: "2026-04-01T09:00:01.25Z",
    },
  ],
  dm_conversations: [
    {
      dm_id: "dm_ab",
      network_id: net,
      fqid: "molt://local/dms/dm_ab",
      message_count: 1,
      last_message_at: "2026-04-01T09:00:02Z",
    },
  ],
  dm_participants: [
    { dm_id: "dm_ab", participant_id: "alpha" },
    { dm_id: "dm_ab", participant_id: "beta" },
  ],
  messages: [
    // Written before migration 2: origin_json got the column default.
    {
      id: "m0",
      network_id: net,
      target_kind: "room",
      room_id: "research",
      thread_id: null,
      parent_message_id: null,
      dm_id: null,
      target_json: roomTarget,
      from_json: alphaFrom,
      parts_json: `[{"kind":"text","text":"hello \\u003cworld\\u003e"}]`,
      mentions_json: "null",
      created_at: "2026-04-01T09:00:00Z",
      origin_json: "{}",
    },
    {
      id: "m1",
      network_id: net,
      target_kind: "room",
      room_id: "research",
      thread_id: null,
      parent_message_id: null,
      dm_id: null,
      target_json: roomTarget,
      from_json: betaFrom,
      parts_json: `[{"kind":"text","text":"report for @alpha"},{"kind":"file","media_type":"application/pdf","url":"https://files.example/r.pdf","filename":"r.pdf"}]`,
      mentions_json: `["molt://local/agents/alpha"]`,
      created_at: "2026-04-01T09:00:00.5Z",
      origin_json: `{"network_id":"local","message_id":"m1"}`,
    },
    {
      id: "m2",
      network_id: net,
      target_kind: "thread",
      room_id: "research",
      thread_id: "t1",
      parent_message_id: "m1",
      dm_id: null,
      target_json: threadTarget,
      from_json: alphaFrom,
      parts_json: `[{"kind":"text","text":"first reply"}]`,
      mentions_json: "null",
      created_at: "2026-04-01T09:00:01.123456Z",
      origin_json: `{"network_id":"local","message_id":"m2"}`,
    },
    {
      id: "m3",
      network_id: net,
      target_kind: "thread",
      room_id: "research",
      thread_id: "t1",
      parent_message_id: "m1",
      dm_id: null,
      target_json: threadTarget,
      from_json: betaFrom,
      parts_json: `[{"kind":"text","text":"see image"},{"kind":"image","media_type":"image/png","url":"https://files.example/i.png"}]`,
      mentions_json: "null",
      created_at: "2026-04-01T09:00:01.25Z",
      origin_json: `{"network_id":"local","message_id":"m3"}`,
    },
    {
      id: "d1",
      network_id: net,
      target_kind: "dm",
      room_id: null,
      thread_id: null,
      parent_message_id: null,
      dm_id: "dm_ab",
      target_json: dmTarget,
      from_json: alphaFrom,
      parts_json: `[{"kind":"text","text":"psst"}]`,
      mentions_json: "null",
      created_at: "2026-04-01T09:00:02Z",
      origin_json: `{"network_id":"local","message_id":"d1"}`,
    },
    {
      id: "a0",
      network_id: net,
      target_kind: "room",
      room_id: "archive",
      thread_id: null,
      parent_message_id: null,
      dm_id: null,
      target_json: `{"kind":"room","room_id":"archive"}`,
      from_json: alphaFrom,
      parts_json: `[{"kind":"text","text":"old news"}]`,
      mentions_json: "null",
      created_at: "2026-04-01T08:00:00Z",
      origin_json: `{"network_id":"local","message_id":"a0"}`,
    },
  ],
  artifacts: [
    {
      id: "art_m1_1",
      network_id: net,
      fqid: "molt://local/artifacts/art_m1_1",
      message_id: "m1",
      target_kind: "room",
      room_id: "research",
      thread_id: null,
      dm_id: null,
      target_json: roomTarget,
      part_index: 1,
      kind: "file",
      media_type: "application/pdf",
      filename: "r.pdf",
      url: "https://files.example/r.pdf",
      created_at: "2026-04-01T09:00:00.5Z",
    },
    {
      id: "art_m3_1",
      network_id: net,
      fqid: "molt://local/artifacts/art_m3_1",
      message_id: "m3",
      target_kind: "thread",
      room_id: "research",
      thread_id: "t1",
      dm_id: null,
      target_json: threadTarget,
      part_index: 1,
      kind: "image",
      media_type: "image/png",
      filename: "",
      url: "https://files.example/i.png",
      created_at: "2026-04-01T09:00:01.25Z",
    },
  ],
  agents: [
    {
      agent_id: "alpha",
      network_id: net,
      actor_uid: "actor_4f1c2d9e-8b7a-4c3d-9e2f-1a2b3c4d5e6f",
      actor_uri: "molt://local/agents/alpha",
      display_name: "Alpha",
      credential_key: "token:alpha",
      created_at: "2026-04-01T08:00:00Z",
      updated_at: "2026-04-01T08:30:00.75Z",
    },
    {
      agent_id: "beta",
      network_id: net,
      actor_uid: "actor_9d8c7b6a-5f4e-4d3c-8b2a-0f1e2d3c4b5a",
      actor_uri: "molt://local/agents/beta",
      display_name: null,
      credential_key: "agent-token:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
      created_at: "2026-04-01T08:00:00.000001Z",
      updated_at: "2026-04-01T08:00:00.000001Z",
    },
  ],
};

/** Parent tables first, so foreign keys hold while inserting. */
const ORDER = [
  "rooms",
  "room_members",
  "threads",
  "dm_conversations",
  "dm_participants",
  "messages",
  "artifacts",
  "agents",
];

export function insertReferenceRowsSqlite(db: Database.Database, rows = REFERENCE_ROWS): void {
  db.transaction(() => {
    for (const table of ORDER) {
      for (const row of rows[table] ?? []) {
        const cols = Object.keys(row);
        db.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`).run(
          ...cols.map((c) => row[c]),
        );
      }
    }
  })();
}

export async function insertReferenceRowsPostgres(sql: Sql, rows = REFERENCE_ROWS): Promise<void> {
  await sql.begin(async (tx) => {
    for (const table of ORDER) {
      for (const row of rows[table] ?? []) {
        const cols = Object.keys(row);
        // Times go in as the reference sends them: RFC 3339 text, converted by the server.
        // (A parameter postgres.js knows to be a timestamptz goes through a JS Date and
        // loses everything below milliseconds, hence the explicit text parameter.)
        const values = cols.map((c, i) => (/_at$/.test(c) ? `$${i + 1}::text::timestamptz` : `$${i + 1}`));
        await tx.unsafe(
          `INSERT INTO ${table} (${cols.join(", ")}) VALUES (${values.join(", ")})`,
          cols.map((c) => row[c] ?? null),
        );
      }
    }
  });
}

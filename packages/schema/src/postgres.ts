// Postgres dialect of the Moltnet schema. Mirrors sqlite.ts column for column;
// test/parity.test.ts fails on any difference. Times are TIMESTAMPTZ, read and
// written as strings so no precision is lost on the way through JavaScript.
// Constraint names are spelled the way Postgres names the reference's inline
// constraints (`<table>_<column>_fkey`, `<table>_pkey`), so a database the
// reference created and one we created agree and later migrations can name them.
import { sql } from "drizzle-orm";
import { bigint, foreignKey, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export const rooms = pgTable(
  "rooms",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "string" }),
    visibility: text("visibility").notNull().default("private"),
    writePolicy: text("write_policy").notNull().default("members"),
  },
  (t) => [
    index("idx_rooms_deleted_at").on(t.deletedAt),
    // Postgres only (see BYTEWISE_INDEXES in test/parity.test.ts): ids are
    // ordered bytewise, COLLATE "C", as on every other backend, which an index
    // in the database's default collation (the primary key) cannot serve. A
    // collection page then reads `limit` rows of this index instead of sorting
    // the table. SQLite's default collation is already bytewise.
    index("idx_rooms_id_bytewise").on(sql`${t.id} collate "C"`),
  ],
);

export const roomMembers = pgTable(
  "room_members",
  {
    roomId: text("room_id").notNull(),
    memberId: text("member_id").notNull(),
  },
  (t) => [
    primaryKey({ name: "room_members_pkey", columns: [t.roomId, t.memberId] }),
    foreignKey({ name: "room_members_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
  ],
);

export const threads = pgTable(
  "threads",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    roomId: text("room_id").notNull(),
    parentMessageId: text("parent_message_id").notNull(),
    messageCount: integer("message_count").notNull(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [
    foreignKey({ name: "threads_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    index("idx_threads_room").on(t.roomId, t.id),
    // Postgres only: a room's threads in bytewise id order (see rooms).
    index("idx_threads_room_bytewise").on(t.roomId, sql`${t.id} collate "C"`),
  ],
);

export const messages = pgTable(
  "messages",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    targetKind: text("target_kind").notNull(),
    roomId: text("room_id"),
    threadId: text("thread_id"),
    parentMessageId: text("parent_message_id"),
    dmId: text("dm_id"),
    targetJson: text("target_json").notNull(),
    fromJson: text("from_json").notNull(),
    partsJson: text("parts_json").notNull(),
    mentionsJson: text("mentions_json").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    originJson: text("origin_json").notNull().default(sql`'{}'`),
  },
  (t) => [
    foreignKey({ name: "messages_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    foreignKey({ name: "messages_thread_id_fkey", columns: [t.threadId], foreignColumns: [threads.id] }).onDelete("cascade"),
    foreignKey({ name: "messages_dm_id_fkey", columns: [t.dmId], foreignColumns: [dmConversations.dmId] }).onDelete("cascade"),
    // Kept: the reference's queries use it. Ours use idx_messages_room_kind below.
    index("idx_messages_room").on(t.roomId, t.createdAt, t.id),
    // A thread message carries its thread's room_id, so a room history page
    // (room_id = ? AND target_kind = 'room' ORDER BY created_at, id) would walk
    // over the room's thread messages in idx_messages_room; with the kind in the
    // key it reads one page. Artifacts need no twin: a room's artifact list
    // includes its threads' artifacts and does not filter by kind.
    index("idx_messages_room_kind").on(t.roomId, t.targetKind, t.createdAt, t.id),
    index("idx_messages_thread").on(t.threadId, t.createdAt, t.id),
    index("idx_messages_dm").on(t.dmId, t.createdAt, t.id),
    index("idx_messages_created").on(t.createdAt, t.id),
    // Postgres only: history pages order by (created_at, id COLLATE "C"), which
    // the default-collation indexes above cannot deliver, so without these a
    // page read every message of its conversation and sorted them (5 ms for
    // a room of 11,000 messages, growing with the room) whenever the planner
    // did not pick an incremental sort. With them a page reads its own rows.
    index("idx_messages_room_kind_bytewise").on(t.roomId, t.targetKind, t.createdAt, sql`${t.id} collate "C"`),
    index("idx_messages_thread_bytewise").on(t.threadId, t.createdAt, sql`${t.id} collate "C"`),
    index("idx_messages_dm_bytewise").on(t.dmId, t.createdAt, sql`${t.id} collate "C"`),
  ],
);

export const dmConversations = pgTable(
  "dm_conversations",
  {
    dmId: text("dm_id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    messageCount: integer("message_count").notNull(),
    lastMessageAt: timestamp("last_message_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  // Postgres only: DMs in bytewise id order (see rooms).
  (t) => [index("idx_dm_conversations_id_bytewise").on(sql`${t.dmId} collate "C"`)],
);

export const dmParticipants = pgTable(
  "dm_participants",
  {
    dmId: text("dm_id").notNull(),
    participantId: text("participant_id").notNull(),
  },
  (t) => [
    primaryKey({ name: "dm_participants_pkey", columns: [t.dmId, t.participantId] }),
    foreignKey({ name: "dm_participants_dm_id_fkey", columns: [t.dmId], foreignColumns: [dmConversations.dmId] }).onDelete("cascade"),
  ],
);

export const artifacts = pgTable(
  "artifacts",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    messageId: text("message_id").notNull(),
    targetKind: text("target_kind").notNull(),
    roomId: text("room_id"),
    threadId: text("thread_id"),
    dmId: text("dm_id"),
    targetJson: text("target_json").notNull(),
    partIndex: integer("part_index").notNull(),
    kind: text("kind").notNull(),
    mediaType: text("media_type"),
    filename: text("filename"),
    url: text("url"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [
    foreignKey({ name: "artifacts_message_id_fkey", columns: [t.messageId], foreignColumns: [messages.id] }).onDelete("cascade"),
    foreignKey({ name: "artifacts_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    foreignKey({ name: "artifacts_thread_id_fkey", columns: [t.threadId], foreignColumns: [threads.id] }).onDelete("cascade"),
    foreignKey({ name: "artifacts_dm_id_fkey", columns: [t.dmId], foreignColumns: [dmConversations.dmId] }).onDelete("cascade"),
    index("idx_artifacts_room").on(t.roomId, t.createdAt, t.id),
    index("idx_artifacts_thread").on(t.threadId, t.createdAt, t.id),
    index("idx_artifacts_dm").on(t.dmId, t.createdAt, t.id),
    index("idx_artifacts_created").on(t.createdAt, t.id),
  ],
);

export const agents = pgTable(
  "agents",
  {
    agentId: text("agent_id").primaryKey(),
    networkId: text("network_id").notNull(),
    actorUid: text("actor_uid").notNull(),
    actorUri: text("actor_uri").notNull(),
    displayName: text("display_name"),
    credentialKey: text("credential_key").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull(),
    updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull(),
  },
  (t) => [index("idx_agents_credential_key").on(t.credentialKey)],
);

// The durable event log (issue 8); see sqlite.ts. On Postgres the writer takes
// a transaction-scoped advisory lock before reading the head, so positions are
// gapless and strictly in commit order across every server on the database.
export const events = pgTable(
  "events",
  {
    position: bigint("position", { mode: "number" }).primaryKey(),
    id: text("id").notNull(),
    type: text("type").notNull(),
    data: text("data").notNull(),
    recordedAt: bigint("recorded_at", { mode: "number" }).notNull(),
  },
  (t) => [index("idx_events_id").on(t.id)],
);

// One row per live attachment (/v1/attach) on any server sharing the database:
// `heartbeat_at` (Unix ms) is refreshed while it lives and the row deleted when
// it ends, so the agents of a server that died stop counting as connected.
export const attachmentPresence = pgTable(
  "attachment_presence",
  {
    attachmentId: text("attachment_id").primaryKey(),
    agentId: text("agent_id").notNull(),
    serverId: text("server_id").notNull(),
    heartbeatAt: bigint("heartbeat_at", { mode: "number" }).notNull(),
  },
  (t) => [index("idx_attachment_presence_heartbeat").on(t.heartbeatAt)],
);

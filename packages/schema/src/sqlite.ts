// SQLite dialect of the Moltnet schema. Mirrors postgres.ts column for column;
// test/parity.test.ts fails on any difference. Table, column and index names
// are the reference server's (schema version 8), so its databases open here.
// Times are TEXT holding RFC 3339 UTC strings (see @moltnet/store time.ts).
// Constraint names are spelled the way Postgres names the reference's inline
// constraints (`<table>_<column>_fkey`, `<table>_pkey`), so a database the
// reference created and one we created agree and later migrations can name them.
import { sql } from "drizzle-orm";
import { foreignKey, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export const rooms = sqliteTable(
  "rooms",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    name: text("name").notNull(),
    createdAt: text("created_at").notNull(),
    deletedAt: text("deleted_at"),
    visibility: text("visibility").notNull().default("private"),
    writePolicy: text("write_policy").notNull().default("members"),
  },
  (t) => [index("idx_rooms_deleted_at").on(t.deletedAt)],
);

export const roomMembers = sqliteTable(
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

export const threads = sqliteTable(
  "threads",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    roomId: text("room_id").notNull(),
    parentMessageId: text("parent_message_id").notNull(),
    messageCount: integer("message_count").notNull(),
    lastMessageAt: text("last_message_at").notNull(),
  },
  (t) => [
    foreignKey({ name: "threads_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    index("idx_threads_room").on(t.roomId, t.id),
  ],
);

export const messages = sqliteTable(
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
    createdAt: text("created_at").notNull(),
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
  ],
);

export const dmConversations = sqliteTable("dm_conversations", {
  dmId: text("dm_id").primaryKey(),
  networkId: text("network_id").notNull(),
  fqid: text("fqid").notNull(),
  messageCount: integer("message_count").notNull(),
  lastMessageAt: text("last_message_at").notNull(),
});

export const dmParticipants = sqliteTable(
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

export const artifacts = sqliteTable(
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
    createdAt: text("created_at").notNull(),
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

export const agents = sqliteTable(
  "agents",
  {
    agentId: text("agent_id").primaryKey(),
    networkId: text("network_id").notNull(),
    actorUid: text("actor_uid").notNull(),
    actorUri: text("actor_uri").notNull(),
    displayName: text("display_name"),
    credentialKey: text("credential_key").notNull(),
    createdAt: text("created_at").notNull(),
    updatedAt: text("updated_at").notNull(),
  },
  (t) => [index("idx_agents_credential_key").on(t.credentialKey)],
);

// The durable event log (issue 8): every event the server publishes, in one
// network-wide order. `position` is assigned by the store inside the writing
// transaction (the previous head + 1, under SQLite's single writer), so
// positions are gapless and in commit order. `data` is the event's exact wire
// JSON, kept as text so its key order survives. `recorded_at` is the writer's
// clock in Unix milliseconds, used only for age-based retention.
export const events = sqliteTable(
  "events",
  {
    position: integer("position").primaryKey(),
    id: text("id").notNull(),
    type: text("type").notNull(),
    data: text("data").notNull(),
    recordedAt: integer("recorded_at").notNull(),
  },
  (t) => [index("idx_events_id").on(t.id)],
);

// One row per live attachment (/v1/attach) on any server sharing the file:
// `heartbeat_at` (Unix ms) is refreshed while it lives and the row deleted when
// it ends, so the agents of a server that died stop counting as connected.
export const attachmentPresence = sqliteTable(
  "attachment_presence",
  {
    attachmentId: text("attachment_id").primaryKey(),
    agentId: text("agent_id").notNull(),
    serverId: text("server_id").notNull(),
    heartbeatAt: integer("heartbeat_at").notNull(),
  },
  (t) => [index("idx_attachment_presence_heartbeat").on(t.heartbeatAt)],
);

// THE schema: the one place tables, columns, keys and indexes are declared.
// `pnpm db:generate` copies this file into sqlite.ts and postgres.ts (replacing
// the `./dialect.js` import by dialects/sqlite.js or dialects/postgres.js), then
// drizzle-kit writes a migration for each dialect from those. Never edit the
// generated files; `pnpm db:check` fails when they are stale.
//
// What the generator expects of this file:
//  - exactly one import from "./dialect.js" (the builders below); other imports
//    (drizzle-orm's `sql`) are copied as they are;
//  - one `export const <name> = table("<sql name>", { columns }, (t) => [extras])`
//    block per table. A new table is one more such block: nothing else lists tables;
//  - times are `time("…_at")` (TEXT on SQLite, TIMESTAMPTZ on Postgres); an index
//    that only serves bytewise id order is `...bytewiseIndex(name).on(…, bytewise(t.id))`
//    (Postgres gets it with COLLATE "C", SQLite needs none and gets nothing).
//
// Table, column and index names are the reference server's (schema version 8),
// so its databases open here. Constraint names are spelled the way Postgres
// names the reference's inline constraints (`<table>_<column>_fkey`,
// `<table>_pkey`), so a database the reference created and one we created
// agree and later migrations can name them.
import { sql } from "drizzle-orm";
import {
  bigInteger,
  bytewise,
  bytewiseIndex,
  foreignKey,
  index,
  integer,
  primaryKey,
  table,
  text,
  time,
} from "./dialect.js";

export const rooms = table(
  "rooms",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    name: text("name").notNull(),
    createdAt: time("created_at").notNull(),
    deletedAt: time("deleted_at"),
    visibility: text("visibility").notNull().default("private"),
    writePolicy: text("write_policy").notNull().default("members"),
  },
  (t) => [
    index("idx_rooms_deleted_at").on(t.deletedAt),
    // A collection page reads `limit` rows of this index instead of sorting the table.
    ...bytewiseIndex("idx_rooms_id_bytewise").on(bytewise(t.id)),
  ],
);

export const roomMembers = table(
  "room_members",
  {
    roomId: text("room_id").notNull(),
    memberId: text("member_id").notNull(),
  },
  (t) => [
    primaryKey({ name: "room_members_pkey", columns: [t.roomId, t.memberId] }),
    foreignKey({ name: "room_members_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete(
      "cascade",
    ),
  ],
);

export const threads = table(
  "threads",
  {
    id: text("id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    roomId: text("room_id").notNull(),
    parentMessageId: text("parent_message_id").notNull(),
    messageCount: integer("message_count").notNull(),
    lastMessageAt: time("last_message_at").notNull(),
  },
  (t) => [
    foreignKey({ name: "threads_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    index("idx_threads_room").on(t.roomId, t.id),
    // A room's threads in bytewise id order.
    ...bytewiseIndex("idx_threads_room_bytewise").on(t.roomId, bytewise(t.id)),
  ],
);

export const messages = table(
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
    createdAt: time("created_at").notNull(),
    originJson: text("origin_json")
      .notNull()
      .default(sql`'{}'`),
  },
  (t) => [
    foreignKey({ name: "messages_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    foreignKey({ name: "messages_thread_id_fkey", columns: [t.threadId], foreignColumns: [threads.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "messages_dm_id_fkey", columns: [t.dmId], foreignColumns: [dmConversations.dmId] }).onDelete(
      "cascade",
    ),
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
    // History pages order by (created_at, id bytewise). Without these, Postgres
    // read every message of a conversation and sorted them (5 ms for a room of
    // 11,000 messages, growing with the room) whenever the planner did not pick
    // an incremental sort. With them a page reads its own rows.
    ...bytewiseIndex("idx_messages_room_kind_bytewise").on(t.roomId, t.targetKind, t.createdAt, bytewise(t.id)),
    ...bytewiseIndex("idx_messages_thread_bytewise").on(t.threadId, t.createdAt, bytewise(t.id)),
    ...bytewiseIndex("idx_messages_dm_bytewise").on(t.dmId, t.createdAt, bytewise(t.id)),
  ],
);

export const dmConversations = table(
  "dm_conversations",
  {
    dmId: text("dm_id").primaryKey(),
    networkId: text("network_id").notNull(),
    fqid: text("fqid").notNull(),
    messageCount: integer("message_count").notNull(),
    lastMessageAt: time("last_message_at").notNull(),
  },
  // DMs in bytewise id order.
  (t) => [...bytewiseIndex("idx_dm_conversations_id_bytewise").on(bytewise(t.dmId))],
);

export const dmParticipants = table(
  "dm_participants",
  {
    dmId: text("dm_id").notNull(),
    participantId: text("participant_id").notNull(),
  },
  (t) => [
    primaryKey({ name: "dm_participants_pkey", columns: [t.dmId, t.participantId] }),
    foreignKey({
      name: "dm_participants_dm_id_fkey",
      columns: [t.dmId],
      foreignColumns: [dmConversations.dmId],
    }).onDelete("cascade"),
  ],
);

export const artifacts = table(
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
    createdAt: time("created_at").notNull(),
  },
  (t) => [
    foreignKey({ name: "artifacts_message_id_fkey", columns: [t.messageId], foreignColumns: [messages.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "artifacts_room_id_fkey", columns: [t.roomId], foreignColumns: [rooms.id] }).onDelete("cascade"),
    foreignKey({ name: "artifacts_thread_id_fkey", columns: [t.threadId], foreignColumns: [threads.id] }).onDelete(
      "cascade",
    ),
    foreignKey({ name: "artifacts_dm_id_fkey", columns: [t.dmId], foreignColumns: [dmConversations.dmId] }).onDelete(
      "cascade",
    ),
    index("idx_artifacts_room").on(t.roomId, t.createdAt, t.id),
    index("idx_artifacts_thread").on(t.threadId, t.createdAt, t.id),
    index("idx_artifacts_dm").on(t.dmId, t.createdAt, t.id),
    index("idx_artifacts_created").on(t.createdAt, t.id),
  ],
);

export const agents = table(
  "agents",
  {
    agentId: text("agent_id").primaryKey(),
    networkId: text("network_id").notNull(),
    actorUid: text("actor_uid").notNull(),
    actorUri: text("actor_uri").notNull(),
    displayName: text("display_name"),
    credentialKey: text("credential_key").notNull(),
    createdAt: time("created_at").notNull(),
    updatedAt: time("updated_at").notNull(),
  },
  (t) => [
    index("idx_agents_credential_key").on(t.credentialKey),
    // GET /v1/agents reads one page of the registry in id order, however many agents registered.
    ...bytewiseIndex("idx_agents_id_bytewise").on(bytewise(t.agentId)),
  ],
);

// The durable event log (README, Events): every event the server publishes, in
// the transaction of the change that caused it. `position` is assigned by the
// store under a writer lock, so positions commit in order and a reader that
// goes by position never skips one; `data` is the exact wire JSON (text, not
// jsonb, which would reorder keys); `recorded_at` is Unix milliseconds, for
// retention by age. There is no index on `id`: event ids are random, so a
// B-tree on them costs a random page write per event inside the writer's
// transaction (measured: POST rate 0.65x of the same server without it). A
// `Last-Event-ID` is found through the store's in-memory id index instead
// (packages/store/src/event-id-index.ts).
export const events = table("events", {
  position: bigInteger("position").primaryKey(),
  id: text("id").notNull(),
  type: text("type").notNull(),
  data: text("data").notNull(),
  recordedAt: bigInteger("recorded_at").notNull(),
});

// Live attachments (`/v1/attach`), one row per open WebSocket on any server
// sharing the database: an agent is `connected` while a row of it has a recent
// heartbeat. `heartbeat_at` is Unix milliseconds; rows of a server that died
// without cleaning up stop counting once their heartbeat is older than the
// expiry, and are deleted by the next sweep.
export const attachmentPresence = table(
  "attachment_presence",
  {
    attachmentId: text("attachment_id").primaryKey(),
    agentId: text("agent_id").notNull(),
    serverId: text("server_id").notNull(),
    heartbeatAt: bigInteger("heartbeat_at").notNull(),
  },
  (t) => [index("idx_attachment_presence_heartbeat").on(t.heartbeatAt)],
);

// Outbound pairing relay (README, Pairings): per pairing, the event-log
// position up to which local messages have been relayed to the remote network,
// so relay resumes after a restart. Servers sharing the database relay each
// pairing from one of them at a time: `owner` holds a lease until
// `lease_until` (Unix ms, the owner's clock), renewed as it advances; an
// expired lease is taken over by another server (failover). Only the owner
// can move `position`.
export const relayCursors = table("relay_cursors", {
  pairingId: text("pairing_id").primaryKey(),
  position: bigInteger("position").notNull(),
  owner: text("owner").notNull(),
  leaseUntil: bigInteger("lease_until").notNull(),
});

// The SQLite append baseline: better-sqlite3 alone, executing the statements
// the store's SQLite adapter executes (same SQL text, prepared once), in the
// same transaction shape: BEGIN IMMEDIATE; duplicate check; thread or DM
// upsert ... RETURNING; one insert per DM participant; the message; one insert
// per artifact; COMMIT. It binds the same values (JSON columns as the store
// writes them, times as fixed-width keys), built with nothing but
// JSON.stringify, so the store/raw ratio is our own overhead.
import type Database from "better-sqlite3";
import { timeKey, type Message } from "@moltnet/store";
import { artifactRows, participantsOf } from "./message-rows.js";

const SQL = {
  exists: `select 1 from "messages" where "messages"."id" = ?`,
  upsertThread:
    `insert into "threads" ("id", "network_id", "fqid", "room_id", "parent_message_id", "message_count", "last_message_at") values (?, ?, ?, ?, ?, ?, ?) ` +
    `on conflict ("threads"."id") do update set "message_count" = "threads"."message_count" + 1, "last_message_at" = excluded.last_message_at ` +
    `returning "id", "network_id", "fqid", "room_id", "parent_message_id", "message_count", "last_message_at"`,
  upsertDm:
    `insert into "dm_conversations" ("dm_id", "network_id", "fqid", "message_count", "last_message_at") values (?, ?, ?, ?, ?) ` +
    `on conflict ("dm_conversations"."dm_id") do update set "network_id" = excluded.network_id, "fqid" = excluded.fqid, ` +
    `"message_count" = "dm_conversations"."message_count" + 1, "last_message_at" = excluded.last_message_at ` +
    `returning "dm_id", "network_id", "fqid", "message_count", "last_message_at"`,
  participant: `insert into "dm_participants" ("dm_id", "participant_id") values (?, ?) on conflict do nothing`,
  message:
    `insert into "messages" ("id", "network_id", "target_kind", "room_id", "thread_id", "parent_message_id", "dm_id", "target_json", ` +
    `"from_json", "parts_json", "mentions_json", "created_at", "origin_json") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  artifact:
    `insert into "artifacts" ("id", "network_id", "fqid", "message_id", "target_kind", "room_id", "thread_id", "dm_id", "target_json", ` +
    `"part_index", "kind", "media_type", "filename", "url", "created_at") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
};

/** The same pragmas the store sets on its serving connection (see packages/store/src/sqlite/connection.ts). */
export function configureRawSqlite(db: Database.Database, synchronous: string, autoCheckpointPages: number): void {
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  db.pragma("journal_mode = WAL");
  // Stated explicitly: better-sqlite3 leaves a connection that enabled WAL at FULL otherwise.
  db.pragma(`synchronous = ${synchronous}`);
  db.pragma(`wal_autocheckpoint = ${autoCheckpointPages}`);
  db.pragma("journal_size_limit = 33554432");
}

export type RawAppend = (message: Message) => void;

export function rawSqliteAppender(db: Database.Database): RawAppend {
  const st = {
    exists: db.prepare(SQL.exists),
    upsertThread: db.prepare(SQL.upsertThread),
    upsertDm: db.prepare(SQL.upsertDm),
    participant: db.prepare(SQL.participant),
    message: db.prepare(SQL.message),
    artifact: db.prepare(SQL.artifact),
  };
  const append = db.transaction((m: Message) => {
    if (st.exists.get(m.id)) return;
    const t = m.target;
    const at = timeKey(m.created_at);
    let roomId: string | null = null;
    let threadId: string | null = null;
    let parentId: string | null = null;
    let dmId: string | null = null;
    if (t.kind === "room") {
      roomId = t.room_id ?? null;
    } else if (t.kind === "thread") {
      threadId = t.thread_id!;
      parentId = t.parent_message_id || null;
      const row = st.upsertThread.get(
        threadId,
        m.network_id,
        `molt://${m.network_id}/threads/${threadId}`,
        t.room_id ?? "",
        t.parent_message_id ?? "",
        1,
        at,
      ) as {
        room_id: string;
      };
      roomId = row.room_id;
    } else if (t.kind === "dm") {
      dmId = t.dm_id!;
      st.upsertDm.get(dmId, m.network_id, `molt://${m.network_id}/dms/${dmId}`, 1, at);
      for (const p of participantsOf(m)) st.participant.run(dmId, p);
    }
    const targetJson = JSON.stringify(t);
    st.message.run(
      m.id,
      m.network_id,
      t.kind,
      roomId,
      threadId,
      parentId,
      dmId,
      targetJson,
      JSON.stringify(m.from),
      JSON.stringify(m.parts),
      m.mentions && m.mentions.length > 0 ? JSON.stringify(m.mentions) : "null",
      at,
      JSON.stringify(m.origin),
    );
    for (const a of artifactRows(m)) {
      st.artifact.run(
        a.id,
        m.network_id,
        a.fqid,
        m.id,
        t.kind,
        roomId,
        threadId,
        dmId,
        targetJson,
        a.partIndex,
        a.kind,
        a.mediaType,
        a.filename,
        a.url,
        at,
      );
    }
  });
  return (m) => append.immediate(m);
}

// Prepared statements for the message path: append (message, thread and DM
// upserts, participants, artifacts) and history pages. Built once per store.
// Message pages read ids only, from the conversation's index (in pluck
// mode: no row arrays, less than half the CPU of reading id and created_at); the rows a page needs beyond the cached ones (sql/message-cache.ts)
// are fetched by id. Both, and the cursor lookup, run in array mode
// (array-statement.ts) and are decoded by position.
//
// Pages are keyset reads on (created_at, id) written as a row-value comparison,
// `(created_at, id) < (?, ?)`: SQLite turns that into a range on the
// conversation's index (idx_messages_room_kind etc.), while the equivalent
// `a < ? OR (a = ? AND b < ?)` makes it walk the conversation from one end.
// Artifacts order by (created_at, message_id, part_index) so the parts of one
// message keep their order; the same row-value form ranges on created_at.
import type Database from "better-sqlite3";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { sqlite } from "@moltnet/schema";
import { messageSelection } from "../sql/message-select.js";
import { ArrayStatement, ColumnStatement, sqliteClient } from "./array-statement.js";
import type { SqliteDb } from "./connection.js";

const { messages, artifacts, threads, dmConversations, dmParticipants } = sqlite;
const ph = sql.placeholder;

export type ConversationKind = "room" | "thread" | "dm";

function messagePages(db: SqliteDb, client: Database.Database, column: SQLiteColumn, kind: ConversationKind) {
  const inConversation = and(eq(column, ph("conversation")), eq(messages.targetKind, kind));
  const position = sql`(${messages.createdAt}, ${messages.id})`;
  const cursor = sql`(${ph("cursorAt")}, ${ph("cursorId")})`;
  const page = (where: SQL | undefined, direction: "asc" | "desc") =>
    new ColumnStatement(
      client,
      db
        .select({ id: messages.id })
        .from(messages)
        .where(where)
        .orderBy(
          ...(direction === "asc"
            ? [asc(messages.createdAt), asc(messages.id)]
            : [desc(messages.createdAt), desc(messages.id)]),
        )
        .limit(ph("limit"))
        .toSQL(),
    );
  return {
    latest: page(inConversation, "desc"),
    before: page(and(inConversation, sql`${position} < ${cursor}`), "desc"),
    after: page(and(inConversation, sql`${position} > ${cursor}`), "asc"),
  };
}

function artifactPages(db: SqliteDb, column: SQLiteColumn) {
  const inList = eq(column, ph("conversation"));
  const position = sql`(${artifacts.createdAt}, ${artifacts.messageId}, ${artifacts.partIndex})`;
  const cursor = sql`(${ph("cursorAt")}, ${ph("cursorMessage")}, ${ph("cursorPart")})`;
  const order = (direction: "asc" | "desc") => {
    const by = direction === "asc" ? asc : desc;
    return [by(artifacts.createdAt), by(artifacts.messageId), by(artifacts.partIndex)];
  };
  const page = (where: SQL | undefined, direction: "asc" | "desc") =>
    db
      .select()
      .from(artifacts)
      .where(where)
      .orderBy(...order(direction))
      .limit(ph("limit"))
      .prepare();
  return {
    latest: page(inList, "desc"),
    before: page(and(inList, sql`${position} < ${cursor}`), "desc"),
    after: page(and(inList, sql`${position} > ${cursor}`), "asc"),
  };
}

export function buildHistoryStatements(db: SqliteDb) {
  const client = sqliteClient(db);
  return {
    messageExists: db
      .select({ one: sql<number>`1` })
      .from(messages)
      .where(eq(messages.id, ph("id")))
      .prepare(),
    // Columns in the order history.ts reads them: created_at, target_kind, room_id, thread_id, dm_id.
    messageCursor: new ArrayStatement(
      client,
      db
        .select({
          createdAt: messages.createdAt,
          targetKind: messages.targetKind,
          roomId: messages.roomId,
          threadId: messages.threadId,
          dmId: messages.dmId,
        })
        .from(messages)
        .where(eq(messages.id, ph("id")))
        .toSQL(),
    ),
    // Columns in MESSAGE_FIELDS order; `ids` is a JSON array of ids.
    messagesById: new ArrayStatement(
      client,
      db
        .select(messageSelection(messages))
        .from(messages)
        .where(sql`${messages.id} IN (SELECT value FROM json_each(${ph("ids")}))`)
        .toSQL(),
    ),
    messagePages: {
      room: messagePages(db, client, messages.roomId, "room"),
      thread: messagePages(db, client, messages.threadId, "thread"),
      dm: messagePages(db, client, messages.dmId, "dm"),
    },
    artifactCursor: db
      .select({
        createdAt: artifacts.createdAt,
        messageId: artifacts.messageId,
        partIndex: artifacts.partIndex,
        roomId: artifacts.roomId,
        threadId: artifacts.threadId,
        dmId: artifacts.dmId,
      })
      .from(artifacts)
      .where(eq(artifacts.id, ph("id")))
      .prepare(),
    artifactPages: {
      room: artifactPages(db, artifacts.roomId),
      thread: artifactPages(db, artifacts.threadId),
      dm: artifactPages(db, artifacts.dmId),
    },
    insertMessage: db
      .insert(messages)
      .values({
        id: ph("id"),
        networkId: ph("networkId"),
        targetKind: ph("targetKind"),
        roomId: ph("roomId"),
        threadId: ph("threadId"),
        parentMessageId: ph("parentMessageId"),
        dmId: ph("dmId"),
        targetJson: ph("targetJson"),
        fromJson: ph("fromJson"),
        partsJson: ph("partsJson"),
        mentionsJson: ph("mentionsJson"),
        createdAt: ph("createdAt"),
        originJson: ph("originJson"),
      })
      .prepare(),
    insertArtifact: db
      .insert(artifacts)
      .values({
        id: ph("id"),
        networkId: ph("networkId"),
        fqid: ph("fqid"),
        messageId: ph("messageId"),
        targetKind: ph("targetKind"),
        roomId: ph("roomId"),
        threadId: ph("threadId"),
        dmId: ph("dmId"),
        targetJson: ph("targetJson"),
        partIndex: ph("partIndex"),
        kind: ph("kind"),
        mediaType: ph("mediaType"),
        filename: ph("filename"),
        url: ph("url"),
        createdAt: ph("createdAt"),
      })
      .prepare(),
    // room_id, parent_message_id, network_id and fqid are set by the first message only.
    upsertThread: db
      .insert(threads)
      .values({
        id: ph("id"),
        networkId: ph("networkId"),
        fqid: ph("fqid"),
        roomId: ph("roomId"),
        parentMessageId: ph("parentMessageId"),
        messageCount: 1,
        lastMessageAt: ph("lastMessageAt"),
      })
      .onConflictDoUpdate({
        target: threads.id,
        set: { messageCount: sql`${threads.messageCount} + 1`, lastMessageAt: sql`excluded.last_message_at` },
      })
      .returning()
      .prepare(),
    // A DM's summary follows its latest message: network_id and fqid are overwritten too.
    upsertDm: db
      .insert(dmConversations)
      .values({
        dmId: ph("dmId"),
        networkId: ph("networkId"),
        fqid: ph("fqid"),
        messageCount: 1,
        lastMessageAt: ph("lastMessageAt"),
      })
      .onConflictDoUpdate({
        target: dmConversations.dmId,
        set: {
          messageCount: sql`${dmConversations.messageCount} + 1`,
          lastMessageAt: sql`excluded.last_message_at`,
          networkId: sql`excluded.network_id`,
          fqid: sql`excluded.fqid`,
        },
      })
      .returning()
      .prepare(),
    insertParticipant: db
      .insert(dmParticipants)
      .values({ dmId: ph("dmId"), participantId: ph("participantId") })
      .onConflictDoNothing()
      .prepare(),
  };
}

export type HistoryStatements = ReturnType<typeof buildHistoryStatements>;

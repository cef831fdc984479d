// Appending messages and reading history pages. Everything here is
// synchronous (better-sqlite3); sqlite-store.ts wraps it in async methods.
import type Database from "better-sqlite3";
import { extractArtifacts } from "../artifacts.js";
import type { GroupOutcome } from "../append-group-commit.js";
import { messageParticipants } from "../participants.js";
import { artifactColumns, messageColumns } from "../sql/columns.js";
import { MessageDecoder } from "../sql/message-decoder.js";
import { decodeMessageTuple, messageTupleId } from "../sql/message-select.js";
import { MessageCache, messagesFor, uncachedIds } from "../sql/message-cache.js";
import { artifactToRow, messageToRow, rowToArtifact, type TimeCodec } from "../sql/rows.js";
import type { AppendItem, AppendResult, ArtifactFilter, Conversation, Window, WindowResult } from "../store.js";
import { eventsFor, type NewEvent } from "../events.js";
import type { Artifact, DirectConversation, Message, Thread } from "../types.js";
import type { SqliteDb } from "./connection.js";
import type { HistoryStatements } from "./history-statements.js";
import { invalidCursor, limitOf, modeOf, sqliteTime, takePage } from "./keyset.js";
import { conversationFqid, dmFromRow, threadFromRow } from "./rows.js";
import { isUniqueViolation } from "./errors.js";

/** Thrown inside the append transaction to roll it back when the id turns out to be taken. */
class DuplicateMessage extends Error {}

export class SqliteHistory {
  /**
   * The append transaction, built once: Drizzle's db.transaction() builds a
   * fresh better-sqlite3 transaction function on every call, which costs as
   * much as a statement. The statements below run on the same connection.
   */
  readonly #appendTx: ((item: AppendItem) => AppendResult) & { immediate(item: AppendItem): AppendResult };
  readonly #client: Database.Database;
  /** Decoded messages between history reads (messages never change). */
  private readonly cache = new MessageCache();
  readonly #groupTx: { immediate(items: readonly AppendItem[]): GroupOutcome<AppendResult> };
  readonly #plainGroupTx: { immediate(items: readonly AppendItem[]): GroupOutcome<AppendResult> };

  constructor(
    db: SqliteDb,
    private readonly st: HistoryStatements,
    private readonly log: (line: string) => void,
    /** Stores events inside the open transaction (the event log's insert). */
    private readonly insertEvents: (events: readonly NewEvent[]) => void,
  ) {
    // Drizzle keeps the better-sqlite3 connection as $client (typed on drizzle()'s return, not on SqliteDb).
    const client = (db as SqliteDb & { $client: Database.Database }).$client;
    this.#client = client;
    this.#appendTx = client.transaction((item: AppendItem) => {
      const result = this.appendInTransaction(item.message);
      if (result.status === "appended") this.insertEvents(eventsFor(item.events, result));
      return result;
    });
    this.#groupTx = client.transaction((items: readonly AppendItem[]) => this.#appendEach(items));
    this.#plainGroupTx = client.transaction((items: readonly AppendItem[]) =>
      items.map((item) => {
        const result = this.appendInTransaction(item.message);
        if (result.status === "appended") this.insertEvents(eventsFor(item.events, result));
        return { ok: true as const, value: result };
      }),
    );
  }

  /** One IMMEDIATE transaction: the write lock is taken up front, so the duplicate check cannot race another writer. */
  append(item: AppendItem): AppendResult {
    try {
      return this.#appendTx.immediate(item);
    } catch (err) {
      if (err instanceof DuplicateMessage) return { status: "duplicate" };
      throw err;
    }
  }

  /**
   * Appends a group in one IMMEDIATE transaction (see append-group-commit.ts). Each
   * message runs in its own savepoint (better-sqlite3 nests the append
   * transaction as one), so a message that fails rolls back alone and the
   * rest still commit; if the commit itself fails, nothing of the group is
   * kept and every message reports that error.
   */
  appendGroup(messages: readonly AppendItem[]): GroupOutcome<AppendResult> {
    if (messages.length === 1) {
      try {
        return [{ ok: true, value: this.append(messages[0]!) }];
      } catch (error) {
        return [{ ok: false, error }];
      }
    }
    // A savepoint per message is two more statements each; almost every group
    // has no failing message, so it is first written without them. Any error
    // rolls that attempt back whole (nothing of it is kept), and the group is
    // written again with savepoints, where a failing message fails alone.
    try {
      return this.#plainGroupTx.immediate(messages);
    } catch {
      return this.#groupTx.immediate(messages);
    }
  }

  #appendEach(messages: readonly AppendItem[]): GroupOutcome<AppendResult> {
    const outcome: GroupOutcome<AppendResult> = [];
    for (const message of messages) {
      try {
        outcome.push({ ok: true, value: this.#appendTx(message) });
      } catch (error) {
        if (error instanceof DuplicateMessage) outcome.push({ ok: true, value: { status: "duplicate" } });
        // Some errors (disk full, I/O) make SQLite roll back the whole
        // transaction, not just the savepoint: nothing of the group is kept,
        // so the group fails as one instead of writing the rest outside it.
        else if (!this.#client.inTransaction) throw error;
        else outcome.push({ ok: false, error });
      }
    }
    return outcome;
  }

  private appendInTransaction(message: Message): AppendResult {
    const st = this.st;
    if (st.messageExists.get({ id: message.id })) return { status: "duplicate" };
    const target = message.target;
    const lastMessageAt = sqliteTime.write(message.created_at);
    // Every time this append writes is the message's own: convert it once.
    const time: TimeCodec = {
      write: (ts) => (ts === message.created_at ? lastMessageAt : sqliteTime.write(ts)),
      read: sqliteTime.read,
    };
    let createdThread: Thread | null = null;
    let createdDm: DirectConversation | null = null;
    let threadRoom: { roomId: string } | null = null;

    if (target.kind === "thread") {
      const threadId = target.thread_id ?? "";
      const row = st.upsertThread.get({
        id: threadId,
        networkId: message.network_id,
        fqid: conversationFqid(message.network_id, "threads", threadId),
        roomId: target.room_id ?? "",
        parentMessageId: target.parent_message_id ?? "",
        lastMessageAt,
      });
      if (!row) throw new Error("thread upsert returned no row");
      threadRoom = { roomId: row.roomId };
      if (row.messageCount === 1) createdThread = threadFromRow(row);
    } else if (target.kind === "dm") {
      const dmId = target.dm_id ?? "";
      const row = st.upsertDm.get({
        dmId,
        networkId: message.network_id,
        fqid: conversationFqid(message.network_id, "dms", dmId),
        lastMessageAt,
      });
      if (!row) throw new Error("dm upsert returned no row");
      const participants = messageParticipants(message);
      for (const participantId of participants) st.insertParticipant.run({ dmId, participantId });
      // A new DM's participants are exactly this message's.
      if (row.messageCount === 1) createdDm = dmFromRow(row, participants);
    }

    const columns = messageColumns(message, threadRoom);
    try {
      st.insertMessage.run({ ...messageToRow(message, columns, time) });
    } catch (err) {
      // Checked above inside the same write transaction; kept as a belt for foreign writers.
      if (isUniqueViolation(err)) throw new DuplicateMessage();
      throw err;
    }
    for (const artifact of extractArtifacts(message)) {
      st.insertArtifact.run({ ...artifactToRow(artifact, artifactColumns(columns), time) });
    }
    return { status: "appended", createdThread, createdDm };
  }

  listMessages(conversation: Conversation, window: Window): WindowResult<Message> {
    const { mode, cursor } = modeOf(window);
    const limit = limitOf(window);
    const [kind, id] = conversationKey(conversation);
    const params: Record<string, unknown> = { conversation: id, limit: limit + 1 };
    if (cursor !== null) {
      const at = this.st.messageCursor.get({ id: cursor });
      if (!at) throw invalidCursor(cursor);
      const [createdAt, targetKind, roomId, threadId, dmId] = at;
      const column = kind === "room" ? roomId : kind === "thread" ? threadId : dmId;
      if (targetKind !== kind || column !== id) throw invalidCursor(cursor);
      params.cursorAt = createdAt;
      params.cursorId = cursor;
    }
    const keys = this.st.messagePages[kind][mode].all(params) as string[];
    const page = takePage(keys, limit, mode !== "after");
    const missing = uncachedIds(page.rows, this.cache);
    const rows = new Map<string, readonly unknown[]>();
    if (missing.length > 0) {
      for (const row of this.st.messagesById.all({ ids: JSON.stringify(missing) }))
        rows.set(String(messageTupleId(row)), row);
    }
    const decoder = new MessageDecoder(sqliteTime);
    const items = messagesFor(
      page.rows,
      this.cache,
      rows,
      (row) => decodeMessageTuple(decoder, row),
      (id) => this.log(`[store:sqlite] skipped message ${id}: a JSON column cannot be decoded`),
    );
    return { items, hasMore: page.hasMore };
  }

  listArtifacts(filter: ArtifactFilter, window: Window): WindowResult<Artifact> {
    const { mode, cursor } = modeOf(window);
    const limit = limitOf(window);
    const key = filterKey(filter);
    if (!key) {
      // No filter selects nothing (the service refuses such requests with 422 first).
      if (cursor !== null) throw invalidCursor(cursor);
      return { items: [], hasMore: false };
    }
    const [kind, id] = key;
    const params: Record<string, unknown> = { conversation: id, limit: limit + 1 };
    if (cursor !== null) {
      const at = this.st.artifactCursor.get({ id: cursor });
      const column = at && (kind === "room" ? at.roomId : kind === "thread" ? at.threadId : at.dmId);
      if (!at || column !== id) throw invalidCursor(cursor);
      params.cursorAt = at.createdAt;
      params.cursorMessage = at.messageId;
      params.cursorPart = at.partIndex;
    }
    const rows = this.st.artifactPages[kind][mode].all(params);
    const page = takePage(rows, limit, mode !== "after");
    const items: Artifact[] = [];
    for (const row of page.rows) {
      const artifact = rowToArtifact(row, sqliteTime);
      if (artifact) items.push(artifact);
      else this.log(`[store:sqlite] skipped artifact ${row.id}: its target JSON cannot be decoded`);
    }
    return { items, hasMore: page.hasMore };
  }
}

function conversationKey(c: Conversation): ["room" | "thread" | "dm", string] {
  switch (c.kind) {
    case "room":
      return ["room", c.roomId];
    case "thread":
      return ["thread", c.threadId];
    case "dm":
      return ["dm", c.dmId];
  }
}

/** Precedence thread, then dm, then room. */
function filterKey(f: ArtifactFilter): ["room" | "thread" | "dm", string] | null {
  if (f.threadId) return ["thread", f.threadId];
  if (f.dmId) return ["dm", f.dmId];
  if (f.roomId) return ["room", f.roomId];
  return null;
}

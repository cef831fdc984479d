// Messages, threads, DMs and artifacts in memory.
//
// Every conversation keeps its entries sorted by (created_at, id) and its
// artifacts sorted by (created_at, message id, part index), maintained at
// append time; a global id -> entry map gives idempotency and O(1) cursor
// lookup, and a binary search finds the cursor's position. A thread's
// artifacts are also filed under the thread's room, so the room filter never
// merges lists at read time.
import { StoreError } from "../errors.js";
import { messageParticipants } from "../participants.js";
import type { AppendResult, ArtifactFilter, Conversation, StorageKind, Window, WindowResult } from "../store.js";
import { timeKey, type Timestamp } from "../time.js";
import type { Artifact, DirectConversation, Message, Thread } from "../types.js";
import { goStringify, wireMessage } from "../wire.js";
import { windowOf } from "../paging.js";
import {
  artifactPosition,
  entryPosition,
  insertArtifact,
  insertEntry,
  parseArtifactId,
  readArtifacts,
  readMessage,
  type ArtifactRef,
  type MessageEntry,
} from "./history.js";
import { SortedIds } from "./sorted-ids.js";
import { dmFqid, threadFqid } from "../fqid.js";
import {
  addSorted,
  artifactRefs,
  dmView,
  threadView,
  type DmRecord,
  type Log,
  type RoomLog,
  type ThreadRecord,
} from "./conversation-records.js";

export class ConversationsState {
  readonly #entries = new Map<string, MessageEntry>();
  readonly #rooms = new Map<string, RoomLog>();
  readonly #roomIds = new SortedIds();
  readonly #threads = new Map<string, ThreadRecord>();
  readonly #threadIds = new SortedIds();
  readonly #dms = new Map<string, DmRecord>();
  readonly #dmIds = new SortedIds();

  constructor(private readonly backend: StorageKind) {}

  append(message: Message): AppendResult {
    if (this.#entries.has(message.id)) return { status: "duplicate" };
    const kind = message.target.kind;
    if (kind !== "room" && kind !== "thread" && kind !== "dm") {
      throw new StoreError("internal", `unsupported target kind "${kind}"`, { backend: this.backend });
    }
    // Everything that can throw happens before the first change: an append is all or nothing.
    const entry: MessageEntry = {
      id: message.id,
      key: timeKey(message.created_at),
      json: goStringify(wireMessage(message)),
    };
    const refs = artifactRefs(entry, message);
    const participants = kind === "dm" ? messageParticipants(message) : [];
    this.#entries.set(entry.id, entry);
    if (kind === "room") {
      this.#file(this.#roomLog(message.target.room_id ?? ""), entry, refs);
      return { status: "appended", createdThread: null, createdDm: null };
    }
    if (kind === "thread") {
      const thread = this.#threadFor(message);
      this.#file(thread, entry, refs);
      this.#file(this.#roomLog(thread.room_id), null, refs);
      thread.last_message_at = message.created_at;
      return {
        status: "appended",
        createdThread: thread.messages.length === 1 ? threadView(thread) : null,
        createdDm: null,
      };
    }
    const dm = this.#dmFor(message.target.dm_id ?? "");
    this.#file(dm, entry, refs);
    for (const id of participants) addSorted(dm.participants, id);
    dm.network_id = message.network_id;
    dm.fqid = dmFqid(message.network_id, dm.id);
    dm.last_message_at = message.created_at;
    return { status: "appended", createdThread: null, createdDm: dm.messages.length === 1 ? dmView(dm) : null };
  }

  listMessages(conversation: Conversation, window: Window): WindowResult<Message> | "invalid_cursor" {
    const list = this.#conversation(conversation)?.messages ?? [];
    const page = windowOf(list, window, (cursor) => this.#messagePosition(list, cursor), "end");
    if (page === "invalid_cursor") return page;
    return { items: page.items.map(readMessage), hasMore: page.hasMore };
  }

  listArtifacts(filter: ArtifactFilter, window: Window): WindowResult<Artifact> | "invalid_cursor" {
    const log = filter.threadId
      ? this.#threads.get(filter.threadId)
      : filter.dmId
        ? this.#dms.get(filter.dmId)
        : filter.roomId
          ? this.#rooms.get(filter.roomId)
          : undefined;
    const list = log?.artifacts ?? [];
    const page = windowOf(list, window, (cursor) => this.#artifactPosition(list, cursor), "end");
    if (page === "invalid_cursor") return page;
    return { items: readArtifacts(page.items), hasMore: page.hasMore };
  }

  getThread(id: string): Thread | null {
    const thread = this.#threads.get(id);
    return thread ? threadView(thread) : null;
  }

  listThreads(roomId: string, window: Window): WindowResult<Thread> | "invalid_cursor" {
    const ids = this.#rooms.get(roomId)?.threadIds;
    if (!ids)
      return window.before !== undefined || window.after !== undefined
        ? "invalid_cursor"
        : { items: [], hasMore: false };
    const page = ids.window(window);
    if (page === "invalid_cursor") return page;
    return { items: page.items.map((id) => threadView(this.#threads.get(id)!)), hasMore: page.hasMore };
  }

  getDm(id: string): DirectConversation | null {
    const dm = this.#dms.get(id);
    return dm ? dmView(dm) : null;
  }

  listDms(window: Window): WindowResult<DirectConversation> | "invalid_cursor" {
    const page = this.#dmIds.window(window);
    if (page === "invalid_cursor") return page;
    return { items: page.items.map((id) => dmView(this.#dms.get(id)!)), hasMore: page.hasMore };
  }

  // Snapshot support -----------------------------------------------------------

  /** A thread record as found on disk, before its messages. */
  restoreThread(thread: Thread): void {
    if (this.#threads.has(thread.id)) return;
    const record: ThreadRecord = {
      id: thread.id,
      network_id: thread.network_id,
      fqid: thread.fqid,
      room_id: thread.room_id,
      parent_message_id: thread.parent_message_id,
      last_message_at: thread.last_message_at,
      messages: [],
      artifacts: [],
    };
    this.#threads.set(record.id, record);
    this.#threadIds.insert(record.id);
    this.#roomLog(record.room_id).threadIds.insert(record.id);
  }

  /**
   * Files a loaded message under the list it was found in (`key` is the map key
   * of its snapshot section), without touching summaries. False for a repeated id.
   */
  restoreMessage(section: "room" | "thread" | "dm", key: string, message: Message): boolean {
    if (this.#entries.has(message.id)) return false;
    const entry: MessageEntry = {
      id: message.id,
      key: timeKey(message.created_at),
      json: goStringify(wireMessage(message)),
    };
    const refs = artifactRefs(entry, message);
    this.#entries.set(entry.id, entry);
    if (section === "room") this.#file(this.#roomLog(key), entry, refs);
    else if (section === "dm") this.#file(this.#dmFor(key), entry, refs);
    else {
      let thread = this.#threads.get(key);
      if (!thread) {
        // Messages of a thread the file has no record for: recreate the record as the first message would have.
        this.restoreThread({
          id: key,
          network_id: message.network_id,
          fqid: threadFqid(message.network_id, key),
          room_id: message.target.room_id ?? "",
          parent_message_id: message.target.parent_message_id ?? "",
          message_count: 0,
          last_message_at: message.created_at,
        });
        thread = this.#threads.get(key)!;
      }
      this.#file(thread, entry, refs);
      this.#file(this.#roomLog(thread.room_id), null, refs);
    }
    return true;
  }

  /** Sets a loaded DM's summary: participants plus the last message as the reference appended it. */
  restoreDm(id: string, participants: readonly string[], last: Message | undefined): void {
    const dm = this.#dms.get(id);
    if (!dm) return;
    for (const p of participants) addSorted(dm.participants, p);
    if (last) {
      dm.network_id = last.network_id;
      dm.fqid = dmFqid(last.network_id, id);
      dm.last_message_at = last.created_at;
    }
  }

  /** Room logs holding messages, in id order. */
  *roomMessageLists(): Iterable<[string, readonly MessageEntry[]]> {
    for (const id of this.#roomIds.values) {
      const log = this.#rooms.get(id)!;
      if (log.messages.length > 0) yield [id, log.messages];
    }
  }

  *threadRecords(): Iterable<Readonly<ThreadRecord>> {
    for (const id of this.#threadIds.values) yield this.#threads.get(id)!;
  }

  *dmRecords(): Iterable<Readonly<DmRecord>> {
    for (const id of this.#dmIds.values) yield this.#dms.get(id)!;
  }

  // Internals ------------------------------------------------------------------

  #conversation(c: Conversation): Log | undefined {
    if (c.kind === "room") return this.#rooms.get(c.roomId);
    if (c.kind === "thread") return this.#threads.get(c.threadId);
    return this.#dms.get(c.dmId);
  }

  #messagePosition(list: readonly MessageEntry[], cursor: string): number {
    const entry = this.#entries.get(cursor);
    return entry ? entryPosition(list, entry) : -1;
  }

  #artifactPosition(list: readonly ArtifactRef[], cursor: string): number {
    const parsed = parseArtifactId(cursor);
    const entry = parsed && this.#entries.get(parsed.messageId);
    return parsed && entry ? artifactPosition(list, entry, parsed.part) : -1;
  }

  /** Adds a message (unless null: a thread's room gets its artifacts only) and its artifacts to a log. */
  #file(log: Log, entry: MessageEntry | null, refs: readonly ArtifactRef[]): void {
    if (entry) insertEntry(log.messages, entry);
    for (const ref of refs) insertArtifact(log.artifacts, ref);
  }

  #roomLog(roomId: string): RoomLog {
    let log = this.#rooms.get(roomId);
    if (!log) {
      log = { messages: [], artifacts: [], threadIds: new SortedIds() };
      this.#rooms.set(roomId, log);
      this.#roomIds.insert(roomId);
    }
    return log;
  }

  /** The message's thread, created from it when new (room and parent never change afterwards). */
  #threadFor(message: Message): ThreadRecord {
    const id = message.target.thread_id ?? "";
    const existing = this.#threads.get(id);
    if (existing) return existing;
    this.restoreThread({
      id,
      network_id: message.network_id,
      fqid: threadFqid(message.network_id, id),
      room_id: message.target.room_id ?? "",
      parent_message_id: message.target.parent_message_id ?? "",
      message_count: 0,
      last_message_at: message.created_at,
    });
    return this.#threads.get(id)!;
  }

  #dmFor(id: string): DmRecord {
    let dm = this.#dms.get(id);
    if (!dm) {
      dm = {
        id,
        network_id: "",
        fqid: "",
        last_message_at: "" as Timestamp,
        participants: [],
        messages: [],
        artifacts: [],
      };
      this.#dms.set(id, dm);
      this.#dmIds.insert(id);
    }
    return dm;
  }
}

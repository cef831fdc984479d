// The store interface: what the server needs from persistence, close to the
// domain. Inputs arrive validated and normalized by the service layer; a store
// enforces only what storage itself must guarantee (uniqueness, existence,
// atomicity, ordering).
import type { AgentRegistration, Artifact, DirectConversation, Membership, Message, Room, Thread } from "./types.js";
import type { Timestamp } from "./time.js";
import type { EventLog, EventsOf } from "./events.js";
import type { AttachmentPresence } from "./presence.js";
import type { RelayCursors } from "./relay-cursors.js";

export type StorageKind = "memory" | "json" | "sqlite" | "postgres";

/**
 * A window over an ordered list. At most one cursor; the cursor must be an
 * item of the list being paged (else `invalid_cursor`).
 * - history lists (messages, artifacts), ordered by (created_at, id):
 *   no cursor = the newest `limit` items; `before` = the `limit` items just older;
 *   `after` = the `limit` items just newer. Items are always returned oldest first.
 * - collection lists (rooms, threads, DMs), ordered by id bytewise:
 *   no cursor = the first `limit` items; `before`/`after` as above.
 */
export type Window =
  | { limit: number; before?: undefined; after?: undefined }
  | { limit: number; before: string; after?: undefined }
  | { limit: number; before?: undefined; after: string };

export interface WindowResult<T> {
  items: T[];
  /** More items exist beyond the window in the direction of travel (older for no-cursor history and `before`, newer for no-cursor collections and `after`). */
  hasMore: boolean;
}

export type Conversation =
  { kind: "room"; roomId: string } | { kind: "thread"; threadId: string } | { kind: "dm"; dmId: string };

/** Precedence when several are set: thread, then dm, then room. */
export interface ArtifactFilter {
  roomId?: string;
  threadId?: string;
  dmId?: string;
}

export type AppendResult =
  | { status: "duplicate" }
  | {
      status: "appended";
      /** The thread, when this message created it (message_count 1). */
      createdThread: Thread | null;
      /** The DM, when this message created it (message_count 1). */
      createdDm: DirectConversation | null;
    };

/**
 * A keyset range over ids ordered bytewise: at most `limit` ids just after
 * `after`, just before `before`, or the lowest without either, always returned
 * ascending. Unlike a Window the bound need not be an item of the list, so a
 * caller can page a list merged from several sources.
 */
export type IdRange =
  | { limit: number; before?: undefined; after?: undefined }
  | { limit: number; before: string; after?: undefined }
  | { limit: number; before?: undefined; after: string };
export type AppendedResult = Extract<AppendResult, { status: "appended" }>;

/** A message to append and the events it produces (stored in the same transaction when it is appended). */
export interface AppendItem {
  message: Message;
  events?: EventsOf<AppendedResult>;
  /** The request's reads came through CheckedReads: refuse with `stale` if they may have changed since. */
  mark?: ReadMark;
}

/** An append given a ReadMark whose reads changed before it: nothing was written; read again and retry. */
export interface StaleReads {
  status: "stale";
}

declare const readMark: unique symbol;

/** What a store's read cache held when a request began (only the store makes one: see CheckedReads). */
export interface ReadMark {
  readonly generation: number;
  readonly [readMark]: true;
}

/**
 * The reads a message POST or a history page makes on every request (its
 * room, its sender's registration), possibly from the store's cache, for a
 * request that checks them afterwards: an append given `mark` answers
 * `{ status: "stale" }` instead of writing, and after a history page
 * `current()` says whether the page's own statement saw them unchanged.
 * Either way the request is then redone with the store's plain reads.
 */
export interface CheckedReads extends Pick<Store, "getRoom" | "getRegisteredAgent"> {
  readonly mark: ReadMark;
  current(): boolean;
}

export interface RoomListQuery {
  /** Only rooms with visibility `public` (anonymous public readers). */
  publicOnly?: boolean;
}

/**
 * Every mutating method that can cause an event takes `events`: they are
 * stored in the same transaction as the change (not at all when the change
 * fails; for appendMessage only when the message was appended, computed from
 * its result), at the log's next positions.
 */
export interface Store {
  readonly kind: StorageKind;
  /** The durable event log (events.ts). */
  readonly events: EventLog;
  /** Live attachments on every server sharing the store (presence.ts). */
  readonly presence: AttachmentPresence;
  /** Each pairing's outbound relay position, shared by every server on the store (relay-cursors.ts). */
  readonly relayCursors: RelayCursors;

  // Rooms ------------------------------------------------------------------
  /** Fails with `room_exists` when the id is taken or was ever removed. */
  createRoom(room: Room, events?: EventsOf<void>): Promise<void>;
  /** Active rooms only. */
  getRoom(id: string): Promise<Room | null>;
  listRooms(window: Window, query?: RoomListQuery): Promise<WindowResult<Room>>;
  /** (current ∪ add) − remove; remove wins. Fails with `room_not_found`. */
  updateRoomMembers(
    id: string,
    add: readonly string[],
    remove: readonly string[],
    events?: EventsOf<Room>,
  ): Promise<Room>;
  /** Overwrites name, visibility, write_policy and the whole member set; keeps created_at. `room_not_found` when missing or removed. */
  reconcileRoom(room: Room): Promise<Room>;
  /** Soft removal: hides the room, drops its memberships, keeps its history, reserves the id. Returns the room as it was. */
  removeRoom(id: string, removedAt: Timestamp, events?: EventsOf<Room>): Promise<Room>;
  /** Memberships of active rooms, ordered by member id then room id. */
  listMemberships(): Promise<Membership[]>;
  /** Deletes memberships whose member string equals `memberId` exactly. */
  removeMemberships(memberId: string): Promise<void>;

  // Messages ---------------------------------------------------------------
  /** Atomic: the message, lazy thread/DM creation, counters, participants and artifacts, or nothing. Idempotent by message id across all conversations. */
  appendMessage(message: Message, events?: EventsOf<AppendedResult>): Promise<AppendResult>;
  /** With reads from `checkedReads()`: `stale` (nothing written) when they changed since `mark`. */
  appendMessage(
    message: Message,
    events: EventsOf<AppendedResult> | undefined,
    mark: ReadMark,
  ): Promise<AppendResult | StaleReads>;
  /**
   * Rooms and registrations from a cache that the append and the history page
   * check (CheckedReads). Absent, or null for now, where plain reads are
   * already cheap or the cache cannot be checked yet.
   */
  checkedReads?(): CheckedReads | null;
  listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>>;
  listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>>;

  // Threads and DMs -----------------------------------------------------------
  /** Regardless of the room's removal state. */
  getThread(id: string): Promise<Thread | null>;
  listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>>;
  getDirectConversation(id: string): Promise<DirectConversation | null>;
  listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>>;

  // Agent registry -------------------------------------------------------------
  /** New id: stored as given. Same credential: keeps actor ids and created_at, takes a non-empty display name and updated_at. Other credential: `agent_credential`. */
  registerAgent(registration: AgentRegistration): Promise<AgentRegistration>;
  /** Like registerAgent but rebinds the credential key instead of failing. */
  reconcileRegisteredAgent(registration: AgentRegistration): Promise<AgentRegistration>;
  getRegisteredAgent(agentId: string): Promise<AgentRegistration | null>;
  /** Blank key: null. Several matches: the lowest agent id. */
  getRegisteredAgentByCredentialKey(credentialKey: string): Promise<AgentRegistration | null>;
  /** Sorted by agent id. */
  listRegisteredAgents(): Promise<AgentRegistration[]>;
  /** The registrations in `range`, by agent id; reads O(range), not the registry (an index on agent_id). */
  listRegisteredAgentsIn(range: IdRange): Promise<AgentRegistration[]>;
  /** No error when absent. */
  removeRegisteredAgent(agentId: string, events?: EventsOf<void>): Promise<void>;

  // Lifecycle -----------------------------------------------------------------
  /** Resolves when the store can serve; rejects with `unavailable` otherwise. */
  health(): Promise<void>;
  close(): Promise<void>;
}

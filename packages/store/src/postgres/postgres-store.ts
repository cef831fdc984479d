// The Postgres backend: postgres.js pool + Drizzle. Opening connects (failing
// fast with `unavailable` when the server cannot be reached) and migrates;
// every operation maps driver failures to StoreErrors. The pool reconnects on
// its own, so a store outlives a database restart: calls fail with
// `unavailable` while the server is gone and succeed again once it is back.
import { sql } from "drizzle-orm";
import { StoreError } from "../errors.js";
import { migratePostgres, postgresMigrationStatus } from "../migrate/postgres.js";
import type { MigrationReport } from "../migrate/types.js";
import { schemaVersion, type StorageReport, type StorageReporter } from "../storage-report.js";
import type {
  AppendedResult,
  AppendItem,
  AppendResult,
  ArtifactFilter,
  CheckedReads,
  Conversation,
  IdRange,
  ReadMark,
  RoomListQuery,
  StaleReads,
  Store,
  Window,
  WindowResult,
} from "../store.js";
import type { Timestamp } from "../time.js";
import type { AgentRegistration, Artifact, DirectConversation, Membership, Message, Room, Thread } from "../types.js";
import { connect, scrub, type Connection, type PostgresConfig } from "./connection.js";
import { reasonOf, safeCause, toStoreError } from "./errors.js";
import { PgRooms, roomNotFound } from "./rooms.js";
import { invalidCursor } from "./keyset.js";
import { appendGroup } from "./append.js";
import { AppendGroupCommit } from "../append-group-commit.js";
import { PgHistory } from "./history.js";
import { PgConversations } from "./conversations.js";
import { PgAgents } from "./agents.js";
import { PgEventLog } from "./events.js";
import { PgPresence } from "./presence.js";
import { PgRelayCursors } from "./relay-cursors.js";
import type { EventsOf } from "../events.js";
import { GenerationCache, readGeneration } from "./cache-generation.js";

export type { PostgresConfig } from "./connection.js";

export interface PostgresOpenOptions {
  /** Operational log lines (migrations applied). Never receives secrets. */
  log?: (line: string) => void;
  /** Receives what opening migrated (`moltnet migrate` reports it). */
  onMigrated?: (report: MigrationReport) => void;
}

export async function openPostgresStore(config: PostgresConfig, options: PostgresOpenOptions = {}): Promise<Store> {
  const connection = connect(config);
  const clean = (text: string) => scrub(text, config.dsn);
  try {
    // postgres.js retries a connection that a peer accepts and then drops
    // without ever failing the query; the deadline keeps "fail fast" true.
    await withDeadline(connection.db.execute(sql`select 1`), connection.connectTimeoutMs);
  } catch (err) {
    await connection.sql.end({ timeout: 0 }).catch(() => {});
    throw new StoreError("unavailable", `cannot connect to ${connection.target}: ${clean(reasonOf(err))}`, {
      backend: "postgres",
      cause: safeCause(err),
    });
  }
  try {
    // Migrate first: `onMigrated?.(await migrate())` would skip the migration when no one listens.
    const migrated = await migratePostgres(connection.sql, options.log);
    options.onMigrated?.(migrated);
  } catch (err) {
    await connection.sql.end({ timeout: 5 }).catch(() => {});
    throw toStoreError(err, `migrating ${connection.target}`, clean);
  }
  return new PostgresStore(connection, clean, options.log ?? (() => {}));
}

class PostgresStore implements Store, StorageReporter {
  readonly kind = "postgres" as const;
  readonly #connection: Connection;
  readonly #clean: (text: string) => string;
  readonly #rooms: PgRooms;
  readonly #history: PgHistory;
  readonly #conversations: PgConversations;
  readonly #agents: PgAgents;
  readonly #log: (line: string) => void;
  #closed: Promise<void> | null = null;
  /** Concurrent appends share one transaction (append-group-commit.ts); #run maps each caller's error. */
  readonly #appends = new AppendGroupCommit<AppendItem, AppendResult | StaleReads>(
    async (group) => {
      const outcome = await appendGroup(this.#connection.db, group, this.#cache);
      this.events.committed();
      return outcome;
    },
    { async: true },
  );
  readonly events: PgEventLog;
  readonly presence: PgPresence;
  readonly relayCursors: PgRelayCursors;
  /** Rooms and registrations for the requests that check them (cache-generation.ts). */
  readonly #cache: GenerationCache;
  /** Whether the last call reached the server; flips are logged once each way. */
  #reachable = true;

  constructor(connection: Connection, clean: (text: string) => string, log: (line: string) => void) {
    this.#connection = connection;
    this.#clean = clean;
    this.#log = log;
    const { db } = connection;
    this.#rooms = new PgRooms(db);
    this.#cache = new GenerationCache({
      generation: () => this.#run("readCacheGeneration", () => readGeneration(connection.sql)),
      room: (id) => this.getRoom(id),
      agent: (agentId) => this.getRegisteredAgent(agentId),
    });
    this.#history = new PgHistory(db, this.#cache);
    this.#conversations = new PgConversations(db);
    this.#agents = new PgAgents(db);
    this.events = new PgEventLog(
      connection.sql,
      (doing, op) => this.#run(doing, op),
      (hooks) => connection.listener(hooks),
      log,
    );
    this.presence = new PgPresence(connection.sql, (doing, op) => this.#run(doing, op));
    this.relayCursors = new PgRelayCursors(connection.sql, (doing, op) => this.#run(doing, op));
  }

  /** A write to rooms, members or registrations: our own cached copies go now (the counter would drop them at the next check). */
  async #runChanging<T>(action: string, operation: () => Promise<T>, events?: unknown): Promise<T> {
    try {
      return await this.#runWithEvents(action, operation, events);
    } finally {
      this.#cache.forget();
    }
  }

  /** Runs a write whose events commit with it, then wakes this process's watchers. */
  async #runWithEvents<T>(action: string, operation: () => Promise<T>, events: unknown): Promise<T> {
    const result = await this.#run(action, operation);
    if (events !== undefined) this.events.committed();
    return result;
  }

  /** Runs one operation; any failure leaves as a StoreError naming the operation. */
  async #run<T>(action: string, operation: () => Promise<T>): Promise<T> {
    if (this.#closed) throw new StoreError("unavailable", `${action}: store is closed`, { backend: "postgres" });
    try {
      const result = await operation();
      this.#reached(null);
      return result;
    } catch (err) {
      const failure = toStoreError(err, action, this.#clean);
      this.#reached(failure);
      throw failure;
    }
  }

  #reached(failure: StoreError | null): void {
    if (failure === null || failure.code !== "unavailable") {
      if (!this.#reachable) this.#log(`store: postgres ${this.#connection.target} is reachable again`);
      this.#reachable = true;
    } else if (this.#reachable) {
      this.#reachable = false;
      this.#log(`store: postgres ${this.#connection.target} unavailable: ${failure.message}`);
    }
  }

  createRoom(room: Room, events?: EventsOf<void>): Promise<void> {
    return this.#runChanging("createRoom", () => this.#rooms.create(room, events), events);
  }
  getRoom(id: string): Promise<Room | null> {
    if (hasNul(id)) return Promise.resolve(null);
    return this.#run("getRoom", () => this.#rooms.get(id));
  }
  listRooms(window: Window, query?: RoomListQuery): Promise<WindowResult<Room>> {
    if (hasNul(cursorOf(window))) return nothingMatches(window);
    return this.#run("listRooms", () => this.#rooms.list(window, query));
  }
  updateRoomMembers(
    id: string,
    add: readonly string[],
    remove: readonly string[],
    events?: EventsOf<Room>,
  ): Promise<Room> {
    if (hasNul(id)) return Promise.reject(roomNotFound(id));
    return this.#runChanging("updateRoomMembers", () => this.#rooms.updateMembers(id, add, remove, events), events);
  }
  reconcileRoom(room: Room): Promise<Room> {
    return this.#runChanging("reconcileRoom", () => this.#rooms.reconcile(room));
  }
  removeRoom(id: string, removedAt: Timestamp, events?: EventsOf<Room>): Promise<Room> {
    if (hasNul(id)) return Promise.reject(roomNotFound(id));
    return this.#runChanging("removeRoom", () => this.#rooms.remove(id, removedAt, events), events);
  }
  listMemberships(): Promise<Membership[]> {
    return this.#run("listMemberships", () => this.#rooms.listMemberships());
  }
  removeMemberships(memberId: string): Promise<void> {
    if (hasNul(memberId)) return Promise.resolve();
    return this.#runChanging("removeMemberships", () => this.#rooms.removeMemberships(memberId));
  }

  appendMessage(message: Message, events?: EventsOf<AppendedResult>): Promise<AppendResult>;
  appendMessage(
    message: Message,
    events: EventsOf<AppendedResult> | undefined,
    mark: ReadMark,
  ): Promise<AppendResult | StaleReads>;
  appendMessage(message: Message, events?: EventsOf<AppendedResult>, mark?: ReadMark) {
    return this.#run("appendMessage", () =>
      this.#appends.submit(mark ? { message, events, mark } : { message, events }),
    );
  }
  checkedReads(): CheckedReads | null {
    return this.#cache.reads();
  }
  listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>> {
    const key =
      conversation.kind === "room"
        ? conversation.roomId
        : conversation.kind === "thread"
          ? conversation.threadId
          : conversation.dmId;
    if (hasNul(key) || hasNul(cursorOf(window))) return nothingMatches(window);
    return this.#run("listMessages", () => this.#history.listMessages(conversation, window));
  }
  listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>> {
    if (hasNul(filter.roomId) || hasNul(filter.threadId) || hasNul(filter.dmId) || hasNul(cursorOf(window))) {
      return nothingMatches(window);
    }
    return this.#run("listArtifacts", () => this.#history.listArtifacts(filter, window));
  }

  getThread(id: string): Promise<Thread | null> {
    if (hasNul(id)) return Promise.resolve(null);
    return this.#run("getThread", () => this.#conversations.getThread(id));
  }
  listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>> {
    if (hasNul(roomId) || hasNul(cursorOf(window))) return nothingMatches(window);
    return this.#run("listThreads", () => this.#conversations.listThreads(roomId, window));
  }
  getDirectConversation(id: string): Promise<DirectConversation | null> {
    if (hasNul(id)) return Promise.resolve(null);
    return this.#run("getDirectConversation", () => this.#conversations.getDirectConversation(id));
  }
  listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>> {
    if (hasNul(cursorOf(window))) return nothingMatches(window);
    return this.#run("listDirectConversations", () => this.#conversations.listDirectConversations(window));
  }

  registerAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#runChanging("registerAgent", () => this.#agents.register(registration));
  }
  reconcileRegisteredAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#runChanging("reconcileRegisteredAgent", () => this.#agents.reconcile(registration));
  }
  getRegisteredAgent(agentId: string): Promise<AgentRegistration | null> {
    if (hasNul(agentId)) return Promise.resolve(null);
    return this.#run("getRegisteredAgent", () => this.#agents.get(agentId));
  }
  getRegisteredAgentByCredentialKey(credentialKey: string): Promise<AgentRegistration | null> {
    if (hasNul(credentialKey)) return Promise.resolve(null);
    return this.#run("getRegisteredAgentByCredentialKey", () => this.#agents.getByCredentialKey(credentialKey));
  }
  listRegisteredAgents(): Promise<AgentRegistration[]> {
    return this.#run("listRegisteredAgents", () => this.#agents.list());
  }
  listRegisteredAgentsIn(range: IdRange): Promise<AgentRegistration[]> {
    if (hasNul(range.after ?? range.before ?? "")) return Promise.resolve([]);
    return this.#run("listRegisteredAgentsIn", () => this.#agents.listIn(range));
  }
  removeRegisteredAgent(agentId: string, events?: EventsOf<void>): Promise<void> {
    if (hasNul(agentId)) return Promise.resolve();
    return this.#runChanging("removeRegisteredAgent", () => this.#agents.remove(agentId, events), events);
  }

  /** Any failure here means "cannot serve right now": always `unavailable`. */
  async health(): Promise<void> {
    if (this.#closed) throw new StoreError("unavailable", "health: store is closed", { backend: "postgres" });
    try {
      await withDeadline(this.#connection.db.execute(sql`select 1`), this.#connection.connectTimeoutMs);
      this.#reached(null);
    } catch (err) {
      const failure = new StoreError(
        "unavailable",
        `health: ${this.#connection.target}: ${this.#clean(reasonOf(err))}`,
        {
          backend: "postgres",
          cause: safeCause(err),
        },
      );
      this.#reached(failure);
      throw failure;
    }
  }

  /** Schema, database size and exact row counts of the tables in the current schema (GET /v1/storage). */
  storageReport(): Promise<StorageReport> {
    return this.#run("read storage report", async () => {
      const db = this.#connection.sql;
      const status = await postgresMigrationStatus(db);
      const [size] = await db<{ bytes: string }[]>`SELECT pg_database_size(current_database())::text AS bytes`;
      const names = await db<{ name: string }[]>`
        SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name COLLATE "C"`;
      const tables: Record<string, number> = {};
      for (const { name } of names) {
        const [row] = await db<{ n: string }[]>`SELECT count(*)::text AS n FROM ${db(name)}`;
        tables[name] = Number(row?.n ?? 0);
      }
      return {
        kind: "postgres" as const,
        path: null,
        schema: { version: schemaVersion(status.applied), applied: status.applied, pending: status.pending },
        size: { database_bytes: size ? Number(size.bytes) : null },
        tables,
        event_log: null,
      };
    });
  }

  close(): Promise<void> {
    // Lets queries in flight finish (up to 5 s), then closes every connection. Idempotent.
    // Appends already accepted are written first.
    this.#closed ??= this.#appends
      .settled()
      .then(() => this.events.stop())
      .then(() => this.#connection.sql.end({ timeout: 5 }));
    return this.#closed;
  }
}

/** Rejects with a timeout error when `work` has not settled after `ms`. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: "CONNECT_TIMEOUT" })),
      ms,
    );
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

// Postgres TEXT cannot hold U+0000 and rejects it as an encoding error. No
// stored key can contain one, so a lookup by such a key is answered here as
// "nothing matches", exactly as the other backends answer it, instead of
// surfacing a driver error as a 500.
function hasNul(value: string | undefined): boolean {
  return value !== undefined && value.includes("\0");
}

function cursorOf(window: Window): string | undefined {
  return window.after ?? window.before;
}

/** The answer for a key that cannot exist: an empty page, or invalid_cursor when a cursor was given (it cannot belong to the list). */
function nothingMatches<T>(window: Window): Promise<WindowResult<T>> {
  const cursor = cursorOf(window);
  if (cursor !== undefined) {
    return Promise.reject(invalidCursor(cursor));
  }
  return Promise.resolve({ items: [], hasMore: false });
}

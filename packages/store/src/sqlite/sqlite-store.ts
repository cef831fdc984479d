// The SQLite backend: one better-sqlite3 connection serving every request,
// driven through Drizzle with statements prepared once per store. SQLite calls
// are synchronous and short (indexed reads of one page, one small write
// transaction), so they run inline and the methods are async only to honour
// the Store interface; WAL checkpoints run on a worker (see checkpointer.ts).
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { StoreError } from "../errors.js";
import { AppendGroupCommit } from "../append-group-commit.js";
import { migrateSqliteWithBackup } from "../backup/pre-migration.js";
import { sqliteMigrationStatus } from "../migrate/sqlite.js";
import type { MigrationReport } from "../migrate/types.js";
import { fileSize, schemaVersion, type StorageReport, type StorageReporter } from "../storage-report.js";
import type {
  AppendedResult,
  AppendItem,
  AppendResult,
  ArtifactFilter,
  Conversation,
  IdRange,
  RoomListQuery,
  Store,
  Window,
  WindowResult,
} from "../store.js";
import type { Timestamp } from "../time.js";
import type { AgentRegistration, Artifact, DirectConversation, Membership, Message, Room, Thread } from "../types.js";
import { startCheckpointer, type Checkpointer, type CheckpointerStatus } from "./checkpointer.js";
import { buildCollectionStatements } from "./collection-statements.js";
import {
  configureConnection,
  parseSynchronous,
  readPragmas,
  type PragmaValues,
  type SqliteDb,
  type Synchronous,
} from "./connection.js";
import { SqliteConversations } from "./conversations.js";
import { prepareDatabaseFile } from "./database-file.js";
import { SqliteHistory } from "./history.js";
import { SqliteEventLog } from "./events.js";
import { SqlitePresence } from "./presence.js";
import { SqliteRelayCursors } from "./relay-cursors.js";
import { eventsFor, type EventsOf } from "../events.js";
import { buildHistoryStatements } from "./history-statements.js";
import { SqliteAgents } from "./agents.js";
import { SqliteRooms } from "./rooms.js";
import { dataVersionOf, ReadCache } from "./read-cache.js";
import { openError, toStoreError } from "./errors.js";

export interface SqliteStoreConfig {
  kind: "sqlite";
  /** Database file; missing parent directories are created 0700, a missing file 0600. `:memory:` for a throwaway database. */
  path: string;
  /** PRAGMA synchronous; default NORMAL (see connection.ts for the trade-off). */
  synchronous?: Synchronous;
  /** Back an existing database up next to itself before migrating it (default true; see backup/pre-migration.ts). */
  backupBeforeMigrate?: boolean;
}

export interface SqliteStoreOptions {
  /** Operational log lines (migrations, skipped rows, checkpoint fallback). */
  log?: (line: string) => void;
  /** Receives what opening migrated (`moltnet migrate` reports it). */
  onMigrated?: (report: MigrationReport) => void;
}

/** SQLite's default auto-checkpoint, used while no checkpoint worker runs. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/**
 * While the worker checkpoints, SQLite's own auto-checkpoint stays on only as a
 * safety net (~40 MB of WAL at 4 KiB pages): under writes with no idle gap the
 * worker's PASSIVE checkpoints never fully catch up, so the WAL is never
 * restarted and would grow without bound. Past this size the serving
 * connection checkpoints the few frames the worker has not yet copied, and the
 * next write restarts the WAL.
 */
const SAFETY_NET_AUTOCHECKPOINT_PAGES = 10_000;
/** Write operations after which the checkpoint worker is started (see checkpointer.ts). */
const CHECKPOINT_WORKER_AFTER_WRITES = 64;

export async function openSqliteStore(
  config: SqliteStoreConfig,
  options: SqliteStoreOptions = {},
): Promise<SqliteStore> {
  const log = options.log ?? (() => {});
  const synchronous = parseSynchronous(config.synchronous);
  if (!synchronous) {
    throw new StoreError(
      "invalid_config",
      `storage.sqlite.synchronous must be OFF, NORMAL or FULL, not ${JSON.stringify(config.synchronous)}`,
      {
        backend: "sqlite",
      },
    );
  }
  const inMemory = config.path === ":memory:";
  const path = inMemory ? ":memory:" : prepareDatabaseFile(config.path, log).path;
  let client: Database.Database | null = null;
  try {
    client = new Database(path, { fileMustExist: !inMemory });
    const db: SqliteDb = drizzle({ client });
    configureConnection(db, { synchronous, autoCheckpointPages: DEFAULT_AUTOCHECKPOINT_PAGES });
    // Migrate first: `onMigrated?.(migrate())` would skip the migration when no one listens.
    const { report: migrated } = await migrateSqliteWithBackup(client, inMemory ? null : path, log, {
      enabled: config.backupBeforeMigrate !== false,
    });
    options.onMigrated?.(migrated);
    return new SqliteStore(client, db, inMemory ? null : path, log);
  } catch (err) {
    try {
      client?.close();
    } catch {
      // the open error is the one worth reporting
    }
    throw openError(err, path);
  }
}

export class SqliteStore implements Store, StorageReporter {
  readonly kind = "sqlite" as const;
  readonly #client: Database.Database;
  readonly #db: SqliteDb;
  readonly #rooms: SqliteRooms;
  readonly #history: SqliteHistory;
  readonly #conversations: SqliteConversations;
  readonly #agents: SqliteAgents;
  readonly #log: (line: string) => void;
  /** The database file; null for `:memory:` (no WAL, nothing to checkpoint). */
  readonly #path: string | null;
  #checkpointer: Checkpointer | null = null;
  /** Concurrent appends share one transaction (append-group-commit.ts); driver errors are mapped per message. */
  readonly #appends = new AppendGroupCommit<AppendItem, AppendResult>((items) => {
    if (this.#closed) throw new StoreError("unavailable", "append message: the store is closed", { backend: "sqlite" });
    let outcome;
    try {
      outcome = this.#history
        .appendGroup(items)
        .map((o) => (o.ok ? o : { ok: false as const, error: toStoreError(o.error, "append message") }));
    } catch (err) {
      throw toStoreError(err, "append message");
    }
    this.events.committed();
    return outcome;
  });
  readonly events: SqliteEventLog;
  readonly presence: SqlitePresence;
  readonly relayCursors: SqliteRelayCursors;
  /** Runs a function in one IMMEDIATE transaction (a savepoint when one is open). */
  readonly #tx: { immediate<T>(op: () => T): T };
  /** getRoom and getRegisteredAgent answers until a write or another connection's commit (read-cache.ts). */
  readonly #roomReads: ReadCache<Room>;
  readonly #agentReads: ReadCache<AgentRegistration>;
  #writes = 0;
  #closed = false;
  #accepting = true;
  #closing: Promise<void> | undefined;

  /** Use openSqliteStore: it prepares the file, configures the connection and migrates. */
  constructor(client: Database.Database, db: SqliteDb, path: string | null, log: (line: string) => void) {
    this.#client = client;
    this.#path = path;
    this.#db = db;
    const collections = buildCollectionStatements(db);
    this.#rooms = new SqliteRooms(db, collections);
    this.#conversations = new SqliteConversations(collections);
    this.#agents = new SqliteAgents(db, collections);
    this.events = new SqliteEventLog(client, (doing, op) => this.#run(doing, op));
    this.presence = new SqlitePresence(client, (doing, op) => this.#run(doing, op));
    this.relayCursors = new SqliteRelayCursors(client, (doing, op) => this.#run(doing, op));
    this.#history = new SqliteHistory(db, buildHistoryStatements(db), log, (events) => this.events.insert(events));
    this.#tx = client.transaction((op: () => unknown) => op()) as unknown as { immediate<T>(op: () => T): T };
    this.#log = log;
    const version = dataVersionOf(client);
    this.#roomReads = new ReadCache(version);
    this.#agentReads = new ReadCache(version);
  }

  /** Starts the WAL checkpoint worker now rather than after the first writes (idempotent). */
  startCheckpointing(): void {
    if (this.#checkpointer || this.#closed || !this.#path) return;
    this.#checkpointer = startCheckpointer(this.#path, this.#log, {
      onReady: () => this.#setAutoCheckpoint(SAFETY_NET_AUTOCHECKPOINT_PAGES),
      onFailure: () => this.#setAutoCheckpoint(DEFAULT_AUTOCHECKPOINT_PAGES),
    });
  }

  #setAutoCheckpoint(pages: number): void {
    if (this.#closed) return;
    try {
      this.#db.run(sql.raw(`PRAGMA wal_autocheckpoint = ${pages}`));
    } catch (err) {
      this.#log(`[store:sqlite] cannot set wal_autocheckpoint: ${toStoreError(err, "pragma").message}`);
    }
  }

  /** Runs a synchronous operation as the Store's async contract, mapping driver errors. */
  async #run<T>(doing: string, op: () => T): Promise<T> {
    if (this.#closed) throw new StoreError("unavailable", `${doing}: the store is closed`, { backend: "sqlite" });
    try {
      return op();
    } catch (err) {
      throw toStoreError(err, doing);
    }
  }

  /** A write and its events in one transaction; watchers are woken after it commits. */
  async #writeWithEvents<T>(doing: string, op: () => T, events: EventsOf<T> | undefined): Promise<T> {
    if (events === undefined) return this.#write(doing, op);
    const value = await this.#write(doing, () =>
      this.#tx.immediate(() => {
        const result = op();
        this.events.insert(eventsFor(events, result));
        return result;
      }),
    );
    this.events.committed();
    return value;
  }

  /** Like #run, for operations that write (they count towards starting the checkpoint worker). */
  #write<T>(doing: string, op: () => T): Promise<T> {
    // Any write may change a room or a registration: the caches start over (writes run synchronously, so no read slips in between).
    this.#roomReads.clear();
    this.#agentReads.clear();
    if (++this.#writes === CHECKPOINT_WORKER_AFTER_WRITES) this.startCheckpointing();
    return this.#run(doing, op);
  }

  // Rooms ------------------------------------------------------------------
  createRoom(room: Room, events?: EventsOf<void>): Promise<void> {
    return this.#writeWithEvents("create room", () => this.#rooms.create(room), events);
  }
  getRoom(id: string): Promise<Room | null> {
    return this.#run("get room", () => this.#roomReads.read(id, () => this.#rooms.get(id)));
  }
  listRooms(window: Window, query?: RoomListQuery): Promise<WindowResult<Room>> {
    return this.#run("list rooms", () => this.#rooms.list(window, query));
  }
  updateRoomMembers(
    id: string,
    add: readonly string[],
    remove: readonly string[],
    events?: EventsOf<Room>,
  ): Promise<Room> {
    return this.#writeWithEvents("update room members", () => this.#rooms.updateMembers(id, add, remove), events);
  }
  reconcileRoom(room: Room): Promise<Room> {
    return this.#write("reconcile room", () => this.#rooms.reconcile(room));
  }
  removeRoom(id: string, removedAt: Timestamp, events?: EventsOf<Room>): Promise<Room> {
    return this.#writeWithEvents("remove room", () => this.#rooms.remove(id, removedAt), events);
  }
  listMemberships(): Promise<Membership[]> {
    return this.#run("list memberships", () => this.#rooms.memberships());
  }
  removeMemberships(memberId: string): Promise<void> {
    return this.#write("remove memberships", () => this.#rooms.removeMemberships(memberId));
  }

  // Messages ---------------------------------------------------------------
  appendMessage(message: Message, events?: EventsOf<AppendedResult>): Promise<AppendResult> {
    if (!this.#accepting)
      return Promise.reject(
        new StoreError("unavailable", "append message: the store is closed", { backend: "sqlite" }),
      );
    if (++this.#writes === CHECKPOINT_WORKER_AFTER_WRITES) this.startCheckpointing();
    return this.#appends.submit({ message, events });
  }
  listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>> {
    return this.#run("list messages", () => this.#history.listMessages(conversation, window));
  }
  listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>> {
    return this.#run("list artifacts", () => this.#history.listArtifacts(filter, window));
  }

  // Threads and DMs ----------------------------------------------------------
  getThread(id: string): Promise<Thread | null> {
    return this.#run("get thread", () => this.#conversations.getThread(id));
  }
  listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>> {
    return this.#run("list threads", () => this.#conversations.listThreads(roomId, window));
  }
  getDirectConversation(id: string): Promise<DirectConversation | null> {
    return this.#run("get dm", () => this.#conversations.getDirectConversation(id));
  }
  listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>> {
    return this.#run("list dms", () => this.#conversations.listDirectConversations(window));
  }

  // Agent registry -----------------------------------------------------------
  registerAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#write("register agent", () => this.#agents.upsert(registration, false));
  }
  reconcileRegisteredAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#write("reconcile agent", () => this.#agents.upsert(registration, true));
  }
  getRegisteredAgent(agentId: string): Promise<AgentRegistration | null> {
    return this.#run("get agent", () => this.#agentReads.read(agentId, () => this.#agents.get(agentId)));
  }
  getRegisteredAgentByCredentialKey(credentialKey: string): Promise<AgentRegistration | null> {
    return this.#run("find agent by credential", () => this.#agents.byCredentialKey(credentialKey));
  }
  listRegisteredAgents(): Promise<AgentRegistration[]> {
    return this.#run("list agents", () => this.#agents.list());
  }
  listRegisteredAgentsIn(range: IdRange): Promise<AgentRegistration[]> {
    return this.#run("list agents", () => this.#agents.listIn(range));
  }
  removeRegisteredAgent(agentId: string, events?: EventsOf<void>): Promise<void> {
    return this.#writeWithEvents("remove agent", () => this.#agents.remove(agentId), events);
  }

  // Lifecycle -----------------------------------------------------------------
  async health(): Promise<void> {
    try {
      await this.#run("health check", () => this.#db.get(sql`SELECT 1 AS ok`));
    } catch (err) {
      throw new StoreError("unavailable", "SQLite database is not usable", { cause: err, backend: "sqlite" });
    }
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      // Appends already accepted are written before the connection goes;
      // anything submitted from here on is refused.
      this.#accepting = false;
      await this.#appends.settled();
      this.#closed = true;
      this.events.stop();
      // The worker's connection goes first, so ours is the last one: SQLite then
      // checkpoints the WAL into the main file and removes -wal and -shm.
      await this.#checkpointer?.stop();
      this.#client.close();
    })();
    return this.#closing;
  }

  /** Live connection settings and checkpoint worker state (diagnostics and tests; not part of Store). */
  async diagnostics(): Promise<{ pragmas: PragmaValues; checkpointer: CheckpointerStatus | null }> {
    await this.#checkpointer?.ready();
    return this.#run("read diagnostics", () => ({
      pragmas: readPragmas(this.#db),
      checkpointer: this.#checkpointer?.status() ?? null,
    }));
  }

  /** Schema, file sizes, last checkpoint and row counts (GET /v1/storage). Counts scan each table. */
  async storageReport(): Promise<StorageReport> {
    const { status, tables } = await this.#run("read storage report", () => {
      const names = this.#client
        .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        .pluck()
        .all() as string[];
      const counts: Record<string, number> = {};
      for (const name of names) {
        counts[name] = Number(
          this.#client
            .prepare(`SELECT count(*) FROM "${name.replace(/"/g, '""')}"`)
            .pluck()
            .get(),
        );
      }
      return { status: sqliteMigrationStatus(this.#client), tables: counts };
    });
    const path = this.#path;
    return {
      kind: "sqlite",
      path,
      schema: { version: schemaVersion(status.applied), applied: status.applied, pending: status.pending },
      size: {
        database_bytes: path ? await fileSize(path) : null,
        wal_bytes: path ? await fileSize(`${path}-wal`) : null,
        last_checkpoint_at: this.#checkpointer?.status().lastCheckpointAt ?? null,
      },
      tables,
      event_log: null,
    };
  }
}

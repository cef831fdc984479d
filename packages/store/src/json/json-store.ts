// The JSON file backend: the memory store's state and queries, plus a snapshot
// file in the reference's format (contract 4.1) rewritten durably after every
// change, with group commit (snapshot-group-commit.ts), a lock so one process owns the
// file (file-lock.ts) and a load that refuses corrupt files without touching
// them (snapshot-decode.ts). It does not take part in migrations.
//
// Failure model. A mutation is applied to memory, then acknowledged only once
// a snapshot containing it is durable. If a snapshot write fails, every
// mutation not yet durable is rejected and memory is rebuilt from the file,
// which holds exactly the last durable snapshot: the rollback needs no undo
// log and cannot drift from the disk. (If the failure came after the rename,
// e.g. the directory fsync failed, the file already holds the rejected
// changes; memory then keeps them too, and a retried append answers
// "duplicate", as for any commit whose outcome is unknown.) If the file cannot
// be read back, or the lock is lost, the store stops accepting writes and
// health() fails until restart; reads keep answering from memory.
// Readers may see a change while its snapshot is being written (before it is
// acknowledged); they only see one that is later rolled back if the disk fails.
import { StoreError } from "../errors.js";
import { MemoryState } from "../memory/memory-state.js";
import { eventsFor, MemoryEventLog, type EventsOf, type NewEvent } from "../events.js";
import { MemoryPresence } from "../presence.js";
import { MemoryRelayCursors } from "../relay-cursors.js";
import type {
  AppendedResult,
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
import type { ReleaseLock } from "./file-lock.js";
import { SnapshotGroupCommit } from "./snapshot-group-commit.js";
import { decodeSnapshot } from "./snapshot-decode.js";
import { encodeSnapshot } from "./snapshot-encode.js";
import { readSnapshotFile, writeFileDurably } from "./snapshot-file.js";
import { openSnapshot } from "./open-snapshot.js";

export interface JsonStoreOptions {
  log?: (line: string) => void;
  /** Test hook: replaces the durable file write (fault injection). */
  writeSnapshot?: (path: string, chunks: readonly string[]) => Promise<void>;
}

export async function openJsonStore(
  config: { kind: "json"; path: string },
  options: JsonStoreOptions = {},
): Promise<Store> {
  return JsonStore.open(config.path, options);
}

export class JsonStore implements Store {
  readonly kind = "json" as const;
  #state: MemoryState;
  /** Events live in process memory only: the snapshot stays the reference's format. */
  readonly events = new MemoryEventLog();
  readonly presence = new MemoryPresence();
  readonly relayCursors = new MemoryRelayCursors();
  readonly #commit: SnapshotGroupCommit;
  #reloading: Promise<void> | null = null;
  /** The file existed at open or was written since: if it is gone at a rollback, memory is not reset to empty. */
  #onDisk: boolean;
  #broken: StoreError | null = null;
  #closed = false;

  static async open(rawPath: string, options: JsonStoreOptions = {}): Promise<JsonStore> {
    const log = options.log ?? (() => {});
    let store: JsonStore | null = null;
    const opened = await openSnapshot(rawPath, log, { onCompromised: (err) => store?.lockLost(err) });
    store = new JsonStore(
      opened.path,
      opened.state,
      opened.onDisk,
      opened.release,
      options.writeSnapshot ?? writeFileDurably,
      log,
    );
    return store;
  }

  private constructor(
    readonly path: string,
    state: MemoryState,
    onDisk: boolean,
    private readonly release: ReleaseLock,
    private readonly writeSnapshot: (path: string, chunks: readonly string[]) => Promise<void>,
    private readonly log: (line: string) => void,
  ) {
    this.#state = state;
    this.#onDisk = onDisk;
    this.#commit = new SnapshotGroupCommit({
      write: async () => {
        // Without the lock another process may own the file now: never write over it.
        if (this.#broken) throw this.#broken;
        await this.writeSnapshot(this.path, encodeSnapshot(this.#state));
        this.#onDisk = true;
      },
      recover: (err) => this.#recover(err),
      failure: (err) =>
        new StoreError(
          isDiskFull(err) ? "storage_full" : "internal",
          `could not write Moltnet store "${this.path}"; the change may not have been saved: ${message(err)}`,
          { backend: "json", cause: err },
        ),
    });
  }

  /** Snapshot rewrites completed since open. */
  get snapshotsWritten(): number {
    return this.#commit.writes;
  }

  /** The snapshot text the next write would produce (diagnostics and tests). */
  snapshotText(): string {
    return encodeSnapshot(this.#state).join("");
  }

  // Rooms --------------------------------------------------------------------

  createRoom(room: Room, events?: EventsOf<void>): Promise<void> {
    return this.#mutate(
      (s) => ({ value: s.rooms.create(room), changed: true }),
      (v) => eventsFor(events, v),
    );
  }

  async getRoom(id: string): Promise<Room | null> {
    return (await this.#read()).rooms.get(id);
  }

  async listRooms(window: Window, query?: RoomListQuery): Promise<WindowResult<Room>> {
    const s = await this.#read();
    return s.paged(s.rooms.list(window, query?.publicOnly === true), window);
  }

  updateRoomMembers(
    id: string,
    add: readonly string[],
    remove: readonly string[],
    events?: EventsOf<Room>,
  ): Promise<Room> {
    return this.#mutate(
      (s) => {
        const { room, changed } = s.rooms.updateMembers(id, add, remove);
        return { value: room, changed };
      },
      (room) => eventsFor(events, room),
    );
  }

  reconcileRoom(room: Room): Promise<Room> {
    return this.#mutate((s) => {
      const result = s.rooms.reconcile(room);
      return { value: result.room, changed: result.changed };
    });
  }

  removeRoom(id: string, removedAt: Timestamp, events?: EventsOf<Room>): Promise<Room> {
    return this.#mutate(
      (s) => ({ value: s.rooms.remove(id, removedAt), changed: true }),
      (room) => eventsFor(events, room),
    );
  }

  async listMemberships(): Promise<Membership[]> {
    return (await this.#read()).rooms.memberships();
  }

  removeMemberships(memberId: string): Promise<void> {
    return this.#mutate((s) => ({ value: undefined, changed: s.rooms.removeMemberships(memberId) }));
  }

  // Messages -----------------------------------------------------------------

  appendMessage(message: Message, events?: EventsOf<AppendedResult>): Promise<AppendResult> {
    return this.#mutate(
      (s) => {
        const result = s.conversations.append(message);
        return { value: result, changed: result.status === "appended" };
      },
      (result) => (result.status === "appended" ? eventsFor(events, result) : []),
    );
  }

  async listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>> {
    const s = await this.#read();
    return s.paged(s.conversations.listMessages(conversation, window), window);
  }

  async listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>> {
    const s = await this.#read();
    return s.paged(s.conversations.listArtifacts(filter, window), window);
  }

  // Threads and DMs ------------------------------------------------------------

  async getThread(id: string): Promise<Thread | null> {
    return (await this.#read()).conversations.getThread(id);
  }

  async listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>> {
    const s = await this.#read();
    return s.paged(s.conversations.listThreads(roomId, window), window);
  }

  async getDirectConversation(id: string): Promise<DirectConversation | null> {
    return (await this.#read()).conversations.getDm(id);
  }

  async listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>> {
    const s = await this.#read();
    return s.paged(s.conversations.listDms(window), window);
  }

  // Agent registry ---------------------------------------------------------------

  registerAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#mutate((s) => ({ value: s.agents.register(registration), changed: true }));
  }

  reconcileRegisteredAgent(registration: AgentRegistration): Promise<AgentRegistration> {
    return this.#mutate((s) => ({ value: s.agents.reconcile(registration), changed: true }));
  }

  async getRegisteredAgent(agentId: string): Promise<AgentRegistration | null> {
    return (await this.#read()).agents.get(agentId);
  }

  async getRegisteredAgentByCredentialKey(credentialKey: string): Promise<AgentRegistration | null> {
    return (await this.#read()).agents.byCredentialKey(credentialKey);
  }

  async listRegisteredAgents(): Promise<AgentRegistration[]> {
    return (await this.#read()).agents.list();
  }

  async listRegisteredAgentsIn(range: IdRange): Promise<AgentRegistration[]> {
    return (await this.#read()).agents.listIn(range);
  }

  removeRegisteredAgent(agentId: string, events?: EventsOf<void>): Promise<void> {
    return this.#mutate(
      (s) => ({ value: undefined, changed: s.agents.remove(agentId) }),
      (v) => eventsFor(events, v),
    );
  }

  // Lifecycle ------------------------------------------------------------------

  async health(): Promise<void> {
    while (this.#reloading) await this.#reloading;
    this.#assertOpen();
    if (this.#broken)
      throw new StoreError("unavailable", this.#broken.message, { backend: "json", cause: this.#broken });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    // Changes already applied are still written and acknowledged; new ones are refused.
    await this.#commit.idle();
    while (this.#reloading) await this.#reloading;
    await this.release();
  }

  /** Called by the lock when another process may now own the file (its lock file was removed or replaced). */
  lockLost(err: Error): void {
    this.log(`[store:json] lost the lock on "${this.path}": ${err.message}; refusing further writes`);
    this.#broken ??= new StoreError(
      "locked",
      `lost the lock on Moltnet store "${this.path}" (another process may be using it); restart the server`,
      { backend: "json", cause: err },
    );
  }

  // Internals ------------------------------------------------------------------

  /**
   * Applies a change and waits for its durability. The writability check and
   * the change run in one synchronous step, so no recovery can slip between.
   * A change that throws (validation) never reaches the file. Its events join
   * the in-memory log once the change is durable, so none outlives a failed write.
   */
  async #mutate<T>(
    apply: (s: MemoryState) => { value: T; changed: boolean },
    events?: (value: T) => readonly NewEvent[],
  ): Promise<T> {
    while (this.#reloading) await this.#reloading;
    this.#assertOpen();
    if (this.#broken) throw this.#broken;
    const { value, changed } = apply(this.#state);
    await (changed ? this.#commit.changed() : this.#commit.settled());
    if (events) this.events.push(events(value));
    return value;
  }

  async #read(): Promise<MemoryState> {
    while (this.#reloading) await this.#reloading;
    this.#assertOpen();
    return this.#state;
  }

  #assertOpen(): void {
    if (this.#closed) throw new StoreError("unavailable", "store is closed", { backend: "json" });
  }

  #recover(err: unknown): Promise<void> {
    this.log(`[store:json] writing "${this.path}" failed (${message(err)}); reloading it to drop the unsaved changes`);
    const reload = (async () => {
      try {
        const text = await readSnapshotFile(this.path);
        if (text === null && this.#onDisk) throw new Error("the file has disappeared");
        this.#state = text === null ? new MemoryState("json") : decodeSnapshot(text, this.path, () => {});
      } catch (loadErr) {
        this.log(`[store:json] reloading "${this.path}" failed (${message(loadErr)}); refusing further writes`);
        this.#broken ??= new StoreError(
          "unavailable",
          `Moltnet store "${this.path}" could not be written nor read back; restart the server once the disk is healthy`,
          { backend: "json", cause: loadErr },
        );
      }
    })();
    const done = reload.finally(() => {
      this.#reloading = null;
    });
    this.#reloading = done;
    return done;
  }
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** ENOSPC (no space left) or EDQUOT (quota exceeded) anywhere in the cause chain. */
function isDiskFull(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; current && depth < 6; depth++) {
    const code = (current as { code?: unknown }).code;
    if (code === "ENOSPC" || code === "EDQUOT") return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

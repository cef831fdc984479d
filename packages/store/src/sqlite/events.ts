// The SQLite event log (see ../events.ts). Events are inserted inside the
// writing transaction at head + 1, head + 2, …: SQLite has one writer at a
// time across every process on the file, so positions are gapless and in
// commit order. Other processes' commits are noticed through PRAGMA
// data_version, which changes whenever another connection commits.
import type Database from "better-sqlite3";
import {
  MAX_EVENT_PAGE,
  PRUNE_BATCH,
  type EventLog,
  type EventLogBounds,
  type EventRetention,
  type EventWatchStatus,
  type NewEvent,
  type StoredEvent,
} from "../events.js";
import { EventIdIndex } from "../event-id-index.js";

/** How often other processes' commits are looked for while someone watches. */
const DATA_VERSION_POLL_MS = 100;

export class SqliteEventLog implements EventLog {
  readonly #head: Database.Statement<[], { head: number }>;
  readonly #insert: Database.Statement<[string, string, string, number]>;
  readonly #read: Database.Statement<[number, number], StoredEvent>;
  readonly #ids: Database.Statement<[number, number], { position: number; id: string }>;
  readonly #idAt: Database.Statement<[number], { id: string }>;
  readonly #index: EventIdIndex;
  readonly #oldest: Database.Statement<[], { position: number; id: string }>;
  readonly #newest: Database.Statement<[], { position: number; id: string }>;
  readonly #pruneCount: Database.Statement<[number, number]>;
  readonly #pruneAge: Database.Statement<[number, number, number]>;
  readonly #appendTx: (events: readonly NewEvent[]) => void;
  readonly #watchers = new Set<() => void>();
  #poll: NodeJS.Timeout | null = null;
  #dataVersion = -1;

  constructor(
    private readonly client: Database.Database,
    /** Runs a store operation (closed check, error mapping); see sqlite-store.ts. */
    private readonly run: <T>(doing: string, op: () => T) => Promise<T>,
    private readonly now: () => number = Date.now,
  ) {
    this.#head = client.prepare("SELECT coalesce(max(position), 0) AS head FROM events");
    // One statement per event: the head is read by the insert itself.
    this.#insert = client.prepare(
      "INSERT INTO events (position, id, type, data, recorded_at) SELECT coalesce(max(position), 0) + 1, ?, ?, ?, ? FROM events",
    );
    this.#read = client.prepare(
      "SELECT position, id, type, data FROM events WHERE position > ? ORDER BY position LIMIT ?",
    );
    this.#ids = client.prepare("SELECT position, id FROM events WHERE position > ? ORDER BY position LIMIT ?");
    this.#idAt = client.prepare("SELECT id FROM events WHERE position = ?");
    this.#index = new EventIdIndex(
      (after, limit) => this.run("find event", () => this.#ids.all(after, limit)),
      (position) => this.run("find event", () => this.#idAt.get(position)?.id),
    );
    this.#oldest = client.prepare("SELECT position, id FROM events ORDER BY position LIMIT 1");
    this.#newest = client.prepare("SELECT position, id FROM events ORDER BY position DESC LIMIT 1");
    this.#pruneCount = client.prepare(
      "DELETE FROM events WHERE position IN (SELECT position FROM events WHERE position <= ? ORDER BY position LIMIT ?)",
    );
    // Only the oldest batch is looked at, so a log with nothing to prune costs one short index range, not a scan.
    this.#pruneAge = client.prepare(
      "DELETE FROM events WHERE position IN (SELECT position FROM (SELECT position, recorded_at FROM events WHERE position < ? ORDER BY position LIMIT ?) WHERE recorded_at < ?)",
    );
    this.#appendTx = client.transaction((events: readonly NewEvent[]) => this.insert(events));
  }

  /** Inserts at the next positions; the caller's transaction must be open (it is the write lock). */
  insert(events: readonly NewEvent[]): void {
    if (events.length === 0) return;
    const recordedAt = this.now();
    for (const e of events) this.#insert.run(e.id, e.type, e.data, recordedAt);
  }

  /** Tells this process's watchers that a transaction with events committed. */
  committed(): void {
    for (const wake of this.#watchers) wake();
  }

  async append(events: readonly NewEvent[]): Promise<void> {
    if (events.length === 0) return;
    await this.run("append events", () =>
      (this.#appendTx as unknown as { immediate(e: readonly NewEvent[]): void }).immediate(events),
    );
    this.committed();
  }

  read(after: number, limit: number): Promise<StoredEvent[]> {
    return this.run("read events", () => this.#read.all(after, Math.max(0, Math.min(limit, MAX_EVENT_PAGE))));
  }

  find(id: string): Promise<number | null> {
    return this.#index.find(id);
  }

  bounds(): Promise<EventLogBounds | null> {
    return this.run("read event bounds", () => {
      const oldest = this.#oldest.get();
      const newest = this.#newest.get();
      return oldest && newest ? { oldest, newest } : null;
    });
  }

  head(): Promise<number> {
    return this.run("read event head", () => this.#head.get()!.head);
  }

  async prune(retention: EventRetention, nowMs = this.now()): Promise<number> {
    let pruned = 0;
    const head = await this.head();
    // Each batch is its own short transaction; yielding between them lets writes through.
    for (;;) {
      const n = await this.run(
        "prune events",
        () => this.#pruneCount.run(head - Math.max(1, retention.maxCount), PRUNE_BATCH).changes,
      );
      pruned += n;
      if (n < PRUNE_BATCH) break;
      await new Promise((r) => setImmediate(r));
    }
    for (;;) {
      const n = await this.run(
        "prune events",
        () => this.#pruneAge.run(head, PRUNE_BATCH, nowMs - retention.maxAgeMs).changes,
      );
      pruned += n;
      if (n < PRUNE_BATCH) break;
      await new Promise((r) => setImmediate(r));
    }
    // Always: another process on the file may have done the pruning.
    const oldest = await this.run("read event bounds", () => this.#oldest.get());
    if (oldest) this.#index.trim(oldest.position);
    return pruned;
  }

  watch(wake: () => void): () => void {
    this.#watchers.add(wake);
    if (!this.#poll) {
      this.#poll = setInterval(() => this.#checkDataVersion(), DATA_VERSION_POLL_MS);
      this.#poll.unref();
    }
    return () => {
      this.#watchers.delete(wake);
      if (this.#watchers.size === 0) this.stop();
    };
  }

  #checkDataVersion(): void {
    let version: number;
    try {
      version = this.client.pragma("data_version", { simple: true }) as number;
    } catch {
      return; // closed or failing: the next operation reports it
    }
    if (this.#dataVersion !== -1 && version !== this.#dataVersion) this.committed();
    this.#dataVersion = version;
  }

  status(): EventWatchStatus {
    return { listening: true, reconnects: 0 };
  }

  stop(): void {
    if (this.#poll) clearInterval(this.#poll);
    this.#poll = null;
  }
}

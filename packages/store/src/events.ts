// The event log: every event the server publishes, stored with the change that
// caused it and ordered network-wide by a store-assigned position.
//
// Positions are gapless and in commit order on every backend: SQLite has one
// writer; Postgres writers take a transaction-scoped advisory lock before they
// read the head (postgres/events.ts), so a transaction holding a lower
// position has always committed before any higher one becomes visible. A
// reader that has seen position P can therefore never later meet a committed
// event below P, which is what lets readers on any server advance by position
// alone, and a hole in a page can only mean those events were pruned.
//
// The store treats an event as opaque: `data` is the event's exact wire JSON,
// written by the server and handed back byte for byte.

/** An event to store with a change. */
export interface NewEvent {
  id: string;
  type: string;
  /** The event's wire JSON (key order kept). */
  data: string;
}

export interface StoredEvent extends NewEvent {
  /** 1, 2, 3, …: the event's place in the network's one order. */
  position: number;
}

/** The events a change produces: fixed, or computed from its result inside the same transaction. */
export type EventsOf<R> = readonly NewEvent[] | ((result: R) => readonly NewEvent[]);

export function eventsFor<R>(events: EventsOf<R> | undefined, result: R): readonly NewEvent[] {
  if (events === undefined) return [];
  return typeof events === "function" ? events(result) : events;
}

/** How much of the log is kept. Pruning always keeps the newest event, so positions never restart. */
export interface EventRetention {
  /** Events recorded longer ago than this are pruned (ms). */
  maxAgeMs: number;
  /** At most this many events are kept. */
  maxCount: number;
}

export const DEFAULT_EVENT_RETENTION: EventRetention = { maxAgeMs: 7 * 24 * 3600 * 1000, maxCount: 1_000_000 };

/** Largest page `readEvents` returns. */
export const MAX_EVENT_PAGE = 1000;

export interface EventLogBounds {
  oldest: { position: number; id: string };
  newest: { position: number; id: string };
}

export interface EventWatchStatus {
  /** False while a shared database's change listener is reconnecting (Postgres LISTEN). */
  listening: boolean;
  /** Times the listener had to reconnect since the store opened. */
  reconnects: number;
}

export interface EventLog {
  /** Stores events on their own, in one transaction (events that have no change of their own). */
  append(events: readonly NewEvent[]): Promise<void>;
  /** Events with position > `after`, oldest first, at most `limit` (≤ MAX_EVENT_PAGE). */
  read(after: number, limit: number): Promise<StoredEvent[]>;
  /** The newest position holding this id, or null when no retained event has it. */
  find(id: string): Promise<number | null>;
  /** Oldest and newest retained event; null when the log is empty. */
  bounds(): Promise<EventLogBounds | null>;
  /** The newest position (0 when nothing was ever stored). */
  head(): Promise<number>;
  /** Deletes what the retention does not keep, in small batches; returns how many were deleted. */
  prune(retention: EventRetention, nowMs?: number): Promise<number>;
  /**
   * Calls `wake` when new events may have been committed: by this store
   * (after commit), and on shared databases by other processes (Postgres
   * LISTEN/NOTIFY, SQLite's data_version). A wake is only a hint: readers
   * always read by position. Returns the unsubscribe function.
   */
  watch(wake: () => void): () => void;
  status(): EventWatchStatus;
}

/** Batches of this many rows per prune statement, so pruning never holds the writer for long. */
export const PRUNE_BATCH = 2000;

interface Kept extends StoredEvent {
  recordedAt: number;
}

/**
 * The in-process log of the memory and json backends (their log lives only
 * as long as the process, as the reference's does). Same API and positions as
 * the SQL logs; the same retention applies when the server prunes.
 */
export class MemoryEventLog implements EventLog {
  #events: Kept[] = [];
  /** Index of the first retained event in #events (pruning advances it; the array is compacted now and then). */
  #start = 0;
  #head = 0;
  readonly #watchers = new Set<() => void>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Appends synchronously; callers invoke it once their change is applied. */
  push(events: readonly NewEvent[]): void {
    if (events.length === 0) return;
    const recordedAt = this.now();
    for (const e of events)
      this.#events.push({ position: ++this.#head, id: e.id, type: e.type, data: e.data, recordedAt });
    for (const wake of this.#watchers) wake();
  }

  async append(events: readonly NewEvent[]): Promise<void> {
    this.push(events);
  }

  async read(after: number, limit: number): Promise<StoredEvent[]> {
    const n = Math.max(0, Math.min(limit, MAX_EVENT_PAGE));
    const first = this.#events[this.#start];
    if (!first || n === 0) return [];
    // Positions are consecutive, so the index is arithmetic.
    const from = this.#start + Math.max(0, after + 1 - first.position);
    return this.#events.slice(from, from + n).map(({ position, id, type, data }) => ({ position, id, type, data }));
  }

  async find(id: string): Promise<number | null> {
    for (let i = this.#events.length - 1; i >= this.#start; i--)
      if (this.#events[i]!.id === id) return this.#events[i]!.position;
    return null;
  }

  async bounds(): Promise<EventLogBounds | null> {
    const oldest = this.#events[this.#start];
    const newest = this.#events[this.#events.length - 1];
    if (!oldest || !newest) return null;
    return {
      oldest: { position: oldest.position, id: oldest.id },
      newest: { position: newest.position, id: newest.id },
    };
  }

  async head(): Promise<number> {
    return this.#head;
  }

  async prune(retention: EventRetention, nowMs = this.now()): Promise<number> {
    const cutoff = nowMs - retention.maxAgeMs;
    const last = this.#events.length - 1;
    let start = this.#start;
    while (start < last && (last - start + 1 > retention.maxCount || this.#events[start]!.recordedAt < cutoff)) start++;
    const pruned = start - this.#start;
    this.#start = start;
    if (this.#start > 4096 && this.#start * 2 > this.#events.length) {
      this.#events = this.#events.slice(this.#start);
      this.#start = 0;
    }
    return pruned;
  }

  watch(wake: () => void): () => void {
    this.#watchers.add(wake);
    return () => this.#watchers.delete(wake);
  }

  status(): EventWatchStatus {
    return { listening: true, reconnects: 0 };
  }
}

// The server's view of the stored event log (store `events`), behind GET
// /v1/events/stream. Events are written by the store in the transaction of
// their change, by this server or any other on the same database; the feed
// reads them back by position and hands them to subscribers in that one order.
//
// - One reader per server follows the log's head: woken by the store (local
//   commits, Postgres NOTIFY, SQLite data_version) and by a slow backstop
//   timer, it reads new pages and keeps the most recent events in a ring.
// - Every subscription is a cursor (the last position it was given). While its
//   next event is in the ring it is served from memory; when it is behind the
//   ring (a replay, or a slow reader) it reads its own pages from the store.
//   So a subscriber never holds more than one page, never loses an event for
//   being slow, and one large replay does not hold up anyone else.
// - A cursor that falls below what the log retains (pruned) gets a
//   `stream.replay_gap` and continues from the oldest retained event.
import type { EventLog, EventRetention, StoredEvent, Timestamp } from "@moltnet/store";
import type { MoltnetEvent } from "../context.js";
import { REPLAY_GAP_PREFIX, replayGapEventId } from "./ids.js";

/** Recent events kept in memory for subscribers at the head. */
export const RING_SIZE = 2048;
/** Events per store read (the feed's and each lagging subscriber's). */
export const PAGE_SIZE = 256;
/** Reads the log even without a wake-up this often (a missed notification costs at most this). */
export const BACKSTOP_MS = 1000;
/** Pause before a subscriber retries a failed store read. */
const RETRY_MS = 1000;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** An event and, when it came from the log, its stored wire JSON (written to the stream as is). */
export interface FeedItem {
  event: MoltnetEvent;
  data?: string;
  position?: number;
}

export interface FeedOptions {
  /** When false, DM events (`dm` payloads, DM-targeted messages) are withheld from every subscriber; the log keeps them. */
  directMessages: boolean;
  networkId: string;
  /** Time for synthetic gap events. */
  now: () => Timestamp;
  /** Retention the background pruner applies; none when absent. */
  retention?: EventRetention;
  /** How often to prune (ms; default 60 s). */
  pruneEveryMs?: number;
  onRead?: (count: number) => void;
  onPruned?: (count: number) => void;
  warn?: (fields: Record<string, unknown>, message: string) => void;
}

/** True for events that reveal direct messages. */
export function isDirectMessageEvent(event: MoltnetEvent): boolean {
  if (event.dm) return true;
  const target = event.message?.target as { kind?: unknown } | undefined;
  return target?.kind === "dm";
}

/** A stored event; its JSON is parsed on first use and shared by every subscriber. */
class Entry {
  #event: MoltnetEvent | undefined;
  constructor(readonly stored: StoredEvent) {}
  get position(): number {
    return this.stored.position;
  }
  get data(): string {
    return this.stored.data;
  }
  get event(): MoltnetEvent {
    if (!this.#event) {
      try {
        this.#event = JSON.parse(this.stored.data) as MoltnetEvent;
      } catch {
        this.#event = undecodable(this.stored);
      }
    }
    return this.#event;
  }
}

export class EventFeed {
  #head = 0;
  #headId = "";
  /** Consecutive positions (#ringFloor, #head]: every committed event in that range. */
  #ring: Entry[] = [];
  #ringFloor = 0;
  readonly #subs = new Set<Subscription>();
  #reading: Promise<void> | null = null;
  #again = false;
  #unwatch: (() => void) | null = null;
  #backstop: NodeJS.Timeout | null = null;
  #pruner: NodeJS.Timeout | null = null;
  #pruning = false;
  #started: Promise<void> | null = null;
  #closed = false;
  #failing = false;

  constructor(
    readonly log: EventLog,
    readonly options: FeedOptions,
  ) {}

  get subscriberCount(): number {
    return this.#subs.size;
  }

  /** The newest position this server has read. */
  get head(): number {
    return this.#head;
  }

  /** The largest distance between the head and a subscriber's cursor. */
  maxLag(): number {
    let lag = 0;
    for (const sub of this.#subs) lag = Math.max(lag, this.#head - sub.position);
    return lag;
  }

  /** Reads the head and starts following the log (idempotent; retried on the next call when the store fails). */
  start(): Promise<void> {
    this.#started ??= (async () => {
      const head = await this.log.head();
      this.#head = head;
      this.#ringFloor = head;
      // With no subscribers a wake-up is ignored (the backstop still follows the head once a second),
      // so a server nobody streams from adds nothing to the database's load per commit.
      this.#unwatch = this.log.watch(() => {
        if (this.#subs.size > 0) this.poke();
      });
      this.#backstop = setInterval(() => this.poke(), BACKSTOP_MS);
      this.#backstop.unref();
      if (this.options.retention) {
        // Once right after start (a restart with a smaller retention takes effect at once), then periodically.
        setImmediate(() => void this.prune());
        this.#pruner = setInterval(() => void this.prune(), this.options.pruneEveryMs ?? 60_000);
        this.#pruner.unref();
      }
    })().catch((err) => {
      this.#started = null;
      throw err;
    });
    return this.#started;
  }

  /** Something may have been committed: read the log (coalesced). */
  poke(): void {
    if (this.#closed || !this.#unwatch) return;
    if (this.#reading) {
      this.#again = true;
      return;
    }
    this.#reading = this.#catchUp().finally(() => {
      this.#reading = null;
    });
  }

  /** Resolves once everything committed before the call has been read (tests, and subscribers waking). */
  async sync(): Promise<void> {
    await this.start();
    for (let reading = this.#reading; reading; reading = this.#reading) await reading;
    this.poke();
    // poke() may have started a read: look again rather than trust the loop above.
    for (let reading = this.#reading; reading; reading = this.#reading) await reading;
  }

  async #catchUp(): Promise<void> {
    do {
      this.#again = false;
      if (this.#subs.size === 0) {
        // Nobody to deliver to: only follow the head (for the written count); the ring restarts there.
        await this.#skipToHead();
        continue;
      }
      for (;;) {
        let page: StoredEvent[];
        try {
          page = await this.log.read(this.#head, PAGE_SIZE);
        } catch (err) {
          // The backstop timer tries again; subscribers keep their cursors. Logged once per outage.
          if (!this.#failing)
            this.options.warn?.({ error: err instanceof Error ? err.message : String(err) }, "event log read failed");
          this.#failing = true;
          return;
        }
        this.#failing = false;
        if (page.length === 0) break;
        this.#take(page);
        this.options.onRead?.(page.length);
        for (const sub of this.#subs) sub.wake();
        if (page.length < PAGE_SIZE) break;
      }
    } while (this.#again && !this.#closed);
  }

  async #skipToHead(): Promise<void> {
    let head: number;
    try {
      head = await this.log.head();
    } catch {
      return;
    }
    if (head > this.#head) this.options.onRead?.(head - this.#head);
    if (head !== this.#head) {
      this.#head = head;
      this.#headId = "";
      this.#ring = [];
      this.#ringFloor = head;
    }
  }

  #take(page: StoredEvent[]): void {
    // Positions are gapless; a hole means events were pruned before this server read them.
    if (page[0]!.position !== this.#head + 1) {
      this.#ring = [];
      this.#ringFloor = page[0]!.position - 1;
    }
    for (const stored of page) this.#ring.push(new Entry(stored));
    const last = page[page.length - 1]!;
    this.#head = last.position;
    this.#headId = last.id;
    if (this.#ring.length > RING_SIZE * 2) {
      const drop = this.#ring.length - RING_SIZE;
      this.#ringFloor = this.#ring[drop - 1]!.position;
      this.#ring = this.#ring.slice(drop);
    }
  }

  /** @internal The ring entries after `position`, when the ring covers it; null when the caller must read the store. */
  fromRing(position: number, max: number): Entry[] | null {
    if (position < this.#ringFloor) return null;
    const first = this.#ring[0];
    if (!first) return [];
    const from = position + 1 - first.position;
    return this.#ring.slice(Math.max(0, from), Math.max(0, from) + max);
  }

  /** @internal The newest event id known (for gap events). */
  async newestId(): Promise<string> {
    if (this.#headId) return this.#headId;
    return (await this.log.bounds())?.newest.id ?? "";
  }

  /** @internal */
  gapEvent(requested: string, oldestId: string, newestId: string): MoltnetEvent {
    return {
      id: replayGapEventId(requested),
      type: "stream.replay_gap",
      network_id: this.options.networkId,
      replay_gap: { requested_event_id: requested, oldest_event_id: oldestId, newest_event_id: newestId },
      created_at: this.options.now(),
    };
  }

  /**
   * Subscribes from `lastEventId` (already validated; "" = live only):
   * found → the events after it; `evt_gap_…` → everything retained; unknown
   * (never stored, foreign, pruned) → a `stream.replay_gap`, then everything
   * retained; empty log → nothing. Live-only subscriptions start at the
   * log's head as read now, so anything committed after this resolves is delivered.
   */
  async subscribe(lastEventId = ""): Promise<Subscription> {
    await this.start();
    const cursor = lastEventId.trim();
    let position: number;
    const prelude: MoltnetEvent[] = [];
    if (cursor === "") {
      position = await this.log.head();
    } else {
      const found = cursor.startsWith(REPLAY_GAP_PREFIX) ? null : await this.log.find(cursor);
      if (found !== null) position = found;
      else {
        const bounds = await this.log.bounds();
        if (!bounds) position = await this.log.head();
        else {
          position = bounds.oldest.position - 1;
          if (!cursor.startsWith(REPLAY_GAP_PREFIX))
            prelude.push(this.gapEvent(cursor, bounds.oldest.id, bounds.newest.id));
        }
      }
    }
    const sub: Subscription = new Subscription(this, position, cursor, prelude, () => this.#subs.delete(sub));
    this.#subs.add(sub);
    if (position < this.#head || this.#reading === null) this.poke();
    return sub;
  }

  /** Deletes what the retention does not keep (one run at a time). */
  async prune(): Promise<number> {
    const retention = this.options.retention;
    if (!retention || this.#pruning || this.#closed) return 0;
    this.#pruning = true;
    try {
      const n = await this.log.prune(retention);
      if (n > 0) this.options.onPruned?.(n);
      return n;
    } catch (err) {
      this.options.warn?.({ error: err instanceof Error ? err.message : String(err) }, "event log pruning failed");
      return 0;
    } finally {
      this.#pruning = false;
    }
  }

  /** Closes every subscription and stops following the log (server shutdown). */
  close(): void {
    this.#closed = true;
    this.#unwatch?.();
    if (this.#backstop) clearInterval(this.#backstop);
    if (this.#pruner) clearInterval(this.#pruner);
    for (const sub of [...this.#subs]) sub.close();
  }
}

function undecodable(stored: StoredEvent): MoltnetEvent {
  // Not expected (the server wrote the JSON); delivered with what the row itself says.
  return { id: stored.id, type: stored.type, network_id: "", created_at: "" as Timestamp };
}

/** One subscriber's cursor over the log. */
export class Subscription {
  #queue: FeedItem[] = [];
  #closed = false;
  #waiter: (() => void) | null = null;
  #onClose: (() => void) | null;
  #filling: Promise<void> | null = null;
  #failed = false;

  constructor(
    private readonly feed: EventFeed,
    /** The last position handed out (or skipped by filters). */
    public position: number,
    /** The id of the last event handed out (or the requested cursor), for gap events. */
    private lastId: string,
    prelude: MoltnetEvent[],
    onClose: () => void,
  ) {
    this.#queue = prelude.map((event) => ({ event }));
    this.#onClose = onClose;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** True when the last store read failed (the next wait retries). */
  get failing(): boolean {
    return this.#failed;
  }

  /** The next event, without waiting: queued (replay page, gap), else from the feed's ring. */
  take(): FeedItem | undefined {
    if (this.#closed) return undefined;
    for (;;) {
      let item = this.#queue.shift();
      if (!item) {
        const [entry] = this.feed.fromRing(this.position, 1) ?? [];
        if (!entry) return undefined;
        item = { event: entry.event, data: entry.data, position: entry.position };
      }
      if (item.position !== undefined) {
        this.position = item.position;
        this.lastId = item.event.id;
      }
      if (!this.feed.options.directMessages && isDirectMessageEvent(item.event)) continue;
      return item;
    }
  }

  /**
   * Resolves when events may be available, the subscription closes, or
   * wake() is called (a heartbeat always gets through, even while a store read
   * is slow). Behind the ring, it reads the next page from the store.
   */
  wait(): Promise<void> {
    if (this.#closed || this.#queue.length > 0) return Promise.resolve();
    const ring = this.feed.fromRing(this.position, 1);
    if (ring && ring.length > 0) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.#waiter;
      this.#waiter = () => {
        previous?.();
        resolve();
      };
      if (ring === null && !this.#filling) {
        this.#filling = this.#fill().finally(() => {
          this.#filling = null;
          this.wake();
        });
      }
    });
  }

  async #fill(): Promise<void> {
    let page: StoredEvent[];
    try {
      page = await this.feed.log.read(this.position, PAGE_SIZE);
      this.#failed = false;
    } catch (err) {
      if (!this.#failed)
        this.feed.options.warn?.(
          { error: err instanceof Error ? err.message : String(err) },
          "event replay read failed",
        );
      this.#failed = true;
      return pause(RETRY_MS);
    }
    if (this.#closed) return;
    // Nothing after this cursor (not expected behind the ring): do not spin.
    if (page.length === 0) return pause(RETRY_MS);
    if (page[0]!.position !== this.position + 1) {
      // Pruned under this cursor: say so, then go on from the oldest retained event.
      const newest = await this.feed.newestId().catch(() => page[page.length - 1]!.id);
      this.#queue.push({ event: this.feed.gapEvent(this.lastId, page[0]!.id, newest) });
    }
    for (const stored of page) {
      const entry = new Entry(stored);
      this.#queue.push({ event: entry.event, data: entry.data, position: entry.position });
    }
  }

  /** Wakes a pending wait() (new events, or a heartbeat). */
  wake(): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.();
  }

  /** The next event, waiting if needed; null once closed. */
  async next(): Promise<FeedItem | null> {
    for (;;) {
      const item = this.take();
      if (item) return item;
      if (this.#closed) return null;
      await this.wait();
    }
  }

  /** Stops delivery. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    const onClose = this.#onClose;
    this.#onClose = null;
    onClose?.();
    this.wake();
  }
}

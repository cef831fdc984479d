// The in-process event broker behind GET /v1/events/stream. It keeps the last
// 256 events for Last-Event-ID replay (process memory only, as in the
// reference) and fans events out to subscribers with bounded queues: a slow
// subscriber loses events (counted) instead of growing memory without bound.
// Replay and registration happen under one synchronous step, so no event
// published around a subscribe can be missed or delivered twice.
import type { Timestamp } from "@moltnet/store";
import type { EventPublisher, MoltnetEvent } from "../context.js";
import { REPLAY_GAP_PREFIX, replayGapEventId } from "./ids.js";

export const HISTORY_LIMIT = 256;
/** Live queue per subscriber (grown to replay size + 16 when a replay is larger). */
export const SUBSCRIBER_QUEUE = 256;

export interface BrokerOptions {
  /** When false, DM events (`dm` payloads, DM-targeted messages) are withheld from every subscriber; the history keeps them. */
  directMessages: boolean;
  /** Time for synthetic gap events. */
  now: () => Timestamp;
  /** Called once per event dropped for a full subscriber queue. */
  onDrop?: () => void;
  historyLimit?: number;
}

/** True for events that reveal direct messages. */
export function isDirectMessageEvent(event: MoltnetEvent): boolean {
  if (event.dm) return true;
  const target = event.message?.target as { kind?: unknown } | undefined;
  return target?.kind === "dm";
}

/** One subscriber's view: events in order, then `null` once closed. */
export class Subscription {
  #queue: MoltnetEvent[] = [];
  #head = 0;
  #closed = false;
  #waiter: (() => void) | null = null;
  #onClose: (() => void) | null;

  constructor(
    readonly capacity: number,
    initial: MoltnetEvent[],
    onClose: () => void,
    private readonly onDrop?: () => void,
  ) {
    this.#queue = initial;
    this.#onClose = onClose;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** Events waiting to be taken. */
  get pending(): number {
    return this.#queue.length - this.#head;
  }

  /** @internal Broker side: enqueue or drop when full. */
  deliver(event: MoltnetEvent): void {
    if (this.#closed) return;
    if (this.pending >= this.capacity) {
      this.onDrop?.();
      return;
    }
    this.#queue.push(event);
    this.wake();
  }

  /** The next queued event, without waiting. */
  take(): MoltnetEvent | undefined {
    if (this.#head >= this.#queue.length) return undefined;
    const event = this.#queue[this.#head++]!;
    if (this.#head > 1024 && this.#head * 2 > this.#queue.length) {
      this.#queue = this.#queue.slice(this.#head);
      this.#head = 0;
    }
    return event;
  }

  /** Resolves when an event is queued, the subscription closes, or wake() is called. */
  wait(): Promise<void> {
    if (this.pending > 0 || this.#closed) return Promise.resolve();
    return new Promise((resolve) => {
      const previous = this.#waiter;
      this.#waiter = () => {
        previous?.();
        resolve();
      };
    });
  }

  /** Wakes a pending wait() (e.g. for a heartbeat). */
  wake(): void {
    const waiter = this.#waiter;
    this.#waiter = null;
    waiter?.();
  }

  /** The next event, waiting if needed; null once closed and drained of nothing more to give. */
  async next(): Promise<MoltnetEvent | null> {
    for (;;) {
      const event = this.take();
      if (event) return event;
      if (this.#closed) return null;
      await this.wait();
    }
  }

  /** Stops delivery; queued events are discarded. Idempotent. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#queue = [];
    this.#head = 0;
    const onClose = this.#onClose;
    this.#onClose = null;
    onClose?.();
    this.wake();
  }
}

export class EventBroker implements EventPublisher {
  readonly #limit: number;
  readonly #ring: MoltnetEvent[] = [];
  /** Sequence number of #ring[0]; event i of the ring has sequence #firstSeq + i. */
  #firstSeq = 0;
  /** Latest sequence of each buffered id, for O(1) cursor lookup. */
  readonly #seqById = new Map<string, number>();
  readonly #subscribers = new Set<Subscription>();
  #start = 0;

  constructor(private readonly options: BrokerOptions) {
    this.#limit = options.historyLimit ?? HISTORY_LIMIT;
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  /** Buffered events, oldest first. */
  history(): MoltnetEvent[] {
    return [...this.#ring.slice(this.#start), ...this.#ring.slice(0, this.#start)];
  }

  publish(event: MoltnetEvent): void {
    this.#append(event);
    if (!this.options.directMessages && isDirectMessageEvent(event)) return;
    for (const sub of this.#subscribers) sub.deliver(event);
  }

  #append(event: MoltnetEvent): void {
    const seq = this.#firstSeq + this.#ring.length;
    if (this.#ring.length < this.#limit) this.#ring.push(event);
    else {
      // Overwrite the oldest slot; rotate the logical start.
      const evicted = this.#ring[this.#start]!;
      if (this.#seqById.get(evicted.id) === this.#firstSeq) this.#seqById.delete(evicted.id);
      this.#ring[this.#start] = event;
      this.#start = (this.#start + 1) % this.#limit;
      this.#firstSeq++;
    }
    this.#seqById.set(event.id, seq);
  }

  /**
   * Subscribes, replaying from `lastEventId` (already validated; "" or undefined = live only):
   * found → the events after it; newest → nothing; `evt_gap_…` → the whole buffer;
   * unknown → a `stream.replay_gap` event, then the whole buffer; empty buffer → nothing.
   */
  subscribe(lastEventId?: string): Subscription {
    let replay = this.#replayFrom((lastEventId ?? "").trim());
    if (!this.options.directMessages) replay = replay.filter((e) => !isDirectMessageEvent(e));
    const capacity = Math.max(SUBSCRIBER_QUEUE, replay.length + 16);
    const sub: Subscription = new Subscription(capacity, replay, () => this.#subscribers.delete(sub), this.options.onDrop);
    this.#subscribers.add(sub);
    return sub;
  }

  #replayFrom(cursor: string): MoltnetEvent[] {
    if (cursor === "" || this.#ring.length === 0) return [];
    const all = this.history();
    if (cursor.startsWith(REPLAY_GAP_PREFIX)) return all;
    const seq = this.#seqById.get(cursor);
    if (seq === undefined) {
      const newest = all[all.length - 1]!;
      const gap: MoltnetEvent = {
        id: replayGapEventId(cursor),
        type: "stream.replay_gap",
        network_id: newest.network_id,
        replay_gap: { requested_event_id: cursor, oldest_event_id: all[0]!.id, newest_event_id: newest.id },
        created_at: this.options.now(),
      };
      return [gap, ...all];
    }
    return all.slice(seq - this.#firstSeq + 1);
  }

  /** Closes every subscription (server shutdown). */
  close(): void {
    for (const sub of [...this.#subscribers]) sub.close();
  }
}

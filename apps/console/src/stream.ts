// The one event stream of the console (GET /v1/events/stream). Every view
// subscribes here instead of opening its own, and the events view reads the
// recent frames kept below. EventSource reconnects by itself and sends
// Last-Event-ID, so a short outage replays what was missed.
import { apiUrl } from "./api.js";
import type { MoltEvent } from "./types.js";

export type StreamState = "connecting" | "live" | "reconnecting" | "closed";

const EVENT_TYPES = [
  "message.created",
  "thread.created",
  "dm.created",
  "room.created",
  "room.members.updated",
  "room.removed",
  "agent.removed",
  "agent.connected",
  "agent.disconnected",
  "pairing.updated",
  "stream.replay_gap",
];
/** How many recent events the events view can show. */
const KEEP = 200;

type Listener = (event: MoltEvent) => void;

class EventStream {
  state: StreamState = "connecting";
  readonly recent: MoltEvent[] = [];
  #source: EventSource | null = null;
  #listeners = new Set<Listener>();
  #stateListeners = new Set<(state: StreamState) => void>();

  start(): void {
    if (this.#source) return;
    const source = new EventSource(apiUrl("v1/events/stream"), { withCredentials: true });
    this.#source = source;
    source.onopen = () => this.#setState("live");
    source.onerror = () => this.#setState(source.readyState === EventSource.CLOSED ? "closed" : "reconnecting");
    for (const type of EVENT_TYPES)
      source.addEventListener(type, (frame) => this.#receive(frame as MessageEvent<string>));
  }

  #receive(frame: MessageEvent<string>): void {
    let event: MoltEvent;
    try {
      event = JSON.parse(frame.data) as MoltEvent;
    } catch {
      return;
    }
    this.recent.push(event);
    if (this.recent.length > KEEP) this.recent.splice(0, this.recent.length - KEEP);
    for (const listener of this.#listeners) listener(event);
  }

  #setState(state: StreamState): void {
    this.state = state;
    for (const listener of this.#stateListeners) listener(state);
  }

  /** Returns the unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  onState(listener: (state: StreamState) => void): () => void {
    this.#stateListeners.add(listener);
    return () => this.#stateListeners.delete(listener);
  }
}

export const stream = new EventStream();

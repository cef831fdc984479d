// What one attachment has sent and not yet had ACKed. An ACK names one cursor
// (the reference's bridges ACK every EVENT); ACKing a cursor that was never
// sent, or was already ACKed, is a protocol error. Targeted wakes (a DM to
// the agent, a mention of it) are remembered with their event so an ACK can
// report `agent.wake.delivered` and an attachment ending first can report
// `agent.wake.failed`. Insertion order is kept (a Map) for that report.
import type { MoltnetEvent } from "../context.js";
import { MAX_PENDING_ACKS } from "./frames.js";

export class PendingAcks {
  readonly #pending = new Map<string, MoltnetEvent | null>();

  get size(): number {
    return this.#pending.size;
  }

  /** False when the limit is reached: the caller stops sending and closes. */
  note(cursor: string, wake: MoltnetEvent | null): boolean {
    if (this.#pending.has(cursor)) return true;
    if (this.#pending.size >= MAX_PENDING_ACKS) return false;
    this.#pending.set(cursor, wake);
    return true;
  }

  /** `undefined` when the cursor is not pending; else its wake event (or null). */
  ack(cursor: string): MoltnetEvent | null | undefined {
    const key = cursor.trim();
    if (key === "" || !this.#pending.has(key)) return undefined;
    const wake = this.#pending.get(key) ?? null;
    this.#pending.delete(key);
    return wake;
  }

  /** Wakes sent and never ACKed, oldest first. */
  unackedWakes(): MoltnetEvent[] {
    return [...this.#pending.values()].filter((e): e is MoltnetEvent => e !== null);
  }
}

// Where each pairing's outbound relay stands in the event log, shared by every
// server on the store (table `relay_cursors`). A cursor has one owner at a
// time, holding a lease it renews as it advances: servers sharing a database
// relay a pairing from one of them, and another takes over once the owner's
// lease has expired (it died, or lost the database). Only the owner can move
// the position, so a server that lost its lease cannot rewind or skip what the
// new owner relays. Relayed messages carry their ids, which makes the remote's
// append idempotent: a message resent after a takeover is stored once.

export interface RelayCursors {
  /**
   * Takes or renews `owner`'s lease on a pairing's cursor until
   * `nowMs + leaseMs`, when the cursor is unowned, its lease expired, or
   * `owner` already holds it; a missing cursor is created at `start`.
   * Returns the stored position, or null while another owner's lease is live.
   */
  claim(pairingId: string, owner: string, nowMs: number, leaseMs: number, start: number): Promise<number | null>;
  /** Moves the cursor to `position` and renews the lease, if `owner` still holds it; false when it does not. */
  advance(pairingId: string, owner: string, position: number, nowMs: number, leaseMs: number): Promise<boolean>;
  /** Ends `owner`'s lease at once (a clean stop), so another server can take over without waiting. */
  release(pairingId: string, owner: string): Promise<void>;
  /** The stored position, or null when the pairing never relayed. */
  position(pairingId: string): Promise<number | null>;
}

interface Cursor {
  position: number;
  owner: string;
  leaseUntil: number;
}

/** In process memory: the memory and JSON backends, whose event log lives only as long as the process. */
export class MemoryRelayCursors implements RelayCursors {
  readonly #cursors = new Map<string, Cursor>();

  async claim(pairingId: string, owner: string, nowMs: number, leaseMs: number, start: number): Promise<number | null> {
    const cursor = this.#cursors.get(pairingId);
    if (!cursor) {
      this.#cursors.set(pairingId, { position: start, owner, leaseUntil: nowMs + leaseMs });
      return start;
    }
    if (cursor.owner !== owner && cursor.leaseUntil >= nowMs) return null;
    cursor.owner = owner;
    cursor.leaseUntil = nowMs + leaseMs;
    return cursor.position;
  }

  async advance(pairingId: string, owner: string, position: number, nowMs: number, leaseMs: number): Promise<boolean> {
    const cursor = this.#cursors.get(pairingId);
    if (!cursor || cursor.owner !== owner) return false;
    cursor.position = position;
    cursor.leaseUntil = nowMs + leaseMs;
    return true;
  }

  async release(pairingId: string, owner: string): Promise<void> {
    const cursor = this.#cursors.get(pairingId);
    if (cursor && cursor.owner === owner) cursor.leaseUntil = 0;
  }

  async position(pairingId: string): Promise<number | null> {
    return this.#cursors.get(pairingId)?.position ?? null;
  }
}

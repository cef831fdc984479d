// Which agents have a live attachment on some server sharing this store.
// Each server writes one row per live attachment and refreshes its
// `heartbeat_at` (Unix ms, the writer's clock) periodically; a clean end
// deletes the row. A server that dies without ending its attachments (SIGKILL,
// power loss) leaves rows that stop being refreshed, so readers ask for rows
// beaten since some bound and a dead server's agents stop counting as
// connected within that bound; `expire` deletes such rows for good.

export interface PresenceBeat {
  /** Unique per attachment (per server process). */
  attachment_id: string;
  agent_id: string;
  server_id: string;
}

export interface AttachmentPresence {
  /** Inserts or refreshes these attachments' rows with `heartbeat_at = nowMs`. */
  beat(beats: readonly PresenceBeat[], nowMs: number): Promise<void>;
  /** Deletes one attachment's row (its attachment ended). */
  end(attachmentId: string): Promise<void>;
  /** Agent ids with a row beaten at or after `sinceMs`, sorted, without duplicates. */
  connected(sinceMs: number): Promise<string[]>;
  /** Deletes rows beaten before `beforeMs`; returns how many. */
  expire(beforeMs: number): Promise<number>;
}

interface Row {
  agent_id: string;
  heartbeat_at: number;
}

/** In process memory: the memory and JSON backends (one process holds their data anyway). */
export class MemoryPresence implements AttachmentPresence {
  readonly #rows = new Map<string, Row>();

  async beat(beats: readonly PresenceBeat[], nowMs: number): Promise<void> {
    for (const b of beats) this.#rows.set(b.attachment_id, { agent_id: b.agent_id, heartbeat_at: nowMs });
  }

  async end(attachmentId: string): Promise<void> {
    this.#rows.delete(attachmentId);
  }

  async connected(sinceMs: number): Promise<string[]> {
    const ids = new Set<string>();
    for (const r of this.#rows.values()) if (r.heartbeat_at >= sinceMs) ids.add(r.agent_id);
    return [...ids].sort();
  }

  async expire(beforeMs: number): Promise<number> {
    let n = 0;
    for (const [id, r] of this.#rows) {
      if (r.heartbeat_at < beforeMs) {
        this.#rows.delete(id);
        n++;
      }
    }
    return n;
  }
}

// Attachment presence on SQLite (see ../presence.ts): one row per live
// attachment in `attachment_presence`, shared by every process on the file.
import type Database from "better-sqlite3";
import type { AttachmentPresence, PresenceBeat } from "../presence.js";

export class SqlitePresence implements AttachmentPresence {
  readonly #beatTx: (beats: readonly PresenceBeat[], nowMs: number) => void;
  readonly #end: Database.Statement<[string]>;
  readonly #connected: Database.Statement<[number], { agent_id: string }>;
  readonly #expire: Database.Statement<[number]>;

  constructor(
    client: Database.Database,
    private readonly run: <T>(doing: string, op: () => T) => Promise<T>,
  ) {
    const upsert = client.prepare<[string, string, string, number]>(
      "INSERT INTO attachment_presence (attachment_id, agent_id, server_id, heartbeat_at) VALUES (?, ?, ?, ?) " +
        "ON CONFLICT (attachment_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at",
    );
    this.#beatTx = client.transaction((beats: readonly PresenceBeat[], nowMs: number) => {
      for (const b of beats) upsert.run(b.attachment_id, b.agent_id, b.server_id, nowMs);
    });
    this.#end = client.prepare("DELETE FROM attachment_presence WHERE attachment_id = ?");
    this.#connected = client.prepare(
      "SELECT DISTINCT agent_id FROM attachment_presence WHERE heartbeat_at >= ? ORDER BY agent_id",
    );
    this.#expire = client.prepare("DELETE FROM attachment_presence WHERE heartbeat_at < ?");
  }

  beat(beats: readonly PresenceBeat[], nowMs: number): Promise<void> {
    if (beats.length === 0) return Promise.resolve();
    return this.run("presence beat", () => this.#beatTx(beats, nowMs));
  }

  end(attachmentId: string): Promise<void> {
    return this.run("presence end", () => {
      this.#end.run(attachmentId);
    });
  }

  connected(sinceMs: number): Promise<string[]> {
    return this.run("presence read", () => this.#connected.all(sinceMs).map((r) => r.agent_id));
  }

  expire(beforeMs: number): Promise<number> {
    return this.run("presence expire", () => this.#expire.run(beforeMs).changes);
  }
}

// Attachment presence on Postgres (see ../presence.ts): one row per live
// attachment in `attachment_presence`, shared by every server on the database.
import type { Sql } from "postgres";
import type { AttachmentPresence, PresenceBeat } from "../presence.js";

export class PgPresence implements AttachmentPresence {
  constructor(
    private readonly sql: Sql,
    private readonly run: <T>(doing: string, op: () => Promise<T>) => Promise<T>,
  ) {}

  beat(beats: readonly PresenceBeat[], nowMs: number): Promise<void> {
    if (beats.length === 0) return Promise.resolve();
    return this.run("presence beat", async () => {
      await this.sql.unsafe(
        "INSERT INTO attachment_presence (attachment_id, agent_id, server_id, heartbeat_at) " +
          "SELECT a, g, s, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(a, g, s) " +
          "ON CONFLICT (attachment_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at",
        [
          beats.map((b) => b.attachment_id),
          beats.map((b) => b.agent_id),
          beats.map((b) => b.server_id),
          nowMs,
        ] as never,
      );
    });
  }

  end(attachmentId: string): Promise<void> {
    return this.run("presence end", async () => {
      await this.sql.unsafe("DELETE FROM attachment_presence WHERE attachment_id = $1", [attachmentId]);
    });
  }

  connected(sinceMs: number): Promise<string[]> {
    return this.run("presence read", async () => {
      const rows = await this.sql.unsafe<{ agent_id: string }[]>(
        'SELECT agent_id FROM attachment_presence WHERE heartbeat_at >= $1 GROUP BY agent_id ORDER BY agent_id COLLATE "C"',
        [sinceMs],
      );
      return rows.map((r) => r.agent_id);
    });
  }

  expire(beforeMs: number): Promise<number> {
    return this.run("presence expire", async () => {
      const result = await this.sql.unsafe("DELETE FROM attachment_presence WHERE heartbeat_at < $1", [beforeMs]);
      return result.count;
    });
  }
}

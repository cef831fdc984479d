// Relay cursors on Postgres (see ../relay-cursors.ts), shared by every server on the database.
import type { Sql } from "postgres";
import type { RelayCursors } from "../relay-cursors.js";

export class PgRelayCursors implements RelayCursors {
  constructor(
    private readonly sql: Sql,
    private readonly run: <T>(doing: string, op: () => Promise<T>) => Promise<T>,
  ) {}

  claim(pairingId: string, owner: string, nowMs: number, leaseMs: number, start: number): Promise<number | null> {
    return this.run("relay cursor claim", async () => {
      // The row lock an upsert takes makes two claimants race safely: one wins, the other sees its lease.
      const rows = await this.sql.unsafe<{ position: string }[]>(
        "INSERT INTO relay_cursors (pairing_id, position, owner, lease_until) VALUES ($1, $2, $3, $4) " +
          "ON CONFLICT (pairing_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until " +
          "WHERE relay_cursors.owner = excluded.owner OR relay_cursors.lease_until < $5 RETURNING position",
        [pairingId, start, owner, nowMs + leaseMs, nowMs],
      );
      return rows[0] ? Number(rows[0].position) : null;
    });
  }

  advance(pairingId: string, owner: string, position: number, nowMs: number, leaseMs: number): Promise<boolean> {
    return this.run("relay cursor advance", async () => {
      const result = await this.sql.unsafe(
        "UPDATE relay_cursors SET position = $1, lease_until = $2 WHERE pairing_id = $3 AND owner = $4",
        [position, nowMs + leaseMs, pairingId, owner],
      );
      return result.count > 0;
    });
  }

  release(pairingId: string, owner: string): Promise<void> {
    return this.run("relay cursor release", async () => {
      await this.sql.unsafe("UPDATE relay_cursors SET lease_until = 0 WHERE pairing_id = $1 AND owner = $2", [
        pairingId,
        owner,
      ]);
    });
  }

  position(pairingId: string): Promise<number | null> {
    return this.run("relay cursor read", async () => {
      const rows = await this.sql.unsafe<{ position: string }[]>(
        "SELECT position FROM relay_cursors WHERE pairing_id = $1",
        [pairingId],
      );
      return rows[0] ? Number(rows[0].position) : null;
    });
  }
}

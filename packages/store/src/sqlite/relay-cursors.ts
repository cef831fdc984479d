// Relay cursors on SQLite (see ../relay-cursors.ts), shared by every process on the file.
import type Database from "better-sqlite3";
import type { RelayCursors } from "../relay-cursors.js";

export class SqliteRelayCursors implements RelayCursors {
  readonly #claim: Database.Statement<[string, number, string, number, number], { position: number }>;
  readonly #advance: Database.Statement<[number, number, string, string]>;
  readonly #release: Database.Statement<[string, string]>;
  readonly #position: Database.Statement<[string], { position: number }>;

  constructor(
    client: Database.Database,
    private readonly run: <T>(doing: string, op: () => T) => Promise<T>,
  ) {
    // One statement: insert, or take over when free/expired/ours; no row comes back when another owner's lease is live.
    this.#claim = client.prepare(
      "INSERT INTO relay_cursors (pairing_id, position, owner, lease_until) VALUES (?, ?, ?, ?) " +
        "ON CONFLICT (pairing_id) DO UPDATE SET owner = excluded.owner, lease_until = excluded.lease_until " +
        "WHERE relay_cursors.owner = excluded.owner OR relay_cursors.lease_until < ? RETURNING position",
    );
    this.#advance = client.prepare(
      "UPDATE relay_cursors SET position = ?, lease_until = ? WHERE pairing_id = ? AND owner = ?",
    );
    this.#release = client.prepare("UPDATE relay_cursors SET lease_until = 0 WHERE pairing_id = ? AND owner = ?");
    this.#position = client.prepare("SELECT position FROM relay_cursors WHERE pairing_id = ?");
  }

  claim(pairingId: string, owner: string, nowMs: number, leaseMs: number, start: number): Promise<number | null> {
    return this.run("relay cursor claim", () => {
      const row = this.#claim.get(pairingId, start, owner, nowMs + leaseMs, nowMs);
      return row ? Number(row.position) : null;
    });
  }

  advance(pairingId: string, owner: string, position: number, nowMs: number, leaseMs: number): Promise<boolean> {
    return this.run(
      "relay cursor advance",
      () => this.#advance.run(position, nowMs + leaseMs, pairingId, owner).changes > 0,
    );
  }

  release(pairingId: string, owner: string): Promise<void> {
    return this.run("relay cursor release", () => {
      this.#release.run(pairingId, owner);
    });
  }

  position(pairingId: string): Promise<number | null> {
    return this.run("relay cursor read", () => {
      const row = this.#position.get(pairingId);
      return row ? Number(row.position) : null;
    });
  }
}

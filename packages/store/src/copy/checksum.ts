// Per-table content checksums, computed the same way over the rows of any
// backend: each row's values (in column order, times in the wire form) are
// hashed, and the hashes are summed modulo 2^64. The sum does not depend on
// the order rows are read in, so each side is read in its cheapest order.
import { createHash } from "node:crypto";
import type { CopyRow, TableSpec } from "./tables.js";

export class TableChecksum {
  count = 0;
  #sum = 0n;

  add(spec: TableSpec, row: CopyRow): void {
    const values = spec.columns.map((c) => row[c] ?? null);
    const digest = createHash("sha1").update(JSON.stringify(values)).digest();
    this.#sum = (this.#sum + digest.readBigUInt64BE(0)) & 0xffff_ffff_ffff_ffffn;
    this.count++;
  }

  get hex(): string {
    return this.#sum.toString(16).padStart(16, "0");
  }
}

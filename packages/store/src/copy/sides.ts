// What the copier needs from each side. A source is only ever read, inside one
// consistent snapshot; a target is checked before anything is written to it.
import type { CopyRow, TableName, TableSpec } from "./tables.js";

export interface SnapshotReader {
  count(table: TableSpec): Promise<number>;
  /** The table's rows in batches of at most `batch`; times in the wire form. */
  rows(table: TableSpec, batch: number): AsyncIterable<CopyRow[]>;
}

export interface CopySource {
  /** Safe to print (no password). */
  readonly description: string;
  /** Runs `read` inside one read-only snapshot of the whole database. */
  snapshot<T>(read: (reader: SnapshotReader) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface TargetState {
  /** The target holds a partial copy of this source made by an earlier, interrupted run. */
  resumed: boolean;
  /** Tables that run finished. */
  done: ReadonlySet<TableName>;
}

export interface CopyTarget {
  readonly description: string;
  /** Whether the target keeps microseconds only (Postgres), so finer source times are rounded. */
  readonly microseconds: boolean;
  /**
   * Refuses a target holding other data, or one a newer build migrated, before
   * writing anything; then migrates it and records which source is being copied.
   */
  prepare(sourceIdentity: string): Promise<TargetState>;
  /** Writes rows (already present ones are kept: a resumed copy re-sends some); `last` marks the table done in the same transaction. */
  write(table: TableSpec, rows: CopyRow[], last: boolean): Promise<void>;
  /** Called once every table is written (the JSON target writes its file here). */
  complete(): Promise<void>;
  /** Called after a successful verification: removes the copy's bookkeeping. */
  finish(): Promise<void>;
  /** The target opened as a source, for verification. */
  reopenAsSource(): Promise<CopySource>;
  close(): Promise<void>;
}

/** The bookkeeping table a copy keeps in a SQL target until it has verified. */
export const COPY_STATE_TABLE = "moltnet_copy_state";

// The SQLite side of what differs between the dialects; tables.ts is written
// against these names and the generated sqlite.ts imports them from here.
// Everything else is Drizzle's sqlite-core builders under the names tables.ts
// uses (same calls, same inferred row types as the Postgres module).
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { foreignKey, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

export { foreignKey, index, integer, primaryKey, text };
export const table = sqliteTable;

/** A point in time: RFC 3339 UTC text with nine fraction digits (see @moltnet/store time.ts). */
export const time = (name: string) => text(name);

/** A 64-bit whole number read as a JS number: SQLite's INTEGER is 64-bit already. */
export const bigInteger = (name: string) => integer(name);

/** SQLite compares text bytewise already, so a column needs no collation to sort ids bytewise. */
export const bytewise = (column: SQLiteColumn) => column;

/**
 * An index that exists only to read ids in bytewise order. SQLite's key
 * indexes already do, so it has none: spread into a table's extra config, this
 * adds nothing.
 */
export const bytewiseIndex = (_name: string) => ({ on: (..._columns: unknown[]): [] => [] });

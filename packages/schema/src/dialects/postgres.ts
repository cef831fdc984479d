// The Postgres side of what differs between the dialects; tables.ts is written
// against these names and the generated postgres.ts imports them from here.
// Everything else is Drizzle's pg-core builders under the names tables.ts uses
// (same calls, same inferred row types as the SQLite module).
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { bigint, foreignKey, index, integer, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";

export { foreignKey, index, integer, primaryKey, text };
export const table = pgTable;

/** A point in time: TIMESTAMPTZ, read and written as strings so no precision is lost in JavaScript. */
export const time = (name: string) => timestamp(name, { withTimezone: true, mode: "string" });

/** A 64-bit whole number (BIGINT) read as a JS number: event positions and Unix-ms times outgrow INTEGER. */
export const bigInteger = (name: string) => bigint(name, { mode: "number" });

/**
 * Ids are ordered bytewise on every backend (COLLATE "C"), whatever the
 * database's default collation, which an index in that collation (a primary
 * key) cannot serve.
 */
export const bytewise = (column: PgColumn): SQL => sql`${column} collate "C"`;

/** An index that exists only to read ids in bytewise order: one index here, spread into a table's extra config. */
export const bytewiseIndex = (name: string) => ({
  on: (...columns: Parameters<ReturnType<typeof index>["on"]>) => [index(name).on(...columns)],
});

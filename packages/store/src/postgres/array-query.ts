// A query Drizzle renders and postgres.js runs, prepared, returning rows as
// arrays, for the reads whose rows we decode by position (history pages and
// their cursors). Drizzle's prepared queries also ask postgres.js for arrays,
// but then map every row through a generic per-column decoder into an object,
// which cost about 1.5 µs a row on a history page.
//
// Values come back as postgres.js parses them with the parsers Drizzle
// installed on the pool (timestamptz as text), which is also what Drizzle's
// column decoders receive; for text and string-mode timestamp columns those
// decoders return their input unchanged.
import { fillPlaceholders, type Query } from "drizzle-orm";
import type { Sql } from "postgres";
import type { Db } from "./connection.js";

/** The postgres.js pool Drizzle wraps (drizzle() returns it as $client; Db does not declare it). */
export function poolOf(db: Db): Sql {
  return (db as Db & { $client: Sql }).$client;
}

export class ArrayQuery {
  /** `query` is a Drizzle query's rendered SQL: its placeholders are filled by name on each run, as Drizzle fills them. */
  constructor(
    private readonly pool: Sql,
    private readonly query: Query,
  ) {}

  run(values: Record<string, unknown>): Promise<unknown[][]> {
    const params = fillPlaceholders(this.query.params, values) as never[];
    return this.pool.unsafe(this.query.sql, params, { prepare: true }).values() as unknown as Promise<unknown[][]>;
  }
}

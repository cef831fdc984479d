// A statement Drizzle renders and better-sqlite3 runs in array mode, for the
// reads whose rows we decode by position (history pages and their cursors).
// Drizzle's prepared queries run the same way underneath but then map every
// row through a generic per-column decoder into an object, which cost about
// 1 µs a row on a history page.
import type Database from "better-sqlite3";
import { fillPlaceholders, type Query } from "drizzle-orm";
import type { SqliteDb } from "./connection.js";

/** The better-sqlite3 connection Drizzle wraps (drizzle() returns it as $client; SqliteDb does not declare it). */
export function sqliteClient(db: SqliteDb): Database.Database {
  return (db as SqliteDb & { $client: Database.Database }).$client;
}

export class ArrayStatement {
  readonly #statement: Database.Statement;
  readonly #query: Query;

  /** `query` is a Drizzle query's `.toSQL()`: its placeholders are filled by name on each run, as Drizzle fills them. */
  constructor(client: Database.Database, query: Query) {
    this.#statement = client.prepare(query.sql).raw(true);
    this.#query = query;
  }

  /** The SQL and its parameters (placeholders unfilled), as Drizzle's prepared queries expose them: the query-plan test reads it. */
  getQuery(): Query {
    return this.#query;
  }

  all(values: Record<string, unknown>): unknown[][] {
    return this.#statement.all(...fillPlaceholders(this.#query.params, values)) as unknown[][];
  }

  get(values: Record<string, unknown>): unknown[] | undefined {
    return this.#statement.get(...fillPlaceholders(this.#query.params, values)) as unknown[] | undefined;
  }
}

/** A statement of one column, run in pluck mode: `all` returns the values themselves (a history page's ids), no row arrays. */
export class ColumnStatement {
  readonly #statement: Database.Statement;
  readonly #query: Query;

  constructor(client: Database.Database, query: Query) {
    this.#statement = client.prepare(query.sql).pluck(true);
    this.#query = query;
  }

  getQuery(): Query {
    return this.#query;
  }

  all(values: Record<string, unknown>): unknown[] {
    return this.#statement.all(...fillPlaceholders(this.#query.params, values));
  }
}

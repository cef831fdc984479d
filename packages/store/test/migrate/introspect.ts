// Reads a database's structure back from the engine's catalog, in a form two
// databases can be compared with toEqual: columns in physical order, keys,
// foreign keys and indexes. schema_migrations is included (the reference creates it too).
import type Database from "better-sqlite3";
import type { Sql } from "postgres";

/**
 * Indexes our own migrations add to the reference's version-8 schema
 * (0002_room_kind_and_bytewise_indexes, 0003_bytewise_history_indexes, 0004_agents_bytewise_index). The reference never names them, so
 * they are harmless to it; everything else must match it exactly.
 */
/** Tables the reference never had (ours, from later migrations), left out when comparing with a reference database. */
export const ADDED_TABLES: readonly string[] = ["events", "attachment_presence", "relay_cursors", "cache_generation"];

export const ADDED_INDEXES = {
  sqlite: ["idx_messages_room_kind"],
  postgres: [
    "idx_agents_id_bytewise",
    "idx_dm_conversations_id_bytewise",
    "idx_messages_dm_bytewise",
    "idx_messages_room_kind",
    "idx_messages_room_kind_bytewise",
    "idx_messages_thread_bytewise",
    "idx_rooms_id_bytewise",
    "idx_threads_room_bytewise",
  ],
} as const;

export interface SqliteShape {
  [table: string]: {
    columns: { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[];
    foreignKeys: { from: string; table: string; to: string; on_update: string; on_delete: string }[];
    indexes: { name: string; unique: number; origin: string; columns: string[] }[];
  };
}

export function sqliteShape(db: Database.Database): SqliteShape {
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  const shape: SqliteShape = {};
  for (const table of tables) {
    const columns = (db.pragma(`table_info(${table})`) as SqliteShape[string]["columns"]).map((c) => ({
      name: c.name,
      type: c.type.toUpperCase(),
      notnull: c.notnull,
      dflt_value: c.dflt_value,
      pk: c.pk,
    }));
    const foreignKeys = (db.pragma(`foreign_key_list(${table})`) as SqliteShape[string]["foreignKeys"])
      .map(({ from, table: t, to, on_update, on_delete }) => ({ from, table: t, to, on_update, on_delete }))
      .sort((a, b) => a.from.localeCompare(b.from));
    const indexes = (db.pragma(`index_list(${table})`) as { name: string; unique: number; origin: string }[])
      .map((i) => ({
        // SQLite names the primary key's index itself; only its columns matter.
        name: i.origin === "pk" ? "(primary key)" : i.name,
        unique: i.unique,
        origin: i.origin,
        columns: (db.pragma(`index_info(${i.name})`) as { name: string }[]).map((c) => c.name),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
    shape[table] = { columns, foreignKeys, indexes };
  }
  return shape;
}

/**
 * SQLite lets a non-INTEGER PRIMARY KEY hold NULL unless NOT NULL is declared:
 * the reference declares `TEXT PRIMARY KEY`, drizzle always adds NOT NULL. The
 * only structural difference between the two, and ours is the stricter one.
 */
export function ignorePrimaryKeyNotNull(shape: SqliteShape): SqliteShape {
  const out: SqliteShape = {};
  for (const [table, t] of Object.entries(shape)) {
    out[table] = { ...t, columns: t.columns.map((c) => (c.pk ? { ...c, notnull: -1 } : c)) };
  }
  return out;
}

/** The shape without ADDED_INDEXES.sqlite and ADDED_TABLES, to compare with a reference database. */
export function withoutAddedSqliteIndexes(shape: SqliteShape): SqliteShape {
  const added: readonly string[] = ADDED_INDEXES.sqlite;
  const out: SqliteShape = {};
  for (const [table, t] of Object.entries(shape)) {
    if (!ADDED_TABLES.includes(table)) out[table] = { ...t, indexes: t.indexes.filter((i) => !added.includes(i.name)) };
  }
  return out;
}

/** Names of the indexes in `shape` that ADDED_INDEXES.sqlite lists, sorted. */
export function addedSqliteIndexes(shape: SqliteShape): string[] {
  const added: readonly string[] = ADDED_INDEXES.sqlite;
  return Object.values(shape)
    .flatMap((t) => t.indexes.map((i) => i.name))
    .filter((name) => added.includes(name))
    .sort();
}

export interface PostgresShape {
  columns: {
    table_name: string;
    column_name: string;
    ordinal_position: number;
    data_type: string;
    is_nullable: string;
    column_default: string | null;
  }[];
  constraints: { table_name: string; conname: string; contype: string; def: string }[];
  indexes: { tablename: string; indexname: string; indexdef: string }[];
}

export async function postgresShape(sql: Sql): Promise<PostgresShape> {
  const columns = await sql<PostgresShape["columns"]>`
    SELECT table_name::text, column_name::text, ordinal_position::int, data_type::text, is_nullable::text, column_default::text
    FROM information_schema.columns WHERE table_schema = current_schema()
    ORDER BY table_name, ordinal_position`;
  const constraints = await sql<PostgresShape["constraints"]>`
    SELECT c.conrelid::regclass::text AS table_name, c.conname::text, c.contype::text, pg_get_constraintdef(c.oid) AS def
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE n.nspname = current_schema()
    ORDER BY 1, 2`;
  const indexes = await sql<PostgresShape["indexes"]>`
    SELECT tablename::text, indexname::text, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1, 2`;
  return { columns: [...columns], constraints: [...constraints], indexes: [...indexes] };
}

/** The shape without ADDED_INDEXES.postgres and ADDED_TABLES, to compare with a reference database. */
export function withoutAddedPostgresIndexes(shape: PostgresShape): PostgresShape {
  const added: readonly string[] = ADDED_INDEXES.postgres;
  return {
    columns: shape.columns.filter((c) => !ADDED_TABLES.includes(c.table_name)),
    constraints: shape.constraints.filter((c) => !ADDED_TABLES.includes(c.table_name)),
    indexes: shape.indexes.filter((i) => !added.includes(i.indexname) && !ADDED_TABLES.includes(i.tablename)),
  };
}

// The tables a copy moves, derived from the schema (one source of truth): the
// column names, which ones hold times, and the primary key. Adding a table to
// @moltnet/schema (packages/schema/src/tables.ts) adds it to every SQL copy,
// ordered after the tables its foreign keys name; only the JSON snapshot needs
// its own mapping (json-rows.ts).
import { getTableName, type Table } from "drizzle-orm";
import { getTableConfig as pgTableConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { postgres as pgSchema, sqlite as sqliteSchema } from "@moltnet/schema";

type SchemaTables = typeof sqliteSchema;
/** The SQL names of the schema's tables (`rooms`, `room_members`, …). */
export type TableName = {
  [K in keyof SchemaTables]: SchemaTables[K] extends { _: { name: infer N extends string } } ? N : never;
}[keyof SchemaTables];

export interface TableSpec {
  name: TableName;
  /** Database column names, in schema order. */
  columns: string[];
  /** The schema's property name for each column (the row codecs' camelCase keys). */
  keys: string[];
  /** Columns holding times (TIMESTAMPTZ on Postgres, RFC 3339 text on SQLite). */
  times: ReadonlySet<string>;
  /** Integer columns. */
  integers: ReadonlySet<string>;
  /** Each column's Postgres type (rows reach Postgres as JSON and are typed by it). */
  pgTypes: ReadonlyMap<string, string>;
  /** Primary key columns. */
  primaryKey: string[];
}

/** A row between two stores: database column names; times in the wire form (trimmed RFC 3339 UTC). */
export type CopyRow = Record<string, string | number | null>;

function tablesOf(schema: Record<string, unknown>): Map<string, Table> {
  const out = new Map<string, Table>();
  for (const value of Object.values(schema)) {
    if (value && typeof value === "object" && Symbol.for("drizzle:IsDrizzleTable") in value) {
      out.set(getTableName(value as Table), value as Table);
    }
  }
  return out;
}

/** Table names in declaration order, except that a table comes after the ones its foreign keys reference (inserts must follow this order). */
function dependencyOrder(tables: Map<string, Table>): TableName[] {
  const parents = new Map<string, string[]>();
  for (const [name, table] of tables) {
    const refs = sqliteTableConfig(table as SQLiteTable).foreignKeys.map((fk) =>
      getTableName(fk.reference().foreignTable),
    );
    parents.set(
      name,
      refs.filter((ref) => ref !== name),
    );
  }
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name)) return;
    if (visiting.has(name)) throw new Error(`schema tables reference each other in a cycle through ${name}`);
    visiting.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent);
    visiting.delete(name);
    ordered.push(name);
  };
  for (const name of tables.keys()) visit(name);
  return ordered as TableName[];
}

function buildSpecs(): TableSpec[] {
  const sqliteTables = tablesOf(sqliteSchema);
  const pgTables = tablesOf(pgSchema);
  return dependencyOrder(sqliteTables).map((name) => {
    const lite = sqliteTables.get(name);
    const pg = pgTables.get(name);
    if (!lite || !pg) throw new Error(`schema table ${name} is missing from a dialect`);
    const liteConfig = sqliteTableConfig(lite as SQLiteTable);
    const pgConfig = pgTableConfig(pg as PgTable);
    const keyOf = new Map<string, string>();
    for (const [key, column] of Object.entries(lite as unknown as Record<string, { name?: string }>)) {
      if (column && typeof column === "object" && typeof column.name === "string") keyOf.set(column.name, key);
    }
    const columns = liteConfig.columns.map((c) => c.name);
    const pgColumn = new Map(pgConfig.columns.map((c) => [c.name, c]));
    const times = new Set(columns.filter((c) => pgColumn.get(c)?.columnType.startsWith("PgTimestamp")));
    const integers = new Set(columns.filter((c) => /int|serial/i.test(pgColumn.get(c)?.getSQLType() ?? "")));
    const pgTypes = new Map(columns.map((c) => [c, pgColumn.get(c)?.getSQLType() ?? "text"]));
    const primaryKey = [
      ...liteConfig.columns.filter((c) => c.primary).map((c) => c.name),
      ...liteConfig.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name)),
    ];
    return { name, columns, keys: columns.map((c) => keyOf.get(c) ?? c), times, integers, pgTypes, primaryKey };
  });
}

/** Every table, parents before children (the order inserts must follow). */
export const COPY_TABLES: readonly TableSpec[] = buildSpecs();

/** A row keyed by the schema's property names (what sql/rows.ts and sql/records.ts produce and read). */
export function fromCodecRow(spec: TableSpec, row: object): CopyRow {
  const out: CopyRow = {};
  spec.columns.forEach((column, i) => {
    const value = (row as Record<string, unknown>)[spec.keys[i]!];
    out[column] = value === undefined ? null : (value as string | number | null);
  });
  return out;
}

export function toCodecRow<T>(spec: TableSpec, row: CopyRow): T {
  const out: Record<string, unknown> = {};
  spec.columns.forEach((column, i) => (out[spec.keys[i]!] = row[column]));
  return out as T;
}

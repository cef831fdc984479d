// The SQLite and Postgres table definitions describe one schema: same tables,
// columns (types mapped per dialect), nullability, defaults, keys and indexes,
// and the same inferred row types. Drizzle has no dialect-neutral builder, so
// this test is what keeps the two files from drifting apart.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { SQL, is, type Column } from "drizzle-orm";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as liteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as pg from "../src/postgres.js";
import * as lite from "../src/sqlite.js";
import { tableNames } from "../src/tables.js";

/**
 * Where the dialects are allowed to differ: how a time is stored, and the
 * event log's 64-bit integers (SQLite's integer is 64-bit already).
 */
const BIGINT_COLUMNS = new Set(["position", "recorded_at", "heartbeat_at"]);
function mappedType(sqliteType: string, column: string): string {
  if (sqliteType === "integer" && BIGINT_COLUMNS.has(column)) return "bigint";
  if (sqliteType === "text" && /_at$/.test(column)) return "timestamp with time zone";
  return sqliteType;
}

/**
 * The one place the index sets may differ: Postgres orders ids bytewise with
 * COLLATE "C", which its default-collation key indexes cannot serve, so it has
 * these extra indexes (postgres.ts, next to rooms). SQLite compares text
 * bytewise already and needs none.
 */
const POSTGRES_ONLY_INDEXES: Readonly<Record<string, readonly string[]>> = {
  rooms: ["idx_rooms_id_bytewise"],
  threads: ["idx_threads_room_bytewise"],
  dm_conversations: ["idx_dm_conversations_id_bytewise"],
  messages: ["idx_messages_room_kind_bytewise", "idx_messages_thread_bytewise", "idx_messages_dm_bytewise"],
};

function defaultOf(col: Column): string | null {
  // Drizzle flags an SQLite INTEGER PRIMARY KEY (a rowid alias) as defaulted, with no default value.
  if (!col.hasDefault || col.default === undefined) return null;
  const d: unknown = col.default;
  if (is(d, SQL)) return d.queryChunks.map((c) => (c as { value?: string[] }).value?.join("") ?? "?").join("");
  return typeof d === "string" ? `'${d}'` : JSON.stringify(d);
}

interface Shape {
  columns: { name: string; type: string; notNull: boolean; default: string | null; primary: boolean }[];
  primaryKeys: { name: string | undefined; columns: string[] }[];
  foreignKeys: { name: string; columns: string[]; table: string; foreignColumns: string[]; onDelete: string | undefined; onUpdate: string | undefined }[];
  indexes: { name: string; columns: string[]; unique: boolean }[];
}

/** A column's name, or an index expression as text with its columns by name (`id collate "C"`). */
function indexPart(part: unknown): string {
  if (!is(part, SQL)) return (part as { name: string }).name;
  return part.queryChunks
    .map((c) => (typeof (c as { name?: unknown }).name === "string" ? (c as { name: string }).name : ((c as { value?: string[] }).value?.join("") ?? "?")))
    .join("");
}

type AnyConfig = ReturnType<typeof liteConfig> | ReturnType<typeof pgConfig>;

function shapeOf(config: AnyConfig, mapType: (type: string, column: string) => string): Shape {
  const names = (cols: readonly { name: string }[]) => cols.map((c) => c.name);
  return {
    columns: config.columns.map((c) => ({
      name: c.name,
      type: mapType(c.getSQLType(), c.name),
      notNull: c.notNull,
      default: defaultOf(c),
      primary: c.primary,
    })),
    primaryKeys: config.primaryKeys.map((pk) => ({ name: pk.name, columns: names(pk.columns) })),
    foreignKeys: config.foreignKeys
      .map((fk) => {
        const ref = fk.reference();
        const table = is(ref.foreignTable, PgTable) ? pgConfig(ref.foreignTable).name : liteConfig(ref.foreignTable as SQLiteTable).name;
        return {
          name: fk.getName(),
          columns: names(ref.columns),
          table,
          foreignColumns: names(ref.foreignColumns),
          onDelete: fk.onDelete,
          onUpdate: fk.onUpdate ?? "no action",
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    indexes: config.indexes
      .map((i) => ({
        name: i.config.name ?? "",
        columns: i.config.columns.map(indexPart),
        unique: i.config.unique ?? false,
      }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

const liteTables: SQLiteTable[] = Object.values(lite as Record<string, unknown>).filter((t): t is SQLiteTable => is(t, SQLiteTable));
const pgTables: PgTable[] = Object.values(pg as Record<string, unknown>).filter((t): t is PgTable => is(t, PgTable));

describe("schema parity", () => {
  it("both dialects define exactly the tables the schema lists", () => {
    const expected = [...tableNames].sort();
    expect(liteTables.map((t) => liteConfig(t).name).sort()).toEqual(expected);
    expect(pgTables.map((t) => pgConfig(t).name).sort()).toEqual(expected);
    expect(Object.keys(lite).sort()).toEqual(Object.keys(pg).sort());
  });

  for (const name of tableNames) {
    it(`${name} - same columns, types, nullability, defaults, keys and indexes in both dialects`, () => {
      const liteTable = liteTables.find((t) => liteConfig(t).name === name);
      const pgTable = pgTables.find((t) => pgConfig(t).name === name);
      if (!liteTable || !pgTable) throw new Error(`table ${name} missing`);
      const fromLite = shapeOf(liteConfig(liteTable), mappedType);
      const fromPg = shapeOf(pgConfig(pgTable), (type) => type);
      const pgOnly = POSTGRES_ONLY_INDEXES[name] ?? [];
      expect(fromLite).toEqual({ ...fromPg, indexes: fromPg.indexes.filter((i) => !pgOnly.includes(i.name)) });
    });
  }

  it("the indexes only Postgres has are exactly the bytewise (COLLATE \"C\") id indexes", () => {
    const extra = pgTables.flatMap((t) => {
      const config = pgConfig(t);
      const liteTable = liteTables.find((l) => liteConfig(l).name === config.name)!;
      const liteNames = new Set(liteConfig(liteTable).indexes.map((i) => i.config.name));
      return shapeOf(config, (type) => type)
        .indexes.filter((i) => !liteNames.has(i.name))
        .map((i) => `${config.name}.${i.name}(${i.columns.join(", ")})`);
    });
    expect(extra.sort()).toEqual(
      [
        'dm_conversations.idx_dm_conversations_id_bytewise(dm_id collate "C")',
        'messages.idx_messages_dm_bytewise(dm_id, created_at, id collate "C")',
        'messages.idx_messages_room_kind_bytewise(room_id, target_kind, created_at, id collate "C")',
        'messages.idx_messages_thread_bytewise(thread_id, created_at, id collate "C")',
        'rooms.idx_rooms_id_bytewise(id collate "C")',
        'threads.idx_threads_room_bytewise(room_id, id collate "C")',
      ].sort(),
    );
    expect(Object.entries(POSTGRES_ONLY_INDEXES).flatMap(([table, names]) => names.map((n) => `${table}.${n}`)).sort()).toEqual(
      extra.map((e) => e.slice(0, e.indexOf("("))).sort(),
    );
  });

  it("times and the 64-bit integers (event log, presence) are the only columns whose SQL types differ, and every one is mapped", () => {
    const differing = liteTables.flatMap((t) =>
      liteConfig(t)
        .columns.filter((c) => mappedType(c.getSQLType(), c.name) !== c.getSQLType())
        .map((c) => `${liteConfig(t).name}.${c.name}`),
    );
    expect(differing.sort()).toEqual(
      [
        "agents.created_at",
        "agents.updated_at",
        "artifacts.created_at",
        "dm_conversations.last_message_at",
        "messages.created_at",
        "rooms.created_at",
        "rooms.deleted_at",
        "threads.last_message_at",
        "events.position",
        "events.recorded_at",
        "attachment_presence.heartbeat_at",
      ].sort(),
    );
  });

  it("both dialects infer the same row types (type-checked)", () => {
    const file = fileURLToPath(new URL("./row-types.ts", import.meta.url));
    expect(typeErrors([file])).toEqual([]);
  }, 60_000);

  it("the row-type assertion catches a difference", () => {
    // Guards the guard: a deliberately wrong assertion must fail to compile.
    const dir = mkdtempSync(join(tmpdir(), "moltnet-parity-"));
    try {
      const src = fileURLToPath(new URL("../src/", import.meta.url));
      const probe = join(dir, "probe.ts");
      writeFileSync(
        probe,
        [
          `import type { InferSelectModel } from "drizzle-orm";`,
          `import type * as lite from ${JSON.stringify(join(src, "sqlite.js"))};`,
          `type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;`,
          `type Expect<T extends true> = T;`,
          `export type Wrong = Expect<Equal<InferSelectModel<typeof lite.rooms>, InferSelectModel<typeof lite.agents>>>;`,
        ].join("\n"),
      );
      expect(typeErrors([probe]).length).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

function typeErrors(files: string[]): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

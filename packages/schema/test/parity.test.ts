// sqlite.ts and postgres.ts are generated from one source (tables.ts), so they
// can only differ where the two dialect modules say: the SQL type of a time,
// and bytewise indexes, which only Postgres has. This test checks that nothing
// else differs (a builder that a dialect module maps to something else, say)
// and that both dialects infer the same row types.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import ts from "typescript";
import { SQL, is, type Column } from "drizzle-orm";
import { getTableConfig as pgConfig, PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as liteConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import * as pgDialect from "../src/dialects/postgres.js";
import * as liteDialect from "../src/dialects/sqlite.js";
import * as pg from "../src/postgres.js";
import * as lite from "../src/sqlite.js";

/** The SQL types each dialect module gives its dialect-specific builders (`time()`, `bigInteger()`), read from a probe table. */
const probe = (dialect: typeof liteDialect | typeof pgDialect) =>
  (dialect === liteDialect
    ? liteConfig(liteDialect.table("probe", { at: liteDialect.time("at"), n: liteDialect.bigInteger("n") }))
    : pgConfig(pgDialect.table("probe", { at: pgDialect.time("at"), n: pgDialect.bigInteger("n") }))
  ).columns.map((c) => c.getSQLType());
const [liteTime, liteBig] = probe(liteDialect);
const [pgTime, pgBig] = probe(pgDialect);
const DIALECT_TYPES = new Map([
  [pgTime!, liteTime!],
  [pgBig!, liteBig!],
]);
const asSqliteType = (pgType: string): string => DIALECT_TYPES.get(pgType) ?? pgType;
const BYTEWISE = 'collate "C"';

function defaultOf(col: Column): string | null {
  // SQLite marks an INTEGER PRIMARY KEY as defaulted (the rowid) without a default value; that is no declared default.
  if (!col.hasDefault || col.default === undefined) return null;
  const d: unknown = col.default;
  if (is(d, SQL)) return d.queryChunks.map((c) => (c as { value?: string[] }).value?.join("") ?? "?").join("");
  return typeof d === "string" ? `'${d}'` : JSON.stringify(d);
}

interface Shape {
  columns: { name: string; type: string; notNull: boolean; default: string | null; primary: boolean }[];
  primaryKeys: { name: string | undefined; columns: string[] }[];
  foreignKeys: {
    name: string;
    columns: string[];
    table: string;
    foreignColumns: string[];
    onDelete: string | undefined;
    onUpdate: string | undefined;
  }[];
  indexes: { name: string; columns: string[]; unique: boolean }[];
}

/** A column's name, or an index expression as text with its columns by name (`id collate "C"`). */
function indexPart(part: unknown): string {
  if (!is(part, SQL)) return (part as { name: string }).name;
  return part.queryChunks
    .map((c) =>
      typeof (c as { name?: unknown }).name === "string"
        ? (c as { name: string }).name
        : ((c as { value?: string[] }).value?.join("") ?? "?"),
    )
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
        const table = is(ref.foreignTable, PgTable)
          ? pgConfig(ref.foreignTable).name
          : liteConfig(ref.foreignTable as SQLiteTable).name;
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

const liteTables: SQLiteTable[] = Object.values(lite as Record<string, unknown>).filter((t): t is SQLiteTable =>
  is(t, SQLiteTable),
);
const pgTables: PgTable[] = Object.values(pg as Record<string, unknown>).filter((t): t is PgTable => is(t, PgTable));
const tableName = (t: SQLiteTable | PgTable): string =>
  is(t, PgTable) ? pgConfig(t).name : liteConfig(t as SQLiteTable).name;

describe("schema parity", () => {
  it("both generated modules define the same tables under the same export names", () => {
    expect(liteTables.map(tableName).sort()).toEqual(pgTables.map(tableName).sort());
    expect(Object.keys(lite).sort()).toEqual(Object.keys(pg).sort());
    expect(liteTables.length).toBeGreaterThan(0);
  });

  it("the dialect modules differ in a time's SQL type", () => {
    expect([liteTime, pgTime, liteBig, pgBig]).toEqual(["text", "timestamp with time zone", "integer", "bigint"]);
  });

  for (const liteTable of liteTables) {
    const name = tableName(liteTable);
    it(`${name} - same columns, nullability, defaults, keys and indexes, but for times and bytewise indexes`, () => {
      const pgTable = pgTables.find((t) => tableName(t) === name);
      if (!pgTable) throw new Error(`table ${name} missing from postgres.ts`);
      const fromLite = shapeOf(liteConfig(liteTable), (type) => type);
      const fromPg = shapeOf(pgConfig(pgTable), asSqliteType);
      expect(fromLite).toEqual({
        ...fromPg,
        indexes: fromPg.indexes.filter((i) => !i.columns.some((c) => c.endsWith(BYTEWISE))),
      });
      // SQLite has no bytewise indexes: its text comparison is bytewise already.
      expect(fromLite.indexes.filter((i) => i.columns.some((c) => c.includes("collate")))).toEqual([]);
    });
  }

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
          `import type * as lite from ${JSON.stringify(join(src, "sqlite.js"))};`,
          `import type { AllAgree } from ${JSON.stringify(fileURLToPath(new URL("./row-types.js", import.meta.url)))};`,
          `type Expect<T extends true> = T;`,
          // The same check row-types.ts makes, over two modules whose rooms differ.
          `type Swapped = Omit<typeof lite, "rooms"> & { rooms: typeof lite.agents };`,
          `export type Wrong = Expect<AllAgree<typeof lite, Swapped>>;`,
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

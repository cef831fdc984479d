// `moltnet copy`: every table of one durable backend into another, from one
// consistent snapshot of the source, in bounded memory (batches streamed from
// a cursor), resumable (a target records the source it is receiving and the
// tables it finished; re-sent rows are kept by primary key), and verified at
// the end (per table: row count and checksum, computed the same way on both sides).
import { StoreError } from "../errors.js";
import { roundToMicros, type Timestamp } from "../time.js";
import { TableChecksum } from "./checksum.js";
import { identityOf, parseEndpoint, postgresName, type Endpoint } from "./endpoint.js";
import { JSON_TABLES, jsonView } from "./json-rows.js";
import { openJsonSource, openJsonTarget } from "./json-side.js";
import { openPostgresSource, openPostgresTarget } from "./postgres-side.js";
import type { CopySource, CopyTarget, SnapshotReader } from "./sides.js";
import { openSqliteSource, openSqliteTarget } from "./sqlite-side.js";
import { COPY_TABLES, type CopyRow, type TableName, type TableSpec } from "./tables.js";

export interface CopyProgress {
  phase: "copy" | "verify";
  table: TableName;
  /** Rows of this table handled so far, and in all. */
  done: number;
  total: number;
}

export interface CopyOptions {
  /** Compare only: read both sides, write nothing. */
  verifyOnly?: boolean;
  /** Rows per read batch and per target transaction. */
  batchSize?: number;
  cwd?: string;
  onProgress?: (progress: CopyProgress) => void;
  log?: (line: string) => void;
}

export interface TableVerification {
  table: TableName;
  source: { count: number; checksum: string };
  target: { count: number; checksum: string };
  equal: boolean;
}

export interface CopyReport {
  from: string;
  to: string;
  /** An earlier interrupted copy was resumed. */
  resumed: boolean;
  /** Rows written (re-sent rows of a resumed table included). */
  written: number;
  /** Source times finer than a microsecond, rounded on the way into Postgres. */
  rounded: number;
  /** Times compared at microseconds (a Postgres side). */
  microseconds: boolean;
  tables: TableVerification[];
  ok: boolean;
}

const DEFAULT_BATCH = 2000;

export async function copyStore(fromText: string, toText: string, options: CopyOptions = {}): Promise<CopyReport> {
  const log = options.log ?? (() => {});
  const from = parseEndpoint(fromText, options.cwd);
  const to = parseEndpoint(toText, options.cwd);
  const identity = (e: Endpoint) => identityOf(e);
  if (identity(from) === identity(to)) {
    throw new StoreError(
      "invalid_config",
      `source and target are the same database (${describe(from)}); copy into another one`,
      { backend: "copy" },
    );
  }
  const batch = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH));
  const source = await openSource(from);
  let target: CopyTarget | null = null;
  try {
    // Verifying only: the target is read as a source (a target check would refuse it for holding data).
    target = options.verifyOnly ? readOnlyTarget(await openSource(to, "target")) : await openTarget(to, log);
    const json = from.kind === "json" || to.kind === "json";
    const microseconds = from.kind === "postgres" || to.kind === "postgres";
    // Rows are compared as the stricter side keeps them: microseconds when Postgres is involved, a snapshot's view across JSON.
    let rounded = 0;
    // fromJson: rows a snapshot produced, already in the codec's spelling (jsonView would only re-encode them).
    const canonical = (table: TableSpec, row: CopyRow, countRounding: boolean, fromJson: boolean): CopyRow => {
      let out = row;
      if (microseconds) {
        for (const c of table.times) {
          const value = out[c];
          // The wire form with at most six fraction digits is at most 27 characters: nothing to round.
          if (typeof value !== "string" || value.length <= 27) continue;
          const r = roundToMicros(value);
          if (r.rounded && countRounding) rounded++;
          if (out === row) out = { ...row };
          out[c] = r.value as Timestamp;
        }
      }
      return json ? jsonView(table.name, out, fromJson) : out;
    };

    const tables = json ? COPY_TABLES.filter((t) => JSON_TABLES.has(t.name)) : COPY_TABLES;
    for (const t of COPY_TABLES)
      if (!tables.includes(t)) log(`copy: a JSON snapshot keeps no ${t.name}; that table is not copied`);
    const state = options.verifyOnly
      ? { resumed: false, done: new Set<TableName>() }
      : await target.prepare(identity(from));
    if (state.resumed) log(`copy: resuming the interrupted copy into ${target.description}`);
    let written = 0;
    const sums = await source.snapshot(async (reader) => {
      const out = new Map<TableName, TableChecksum>();
      for (const table of tables) {
        const write = !options.verifyOnly && !state.done.has(table.name);
        out.set(
          table.name,
          await scan(
            reader,
            table,
            batch,
            "copy",
            options.onProgress,
            async (rows) => {
              if (!write) return;
              await target!.write(table, rows, false);
              written += rows.length;
            },
            (row) => canonical(table, row, !options.verifyOnly && to.kind === "postgres", from.kind === "json"),
          ),
        );
        if (write) await target!.write(table, [], true);
      }
      return out;
    });
    if (!options.verifyOnly) await target.complete();

    const check = await target.reopenAsSource();
    let targetSums: Map<TableName, TableChecksum>;
    try {
      targetSums = await check.snapshot(async (reader) => {
        const out = new Map<TableName, TableChecksum>();
        for (const table of tables) {
          out.set(
            table.name,
            await scan(
              reader,
              table,
              batch,
              "verify",
              options.onProgress,
              async () => {},
              (row) => canonical(table, row, false, to.kind === "json"),
            ),
          );
        }
        return out;
      });
    } finally {
      await check.close();
    }
    const verified = tables.map((t): TableVerification => {
      const s = sums.get(t.name)!;
      const d = targetSums.get(t.name)!;
      return {
        table: t.name,
        source: { count: s.count, checksum: s.hex },
        target: { count: d.count, checksum: d.hex },
        equal: s.count === d.count && s.hex === d.hex,
      };
    });
    const ok = verified.every((t) => t.equal);
    if (ok && !options.verifyOnly) await target.finish();
    return {
      from: source.description,
      to: target.description,
      resumed: state.resumed,
      written,
      rounded,
      microseconds,
      tables: verified,
      ok,
    };
  } finally {
    await target?.close();
    await source.close();
  }
}

async function scan(
  reader: SnapshotReader,
  table: TableSpec,
  batch: number,
  phase: CopyProgress["phase"],
  onProgress: CopyOptions["onProgress"],
  each: (rows: CopyRow[]) => Promise<void>,
  canonical: (row: CopyRow) => CopyRow,
): Promise<TableChecksum> {
  const sum = new TableChecksum();
  const total = await reader.count(table);
  onProgress?.({ phase, table: table.name, done: 0, total });
  for await (const rows of reader.rows(table, batch)) {
    for (const row of rows) sum.add(table, canonical(row));
    await each(rows);
    onProgress?.({ phase, table: table.name, done: sum.count, total: Math.max(total, sum.count) });
  }
  return sum;
}

function openSource(endpoint: Endpoint, role: "source" | "target" = "source"): Promise<CopySource> {
  switch (endpoint.kind) {
    case "json":
      return openJsonSource(endpoint.path, role);
    case "sqlite":
      return Promise.resolve().then(() => openSqliteSource(endpoint.path, role));
    case "postgres":
      return openPostgresSource(endpoint.dsn, role);
  }
}

/** A target that is only ever read back (for --verify). */
function readOnlyTarget(side: CopySource): CopyTarget {
  const refuse = async (): Promise<never> => {
    throw new StoreError("internal", "a verification never writes to the target", { backend: "copy" });
  };
  return {
    description: side.description,
    microseconds: false,
    prepare: refuse,
    write: refuse,
    complete: refuse,
    finish: refuse,
    reopenAsSource: async () => ({ ...side, close: async () => {} }),
    close: () => side.close(),
  };
}

function openTarget(endpoint: Endpoint, log: (line: string) => void): Promise<CopyTarget> {
  switch (endpoint.kind) {
    case "json":
      return openJsonTarget(endpoint.path, log);
    case "sqlite":
      return openSqliteTarget(endpoint.path, log);
    case "postgres":
      return openPostgresTarget(endpoint.dsn, log);
  }
}

function describe(e: Endpoint): string {
  return e.kind === "postgres" ? `postgres ${postgresName(e.dsn)}` : `${e.kind}:${e.path}`;
}

// What every scenario gets: sizes, progress, a scratch directory removed at
// the end, Postgres on demand, fixtures shared between scenarios, and the
// place to put rows, errors and durability notes.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Options, Sizes } from "./options.js";
import type { Progress } from "./progress.js";
import { judge, type Row } from "./report.js";
import { startPostgres, type PostgresServer } from "./postgres-server.js";

export interface BenchContext {
  readonly quick: boolean;
  readonly sizes: Sizes;
  readonly progress: Progress;
  /** Scratch directory of this run (removed at the end). */
  readonly dir: string;
  /** The repository root (the server is started from apps/server/dist). */
  readonly root: string;
  postgres(): Promise<PostgresServer>;
  /** Shared, lazily built fixtures (e.g. the bulk-loaded SQLite database the boot scenario reuses). */
  readonly fixtures: Map<string, unknown>;
  row(row: Omit<Row, "pass" | "ratio"> & { ratio?: number | null }): Row;
  /** A scenario reported errors (failed requests, lost writes): the run exits 1. */
  error(text: string): void;
  /** Durability settings a figure depends on (printed once each). */
  durability(text: string): void;
}

export interface Collected {
  rows: Row[];
  errors: string[];
  durability: string[];
}

export function createContext(
  options: Options,
  progress: Progress,
  root: string,
): { ctx: BenchContext; collected: Collected; dispose(): Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), "moltnet-bench-"));
  const collected: Collected = { rows: [], errors: [], durability: [] };
  let pg: Promise<PostgresServer> | null = null;
  const ctx: BenchContext = {
    quick: options.quick,
    sizes: options.sizes,
    progress,
    dir,
    root,
    fixtures: new Map(),
    postgres() {
      pg ??= startPostgres((line) => progress.warn("postgres", line)).then((server) => {
        ctx.durability(`${server.durability} (from ${server.source})`);
        return server;
      });
      return pg;
    },
    row(input) {
      const ratio = input.ratio !== undefined ? input.ratio : input.baseline ? input.figure / input.baseline : null;
      const row: Row = { ...input, ratio, pass: judge(ratio, input.goal) };
      collected.rows.push(row);
      return row;
    },
    error(text) {
      collected.errors.push(text);
      progress.warn("error", text);
    },
    durability(text) {
      if (!collected.durability.includes(text)) collected.durability.push(text);
    },
  };
  return {
    ctx,
    collected,
    async dispose() {
      if (pg) await (await pg.catch(() => null))?.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

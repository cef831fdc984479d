// Scenario 1, append: mixed messages (room, thread and DM targets, a quarter
// with an artifact part) appended through the store, one per transaction,
// against the raw driver running the same statements. SQLite at synchronous
// NORMAL (the server's default) and FULL; Postgres at concurrency 1 and 16.
// Goal: at least 0.85x the raw driver's rate. The memory backend is shown for
// reference (no baseline).
import { join } from "node:path";
import Database from "better-sqlite3";
import { MonotonicClock, openStore, type Store } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { MEMORY_DURABILITY, SQLITE_DURABILITY } from "../durability.js";
import { benchRoom, mixedMessages, ROOM_IDS } from "../fixtures/messages.js";
import { compareRates, describeRate, type Side } from "../rates.js";
import { configureRawSqlite, rawSqliteAppender } from "../raw/sqlite-append.js";
import { startRawCheckpointer } from "../raw/checkpoint-worker.js";
import { rawPostgres, rawPostgresAppender } from "../raw/postgres-append.js";

const GOAL = { op: ">=", value: 0.85 } as const;

async function createRooms(store: Store): Promise<void> {
  const clock = new MonotonicClock();
  for (const id of ROOM_IDS) await store.createRoom(benchRoom(id, clock.now()));
}

export async function appendScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  for (const synchronous of ["NORMAL", "FULL"] as const) await sqliteAppend(ctx, synchronous);
  for (const concurrency of [1, 16]) await postgresAppend(ctx, concurrency);
  await memoryAppend(ctx);
}

/** The store's wal_autocheckpoint once its checkpoint worker is up (SqliteStore diagnostics; not part of Store). */
async function storeAutoCheckpoint(store: Store): Promise<number> {
  const sqlite = store as Store & {
    startCheckpointing?: () => void;
    diagnostics?: () => Promise<{ pragmas: { wal_autocheckpoint: number } }>;
  };
  sqlite.startCheckpointing?.();
  const live = await sqlite.diagnostics?.();
  return live?.pragmas.wal_autocheckpoint ?? 1000;
}

async function sqliteAppend(ctx: BenchContext, synchronous: "NORMAL" | "FULL"): Promise<void> {
  ctx.progress.step("append", `sqlite synchronous=${synchronous}: store vs raw better-sqlite3`);
  const storePath = join(ctx.dir, `append-store-${synchronous}.db`);
  const rawPath = join(ctx.dir, `append-raw-${synchronous}.db`);
  const store = await openStore({ kind: "sqlite", path: storePath, synchronous });
  // The raw side gets a database migrated by the store, then only the driver touches it.
  const prep = await openStore({ kind: "sqlite", path: rawPath });
  await createRooms(store);
  await createRooms(prep);
  await prep.close();
  const raw = new Database(rawPath);
  // Same pragmas as the store's serving connection once its checkpoint worker
  // runs (wal_autocheckpoint read from the live store, a backstop that bounds
  // the WAL), and the same worker (PASSIVE every 500 ms): both sides do the
  // same I/O, so the ratio is the store's own overhead. (SQLite's default
  // inline auto-checkpoint would put fsync stalls into the raw side only; no
  // checkpoint at all lets the WAL grow by gigabytes.)
  const autoCheckpoint = await storeAutoCheckpoint(store);
  configureRawSqlite(raw, synchronous, autoCheckpoint);
  const checkpointer = await startRawCheckpointer(rawPath);
  const rawAppend = rawSqliteAppender(raw);
  try {
    const sides = {
      ours: { label: "store", take: mixedMessages("m", 7).take, append: (m) => store.appendMessage(m) } satisfies Side,
      raw: { label: "raw", take: mixedMessages("m", 7).take, append: rawAppend } satisfies Side,
    };
    const sizes =
      synchronous === "FULL"
        ? { ...ctx.sizes.append, warmup: Math.min(ctx.sizes.append.warmup, 100) }
        : ctx.sizes.append;
    const { ours, raw: base } = await compareRates(sides, sizes, 1, ctx.progress);
    const settings = `synchronous=${synchronous} (WAL)`;
    ctx.row({
      scenario: "append",
      backend: "sqlite",
      settings,
      measure: "append rate",
      figure: ours.rate,
      unit: "msg/s",
      baseline: base!.rate,
      baselineLabel: "raw better-sqlite3",
      goal: GOAL,
      note: `both sides: wal_autocheckpoint=${autoCheckpoint} and a checkpoint worker (PASSIVE every 500 ms)`,
    });
    ctx.progress.result("append", `sqlite ${settings}: store ${describeRate(ours)}; raw ${describeRate(base!)}`);
  } finally {
    await store.close();
    await checkpointer.stop();
    raw.close();
  }
}

async function postgresAppend(ctx: BenchContext, concurrency: number): Promise<void> {
  ctx.progress.step("append", `postgres concurrency ${concurrency}: store vs raw postgres.js`);
  const pg = await ctx.postgres();
  const storeDsn = await pg.createDatabase(`append_store_c${concurrency}`);
  const rawDsn = await pg.createDatabase(`append_raw_c${concurrency}`);
  const store = await openStore({ kind: "postgres", dsn: storeDsn, maxConnections: concurrency });
  const prep = await openStore({ kind: "postgres", dsn: rawDsn });
  await createRooms(store);
  await createRooms(prep);
  await prep.close();
  const sql = rawPostgres(rawDsn, concurrency);
  try {
    const sides = {
      ours: { label: "store", take: mixedMessages("m", 11).take, append: (m) => store.appendMessage(m) } satisfies Side,
      raw: { label: "raw", take: mixedMessages("m", 11).take, append: rawPostgresAppender(sql) } satisfies Side,
    };
    const { ours, raw: base } = await compareRates(sides, ctx.sizes.append, concurrency, ctx.progress);
    const settings = `concurrency ${concurrency}, pool ${concurrency}`;
    ctx.row({
      scenario: "append",
      backend: "postgres",
      settings,
      measure: "append rate",
      figure: ours.rate,
      unit: "msg/s",
      baseline: base!.rate,
      baselineLabel: "raw postgres.js",
      goal: GOAL,
    });
    ctx.progress.result("append", `postgres ${settings}: store ${describeRate(ours)}; raw ${describeRate(base!)}`);
  } finally {
    await store.close();
    await sql.end({ timeout: 5 });
    await pg.dropDatabase(storeDsn);
    await pg.dropDatabase(rawDsn);
  }
}

async function memoryAppend(ctx: BenchContext): Promise<void> {
  ctx.durability(MEMORY_DURABILITY);
  ctx.progress.step("append", "memory: store only (no driver to compare with)");
  const store = await openStore({ kind: "memory" });
  await createRooms(store);
  const ours: Side = { label: "store", take: mixedMessages("m", 13).take, append: (m) => store.appendMessage(m) };
  const { ours: result } = await compareRates({ ours, raw: null }, ctx.sizes.append, 1, ctx.progress);
  ctx.row({
    scenario: "append",
    backend: "memory",
    settings: "in process, nothing durable",
    measure: "append rate",
    figure: result.rate,
    unit: "msg/s",
    baseline: null,
    baselineLabel: "",
    goal: null,
  });
  await store.close();
}

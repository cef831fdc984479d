// Scenario 2, page: a 100-message history page before a cursor at a random
// depth, in a room holding `large` messages (bulk-loaded), through the store
// and through the raw keyset query; and the store's p50 at `large` against
// its p50 in a room of `small` messages (cost must not grow with history).
// The three series run in alternating blocks of ten pages (rotating order),
// so load from other processes spreads evenly over them.
// Goals: p50 ≤ 1.2x raw, p99 ≤ 1.5x raw; p50(large) ≤ 1.5x p50(small) on every backend.
import Database from "better-sqlite3";
import { openStore, type Store } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { MEMORY_DURABILITY, SQLITE_DURABILITY } from "../durability.js";
import { HISTORY_ROOM, historyMessageId, memoryHistory, postgresHistory, sqliteHistory } from "../fixtures/history.js";
import { random } from "../fixtures/messages.js";
import { configureRawSqlite } from "../raw/sqlite-append.js";
import { rawPostgres } from "../raw/postgres-append.js";
import { rawPostgresPage, rawSqlitePage, type RawPage } from "../raw/page.js";
import { latencies, fmtInt, tick } from "../stats.js";

type Read = (before: string) => Promise<unknown>;

interface Series {
  large: number[];
  raw: number[];
  small: number[];
}

function storeRead(store: Store, limit: number, count: number, ctx: BenchContext, label: string): Read {
  let checked = false;
  return async (before) => {
    const page = await store.listMessages({ kind: "room", roomId: HISTORY_ROOM }, { limit, before });
    if (!checked) {
      // Once per series: the page is the `limit` messages just older than the cursor, oldest first.
      checked = true;
      const n = Number(before.slice(2));
      const expected = historyMessageId(n - limit);
      if (
        page.items.length !== limit ||
        page.items[0]?.id !== expected ||
        page.items[limit - 1]?.id !== historyMessageId(n - 1) ||
        !page.hasMore
      ) {
        ctx.error(
          `page/${label}: wrong page before ${before} in ${fmtInt(count)} messages (first ${page.items[0]?.id}, expected ${expected})`,
        );
      }
    }
    return page;
  };
}

function rawRead(raw: RawPage, limit: number): Read {
  return async (before) => raw(HISTORY_ROOM, before, limit);
}

/** Pages read back to back by one series before the next series runs: long enough for a warm steady state, short enough to spread noise. */
const BLOCK = 10;

async function measure(
  ctx: BenchContext,
  reads: { large: Read; raw: Read | null; small: Read },
  counts: { large: number; small: number },
): Promise<Series> {
  const { pages, warmup, limit } = ctx.sizes.page;
  const pick = random(99);
  const cursor = (count: number) => historyMessageId(limit + 1 + Math.floor(pick() * (count - limit - 1)));
  const series: Series = { large: [], raw: [], small: [] };
  const kinds = (["large", "raw", "small"] as const).filter((k) => reads[k] !== null);
  const blocks = Math.ceil((warmup + pages) / BLOCK);
  for (let b = 0; b < blocks; b++) {
    // The same cursors for the store and the raw query over the big room.
    const deep = Array.from({ length: BLOCK }, () => cursor(counts.large));
    const shallow = Array.from({ length: BLOCK }, () => cursor(counts.small));
    for (let j = 0; j < kinds.length; j++) {
      const kind = kinds[(b + j) % kinds.length]!;
      const read = reads[kind]!;
      for (let i = 0; i < BLOCK; i++) {
        const before = kind === "small" ? shallow[i]! : deep[i]!;
        const t = performance.now();
        await read(before);
        const ms = performance.now() - t;
        if (b * BLOCK + i >= warmup) series[kind].push(ms);
      }
    }
    if (b % 5 === 0) {
      ctx.progress.advance(b / blocks);
      await tick();
    }
  }
  ctx.progress.advance(1);
  return series;
}

function report(
  ctx: BenchContext,
  backend: string,
  settings: string,
  series: Series,
  baselineLabel: string | null,
): void {
  const { large: n, small: m } = ctx.sizes.page;
  const large = latencies(series.large);
  const small = latencies(series.small);
  const where = `${fmtInt(n)} msgs`;
  if (baselineLabel) {
    const raw = latencies(series.raw);
    ctx.row({
      scenario: "page",
      backend,
      settings: `${settings}, ${where}`,
      measure: "page p50",
      figure: large.p50,
      unit: "ms",
      baseline: raw.p50,
      baselineLabel,
      goal: { op: "<=", value: 1.2 },
    });
    ctx.row({
      scenario: "page",
      backend,
      settings: `${settings}, ${where}`,
      measure: "page p99",
      figure: large.p99,
      unit: "ms",
      baseline: raw.p99,
      baselineLabel,
      goal: { op: "<=", value: 1.5 },
    });
  }
  ctx.row({
    scenario: "page",
    backend,
    settings: `${settings}, ${where} vs ${fmtInt(m)}`,
    measure: "p50 growth",
    figure: large.p50,
    unit: "ms",
    baseline: small.p50,
    baselineLabel: `store at ${fmtInt(m)} msgs`,
    goal: { op: "<=", value: 1.5 },
  });
  ctx.progress.result(
    "page",
    `${backend}: store p50 ${large.p50.toFixed(3)} ms p99 ${large.p99.toFixed(3)} ms at ${fmtInt(n)}; p50 ${small.p50.toFixed(3)} ms at ${fmtInt(m)}` +
      (baselineLabel
        ? `; raw p50 ${latencies(series.raw).p50.toFixed(3)} ms p99 ${latencies(series.raw).p99.toFixed(3)} ms`
        : ""),
  );
}

export async function pageScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  await sqlitePages(ctx);
  await postgresPages(ctx);
  await memoryPages(ctx);
}

async function sqlitePages(ctx: BenchContext): Promise<void> {
  const { large, small, limit } = ctx.sizes.page;
  ctx.progress.step("page", `sqlite: bulk-loading ${fmtInt(large)} messages (raw driver, 25,000 per transaction)`);
  const largePath = await sqliteHistory(ctx, large);
  ctx.progress.step("page", `sqlite: bulk-loading ${fmtInt(small)} messages`);
  const smallPath = await sqliteHistory(ctx, small);
  const storeLarge = await openStore({ kind: "sqlite", path: largePath });
  const storeSmall = await openStore({ kind: "sqlite", path: smallPath });
  const raw = new Database(largePath);
  configureRawSqlite(raw, "NORMAL", 1000);
  try {
    ctx.progress.step("page", `sqlite: ${fmtInt(ctx.sizes.page.pages)} pages each, store vs raw better-sqlite3`);
    const series = await measure(
      ctx,
      {
        large: storeRead(storeLarge, limit, large, ctx, "sqlite"),
        raw: rawRead(rawSqlitePage(raw), limit),
        small: storeRead(storeSmall, limit, small, ctx, "sqlite small"),
      },
      { large, small },
    );
    report(ctx, "sqlite", "synchronous=NORMAL", series, "raw better-sqlite3");
  } finally {
    raw.close();
    await storeLarge.close();
    await storeSmall.close();
  }
}

async function postgresPages(ctx: BenchContext): Promise<void> {
  const { large, small, limit } = ctx.sizes.page;
  ctx.progress.step("page", `postgres: bulk-loading ${fmtInt(large)} messages (COPY, then ANALYZE)`);
  const largeDsn = await postgresHistory(ctx, large);
  ctx.progress.step("page", `postgres: bulk-loading ${fmtInt(small)} messages`);
  const smallDsn = await postgresHistory(ctx, small);
  const pg = await ctx.postgres();
  const storeLarge = await openStore({ kind: "postgres", dsn: largeDsn, maxConnections: 1 });
  const storeSmall = await openStore({ kind: "postgres", dsn: smallDsn, maxConnections: 1 });
  const sql = rawPostgres(largeDsn, 1);
  try {
    ctx.progress.step("page", `postgres: ${fmtInt(ctx.sizes.page.pages)} pages each, store vs raw postgres.js`);
    const series = await measure(
      ctx,
      {
        large: storeRead(storeLarge, limit, large, ctx, "postgres"),
        raw: rawRead(rawPostgresPage(sql), limit),
        small: storeRead(storeSmall, limit, small, ctx, "postgres small"),
      },
      { large, small },
    );
    report(ctx, "postgres", "one connection", series, "raw postgres.js");
  } finally {
    await sql.end({ timeout: 5 });
    await storeLarge.close();
    await storeSmall.close();
    await pg.dropDatabase(largeDsn);
    await pg.dropDatabase(smallDsn);
  }
}

async function memoryPages(ctx: BenchContext): Promise<void> {
  ctx.durability(MEMORY_DURABILITY);
  const { large, small, limit } = ctx.sizes.page;
  ctx.progress.step("page", `memory: appending ${fmtInt(large)} messages through the store`);
  const storeLarge = await memoryHistory(ctx, large);
  ctx.progress.step("page", `memory: appending ${fmtInt(small)} messages`);
  const storeSmall = await memoryHistory(ctx, small);
  try {
    ctx.progress.step("page", `memory: ${fmtInt(ctx.sizes.page.pages)} pages each`);
    const series = await measure(
      ctx,
      {
        large: storeRead(storeLarge, limit, large, ctx, "memory"),
        raw: null,
        small: storeRead(storeSmall, limit, small, ctx, "memory small"),
      },
      { large, small },
    );
    report(ctx, "memory", "in process", series, null);
  } finally {
    await storeLarge.close();
    await storeSmall.close();
  }
}

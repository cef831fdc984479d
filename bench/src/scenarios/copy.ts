// Scenario 7, copy: `moltnet copy` between backends against the raw drivers'
// bulk paths in the same run (raw/copy-bulk.ts: the messages table alone,
// better-sqlite3 prepared inserts in large transactions, postgres.js COPY).
// Each copy runs in its own process (copy-child.ts) and is timed end to end,
// verification included; the note gives the rate before verification.
// Goals: each copy at least 0.5x the raw rate; the copy of the page
// scenario's large history (1,000,000 messages in the full run) under 200 MB RSS.
import { execFile } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { copyStore, openStore } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { benchRoom } from "../fixtures/messages.js";
import { HISTORY_ROOM, sqliteHistory } from "../fixtures/history.js";
import { rawJsonToSqlite, rawPostgresToSqlite, rawSqliteToPostgres } from "../raw/copy-bulk.js";
import { fmtInt } from "../stats.js";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("../copy-child.js", import.meta.url));

interface ChildReport {
  ok: boolean;
  messages: number;
  written: number;
  copyMs: number;
  totalMs: number;
  maxRssKb: number;
}

async function childCopy(from: string, to: string): Promise<ChildReport> {
  const { stdout } = await run(process.execPath, [CHILD, from, to], { maxBuffer: 1 << 20 });
  const report = JSON.parse(stdout.trim().split("\n").pop()!) as ChildReport;
  if (!report.ok) throw new Error(`copy ${from} -> ${to} did not verify`);
  return report;
}

/** A migrated, empty SQLite database (with the history room when the raw path needs it). */
async function sqliteTarget(path: string, withRoom: boolean): Promise<string> {
  const store = await openStore({ kind: "sqlite", path });
  if (withRoom) await store.createRoom(benchRoom(HISTORY_ROOM, "2025-12-31T23:59:59Z" as never));
  await store.close();
  return path;
}

async function postgresTarget(ctx: BenchContext, label: string, withRoom: boolean): Promise<string> {
  const dsn = await (await ctx.postgres()).createDatabase(label);
  const store = await openStore({ kind: "postgres", dsn });
  if (withRoom) await store.createRoom(benchRoom(HISTORY_ROOM, "2025-12-31T23:59:59Z" as never));
  await store.close();
  return dsn;
}

export async function copyScenario(ctx: BenchContext): Promise<void> {
  const n = ctx.sizes.copy.messages;
  ctx.progress.step("copy", `preparing a SQLite history of ${fmtInt(n)} messages and its JSON snapshot`);
  const sqliteSource = await sqliteHistory(ctx, n);
  const jsonSource = join(ctx.dir, `copy-source-${n}.json`);
  await copyStore(`sqlite:${sqliteSource}`, `json:${jsonSource}`);

  const pairs: { label: string; raw: () => Promise<number>; copy: () => Promise<ChildReport>; rawLabel: string }[] = [];
  let pgCopy = "";
  pairs.push({
    label: "json -> sqlite",
    rawLabel: "JSON.parse + better-sqlite3 bulk",
    raw: async () => rawJsonToSqlite(jsonSource, await sqliteTarget(join(ctx.dir, "raw-json.db"), true)),
    copy: () => childCopy(`json:${jsonSource}`, `sqlite:${join(ctx.dir, "copy-json.db")}`),
  });
  pairs.push({
    label: "sqlite -> postgres",
    rawLabel: "better-sqlite3 read + postgres.js COPY",
    raw: async () => rawSqliteToPostgres(sqliteSource, await postgresTarget(ctx, "copy_raw", true)),
    copy: async () => {
      pgCopy = await (await ctx.postgres()).createDatabase("copy_store");
      return childCopy(`sqlite:${sqliteSource}`, pgCopy);
    },
  });
  pairs.push({
    label: "postgres -> sqlite",
    rawLabel: "postgres.js cursor + better-sqlite3 bulk",
    raw: async () => rawPostgresToSqlite(pgCopy, await sqliteTarget(join(ctx.dir, "raw-pg.db"), true)),
    copy: () => childCopy(pgCopy, `sqlite:${join(ctx.dir, "copy-pg.db")}`),
  });

  for (const [i, pair] of pairs.entries()) {
    ctx.progress.step("copy", `${pair.label}: raw bulk path, then moltnet copy`);
    const started = performance.now();
    const rawCount = await pair.raw();
    const rawRate = rawCount / ((performance.now() - started) / 1000);
    const report = await pair.copy();
    const rate = report.messages / (report.totalMs / 1000);
    ctx.row({
      scenario: "copy",
      backend: pair.label,
      settings: `${fmtInt(report.messages)} msgs, verified`,
      measure: "copy rate (msgs/s)",
      figure: rate,
      unit: "msgs/s",
      baseline: rawRate,
      baselineLabel: pair.rawLabel,
      goal: { op: ">=", value: 0.5 },
      note: `before verification ${fmtInt(Math.round(report.messages / (report.copyMs / 1000)))} msgs/s; peak RSS ${Math.round(report.maxRssKb / 1024)} MB`,
    });
    ctx.progress.advance((i + 1) / (pairs.length + 1));
  }

  const large = ctx.sizes.page.large;
  ctx.progress.step("copy", `peak RSS of copying ${fmtInt(large)} messages sqlite -> sqlite`);
  const largeSource = await sqliteHistory(ctx, large);
  const big = await childCopy(`sqlite:${largeSource}`, `sqlite:${join(ctx.dir, "copy-large.db")}`);
  const mb = big.maxRssKb / 1024;
  ctx.row({
    scenario: "copy",
    backend: "sqlite -> sqlite",
    settings: `${fmtInt(big.messages)} msgs`,
    measure: "peak RSS (MB)",
    figure: mb,
    unit: "MB",
    baseline: null,
    baselineLabel: "—",
    ratio: mb,
    goal: { op: "<=", value: 200 },
    note: `ratio column is the RSS in MB; ${fmtInt(Math.round(big.messages / (big.totalMs / 1000)))} msgs/s end to end`,
  });
  ctx.progress.advance(1);
}

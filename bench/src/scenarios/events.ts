// Scenario 7, events: the cost and reach of the stored event log (issue 8).
// - append: messages appended with their message.created event stored in the
//   same transaction, against the same store appending without events (what a
//   log kept in process memory costs the store: nothing). SQLite NORMAL, and
//   Postgres at concurrency 16. Goal ≥ 0.85x.
// - cross-server: two servers on one Postgres; POSTs go to A at a fixed rate,
//   one SSE client reads B; latency from A's 202 (the event is committed) until
//   the event arrives on B's stream (0 when it arrived first). Goal p99 ≤ 100 ms.
// - http (when MOLTNET_BENCH_PREVIOUS names the root of a built checkout of
//   the previous commit): POST /v1/messages against this build and that one,
//   same load, runs alternating; the issue's own measure of the log's cost
//   (the previous commit kept events in memory only). SQLite and Postgres. Goal ≥ 0.85x.
// - replay: a server started on a SQLite log of N events; one client replays
//   from the first. Time to the last event (info) and the server's RSS growth
//   while replaying (goal < 50 MB).
import { randomUUID } from "node:crypto";
import { Agent } from "node:http";
import { join } from "node:path";
import { MonotonicClock, openStore, type Message, type NewEvent, type Store } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { SQLITE_DURABILITY } from "../durability.js";
import { benchRoom, mixedMessages, ROOM_IDS } from "../fixtures/messages.js";
import { compareRates, describeRate, type Side } from "../rates.js";
import { startMoltnet, type ChildServer } from "../server/process.js";
import { load, POST_BODY, postBenchMessage } from "../server/load.js";
import { openStream, pacedPostLatency } from "../server/stream-latency.js";
import { fmtInt, percentile, sleep } from "../stats.js";

/** The event a message append stores, shaped like the server's (wire JSON of the whole event). */
function messageEvent(message: Message): NewEvent {
  const id = `evt_${randomUUID()}`;
  const data = JSON.stringify({
    id,
    type: "message.created",
    network_id: message.network_id,
    message,
    created_at: message.created_at,
  });
  return { id, type: "message.created", data };
}

async function createRooms(store: Store): Promise<void> {
  const clock = new MonotonicClock();
  for (const id of ROOM_IDS) await store.createRoom(benchRoom(id, clock.now()));
}

export async function eventsScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  await appendWithLog(ctx, "sqlite", 1);
  await appendWithLog(ctx, "postgres", 16);
  const previous = process.env.MOLTNET_BENCH_PREVIOUS?.trim();
  if (previous) {
    await postVsPrevious(ctx, previous, "sqlite");
    await postVsPrevious(ctx, previous, "postgres");
  } else ctx.progress.warn("events", "MOLTNET_BENCH_PREVIOUS not set: no POST comparison with the previous build");
  await crossServer(ctx);
  await replay(ctx);
}

async function postVsPrevious(ctx: BenchContext, previousRoot: string, backend: "sqlite" | "postgres"): Promise<void> {
  const { seconds, connections } = ctx.sizes.http;
  ctx.progress.step(
    "events",
    `${backend}: POST /v1/messages, this build vs the previous one (${connections} connections)`,
  );
  const pg = backend === "postgres" ? await ctx.postgres() : null;
  const dsns: string[] = [];
  const storage = async (name: string) => {
    if (!pg) return { kind: "sqlite" as const, path: join(ctx.dir, `events-http-${name}`, "moltnet.db") };
    const dsn = await pg.createDatabase(`events_http_${name}`);
    dsns.push(dsn);
    return { kind: "postgres" as const, dsn };
  };
  let ours: ChildServer | null = null;
  let prev: ChildServer | null = null;
  try {
    ours = await startMoltnet(ctx.root, join(ctx.dir, `events-http-ours-${backend}`), await storage("ours"));
    prev = await startMoltnet(previousRoot, join(ctx.dir, `events-http-prev-${backend}`), await storage("prev"));
    const post = (target: ChildServer, s: number) =>
      load({ url: `${target.url}/v1/messages`, method: "POST", body: POST_BODY, connections, seconds: s });
    await post(ours, Math.max(0.5, seconds / 5));
    await post(prev, Math.max(0.5, seconds / 5));
    const totals = { ours: { requests: 0, seconds: 0, errors: 0 }, prev: { requests: 0, seconds: 0, errors: 0 } };
    const rounds = 4;
    for (let r = 0; r < rounds; r++) {
      // ABBA: neither build always runs second.
      const order: Array<"ours" | "prev"> = r % 2 === 0 ? ["ours", "prev"] : ["prev", "ours"];
      for (const side of order) {
        const result = await post(side === "ours" ? ours : prev, seconds / 2);
        totals[side].requests += result.requests;
        totals[side].seconds += result.requests / Math.max(result.rate, 1e-9);
        totals[side].errors += result.errors;
      }
    }
    for (const side of ["ours", "prev"] as const) {
      if (totals[side].errors > 0)
        ctx.error(`events/http ${backend} ${side}: ${fmtInt(totals[side].errors)} requests failed`);
    }
    const rate = (t: { requests: number; seconds: number }) => t.requests / t.seconds;
    ctx.row({
      scenario: "events",
      backend,
      settings: `${connections} connections, ${rounds} alternating runs of ${seconds / 2} s`,
      measure: "POST /v1/messages with the stored log",
      figure: rate(totals.ours),
      unit: "req/s",
      baseline: rate(totals.prev),
      baselineLabel: "previous build, events in memory",
      goal: { op: ">=", value: 0.85 },
    });
    ctx.progress.result(
      "events",
      `${backend} POST: this build ${fmtInt(rate(totals.ours))}/s, previous ${fmtInt(rate(totals.prev))}/s`,
    );
  } finally {
    await ours?.stop();
    await prev?.stop();
    for (const dsn of dsns) await pg!.dropDatabase(dsn);
  }
}

async function appendWithLog(ctx: BenchContext, backend: "sqlite" | "postgres", concurrency: number): Promise<void> {
  ctx.progress.step("events", `${backend}: appends with the stored event log vs without`);
  const pg = backend === "postgres" ? await ctx.postgres() : null;
  const dsns: string[] = [];
  const open = async (name: string): Promise<Store> => {
    if (!pg) return openStore({ kind: "sqlite", path: join(ctx.dir, `events-${name}.db`) });
    const dsn = await pg.createDatabase(`events_${name}`);
    dsns.push(dsn);
    return openStore({ kind: "postgres", dsn, maxConnections: concurrency });
  };
  const withLog = await open("log");
  const without = await open("nolog");
  try {
    await createRooms(withLog);
    await createRooms(without);
    const sides = {
      ours: {
        label: "with log",
        take: mixedMessages("m", 17).take,
        append: (m) => withLog.appendMessage(m, () => [messageEvent(m)]),
      } satisfies Side,
      raw: {
        label: "no log",
        take: mixedMessages("m", 17).take,
        append: (m) => without.appendMessage(m),
      } satisfies Side,
    };
    const { ours, raw } = await compareRates(sides, ctx.sizes.append, concurrency, ctx.progress);
    const settings =
      backend === "sqlite" ? "synchronous=NORMAL (WAL)" : `concurrency ${concurrency}, pool ${concurrency}`;
    ctx.row({
      scenario: "events",
      backend,
      settings,
      measure: "append rate with the stored log",
      figure: ours.rate,
      unit: "msg/s",
      baseline: raw!.rate,
      baselineLabel: "same store, events not stored",
      goal: { op: ">=", value: 0.85 },
    });
    ctx.progress.result(
      "events",
      `${backend} ${settings}: with log ${describeRate(ours)}; without ${describeRate(raw!)}`,
    );
  } finally {
    await withLog.close();
    await without.close();
    for (const dsn of dsns) await pg!.dropDatabase(dsn);
  }
}

/** A minimal SSE reader: calls `onEvent(id)` per frame; `close()` ends it. */
async function crossServer(ctx: BenchContext): Promise<void> {
  const { rate, seconds } = ctx.sizes.events;
  ctx.progress.step("events", `postgres: two servers, ${rate} POST/s to A for ${seconds} s, one SSE client on B`);
  const pg = await ctx.postgres();
  const dsn = await pg.createDatabase("events_cross");
  let a: ChildServer | null = null;
  let b: ChildServer | null = null;
  const agent = new Agent({ keepAlive: true, maxSockets: 32 });
  try {
    a = await startMoltnet(ctx.root, join(ctx.dir, "events-a"), { kind: "postgres", dsn });
    b = await startMoltnet(ctx.root, join(ctx.dir, "events-b"), { kind: "postgres", dsn });
    const arrived = new Map<string, number>();
    const stream = await openStream(`${b.url}/v1/events/stream`, null, (id) => arrived.set(id, performance.now()));
    // Warm-up, not measured.
    for (let i = 0; i < 50; i++) await postBenchMessage(agent, a.url);
    const total = Math.round(rate * seconds);
    // Measured from A's answer: the event is committed by then.
    const { achieved, errors, missing, latencies } = await pacedPostLatency({
      agent,
      base: a.url,
      rate,
      total,
      arrived,
      waitMs: 10_000,
    });
    stream.close();
    if (errors > 0) ctx.error(`events/cross-server: ${fmtInt(errors)} of ${fmtInt(total)} POSTs failed`);
    if (missing > 0) ctx.error(`events/cross-server: ${fmtInt(missing)} events never reached server B's stream`);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    ctx.row({
      scenario: "events",
      backend: "postgres",
      settings: `two servers, ${fmtInt(rate)} POST/s to A (achieved ${fmtInt(achieved)}), SSE on B`,
      measure: "A's commit to B's stream p99",
      figure: p99,
      unit: "ms",
      baseline: 100,
      baselineLabel: "goal",
      ratio: p99 / 100,
      goal: { op: "<=", value: 1 },
      note: `p50 ${p50.toFixed(1)} ms`,
    });
    ctx.progress.result(
      "events",
      `cross-server: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms over ${fmtInt(latencies.length)} events at ${fmtInt(achieved)} POST/s`,
    );
  } finally {
    agent.destroy();
    await a?.stop();
    await b?.stop();
    await pg.dropDatabase(dsn);
  }
}

async function replay(ctx: BenchContext): Promise<void> {
  const n = ctx.sizes.events.replay;
  ctx.progress.step("events", `sqlite: replay of ${fmtInt(n)} events after a restart`);
  const path = join(ctx.dir, "events-replay", "moltnet.db");
  const store = await openStore({ kind: "sqlite", path });
  const messages = mixedMessages("r", 23);
  let firstId = "";
  let lastId = "";
  for (let done = 0; done < n; done += 1000) {
    const batch = messages.take(Math.min(1000, n - done)).map(messageEvent);
    firstId ||= batch[0]!.id;
    lastId = batch[batch.length - 1]!.id;
    await store.events.append(batch);
  }
  await store.close();
  const server = await startMoltnet(ctx.root, join(ctx.dir, "events-replay-server"), { kind: "sqlite", path });
  try {
    await sleep(300);
    const before = server.rssBytes();
    let peak = before;
    let count = 0;
    let finish!: () => void;
    const last = new Promise<void>((r) => (finish = r));
    const start = performance.now();
    let done = false;
    const stream = await openStream(`${server.url}/v1/events/stream`, firstId, (id) => {
      // Counted up to the log's last replayed event (the server's own boot adds a room.created after it).
      if (done) return;
      count++;
      if (id === lastId) {
        done = true;
        finish();
      }
    });
    const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes())), 20);
    const timeout = sleep(120_000).then(() => "timeout" as const);
    const outcome = await Promise.race([last.then(() => "done" as const), timeout]);
    const ms = performance.now() - start;
    clearInterval(sampler);
    peak = Math.max(peak, server.rssBytes());
    stream.close();
    if (outcome !== "done" || count !== n - 1)
      ctx.error(`events/replay: received ${fmtInt(count)} of ${fmtInt(n - 1)} events`);
    const growthMb = (peak - before) / (1024 * 1024);
    const base = { scenario: "events", backend: "sqlite", settings: `${fmtInt(n)} events, after a restart` };
    ctx.row({
      ...base,
      measure: "replay: time to the last event",
      figure: ms / 1000,
      unit: "s",
      baseline: null,
      baselineLabel: "",
      goal: null,
      note: `${fmtInt(Math.round((count / ms) * 1000))} events/s`,
    });
    ctx.row({
      ...base,
      measure: "replay: server RSS growth",
      figure: growthMb,
      unit: "MB",
      baseline: 50,
      baselineLabel: "goal",
      ratio: growthMb / 50,
      goal: { op: "<=", value: 1 },
    });
    ctx.progress.result(
      "events",
      `replay: ${fmtInt(count)} events in ${(ms / 1000).toFixed(2)} s, RSS +${growthMb.toFixed(1)} MB`,
    );
  } finally {
    await server.stop();
  }
}

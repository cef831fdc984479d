// Scenario 8, attach: the native attachment protocol (issue 9), SQLite server.
// - fan-out: N agents attached over /v1/attach (each ACKs every EVENT, as
//   bridges do); messages POSTed one at a time; latency from sending the POST
//   until the message's EVENT reaches each agent. Goal p99 ≤ 50 ms.
// - idle: M attachments opened and left idle (answering PINGs); the server's
//   RSS growth over the same server with none. Goal ≤ 100 MB.
import { Agent } from "node:http";
import { join } from "node:path";
import WebSocket from "ws";
import type { BenchContext } from "../context.js";
import { SQLITE_DURABILITY } from "../durability.js";
import { startMoltnet, type ChildServer } from "../server/process.js";

const ATTACH_LIMITS = { server: { max_connections: 8_192, max_connections_per_address: 4_096 } };
import { postBenchMessage } from "../server/load.js";
import { fmtInt, percentile, sleep } from "../stats.js";

interface Attached {
  ws: WebSocket;
  close(): void;
}

/** Attaches `agentId` and resolves after READY; `onMessage(id)` is called per message.created EVENT. */
function attachAgent(base: string, agentId: string, onMessage: (messageId: string) => void): Promise<Attached> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${base.replace("http", "ws")}/v1/attach`);
    let ready = false;
    ws.on("message", (data) => {
      const frame = JSON.parse(data.toString()) as {
        op: string;
        cursor?: string;
        event?: { type: string; message?: { id: string } };
      };
      switch (frame.op) {
        case "HELLO":
          ws.send(
            JSON.stringify({
              op: "IDENTIFY",
              version: "moltnet.attach.v1",
              network_id: "bench",
              agent: { id: agentId },
            }),
          );
          return;
        case "READY":
          ready = true;
          resolve({ ws, close: () => ws.close() });
          return;
        case "PING":
          ws.send(JSON.stringify({ op: "PONG" }));
          return;
        case "EVENT":
          ws.send(JSON.stringify({ op: "ACK", cursor: frame.cursor }));
          if (frame.event?.type === "message.created" && frame.event.message) onMessage(frame.event.message.id);
          return;
        case "ERROR":
          if (!ready) reject(new Error(`attach ${agentId}: ${data.toString()}`));
      }
    });
    ws.on("error", (err) => {
      if (!ready) reject(err);
    });
  });
}

export async function attachScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  await fanOut(ctx);
  await idle(ctx);
}

async function fanOut(ctx: BenchContext): Promise<void> {
  const { agents, messages } = ctx.sizes.attach;
  ctx.progress.step("attach", `sqlite: ${fmtInt(messages)} messages to ${fmtInt(agents)} attached agents`);
  let server: ChildServer | null = null;
  const attached: Attached[] = [];
  const httpAgent = new Agent({ keepAlive: true, maxSockets: 4 });
  try {
    server = await startMoltnet(
      ctx.root,
      join(ctx.dir, "attach-fanout"),
      { kind: "sqlite", path: join(ctx.dir, "attach-fanout", "moltnet.db") },
      // Every attachment comes from this one address; the default cap (64 per address) would refuse the rest.
      ATTACH_LIMITS,
    );
    // message id → arrival times (one per agent)
    const arrivals = new Map<string, number[]>();
    for (let i = 0; i < agents; i++) {
      attached.push(
        await attachAgent(server.url, `agent-${i}`, (id) => {
          const list = arrivals.get(id) ?? [];
          list.push(performance.now());
          arrivals.set(id, list);
        }),
      );
    }
    const latencies: number[] = [];
    let missing = 0;
    for (let i = 0; i < messages + 10; i++) {
      const sentAt = performance.now();
      const id = await postBenchMessage(httpAgent, server.url).then((ids) => ids.message_id);
      // Bounded wait for every agent to get it (10 s), then the next message.
      const deadline = performance.now() + 10_000;
      while ((arrivals.get(id)?.length ?? 0) < agents && performance.now() < deadline) await sleep(1);
      const got = arrivals.get(id) ?? [];
      if (i < 10) continue; // warm-up
      missing += agents - got.length;
      for (const at of got) latencies.push(at - sentAt);
    }
    if (missing > 0) ctx.error(`attach/fan-out: ${fmtInt(missing)} deliveries never arrived`);
    latencies.sort((a, b) => a - b);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    ctx.row({
      scenario: "attach",
      backend: "sqlite",
      settings: `${fmtInt(agents)} attached agents, one message at a time`,
      measure: "POST to every agent's EVENT p99",
      figure: p99,
      unit: "ms",
      baseline: 50,
      baselineLabel: "goal",
      ratio: p99 / 50,
      goal: { op: "<=", value: 1 },
      note: `p50 ${p50.toFixed(1)} ms over ${fmtInt(latencies.length)} deliveries`,
    });
    ctx.progress.result("attach", `fan-out: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms`);
  } finally {
    for (const a of attached) a.close();
    httpAgent.destroy();
    await server?.stop();
  }
}

async function idle(ctx: BenchContext): Promise<void> {
  const n = ctx.sizes.attach.idle;
  ctx.progress.step("attach", `sqlite: RSS of ${fmtInt(n)} idle attachments`);
  let server: ChildServer | null = null;
  const attached: Attached[] = [];
  try {
    server = await startMoltnet(
      ctx.root,
      join(ctx.dir, "attach-idle"),
      { kind: "sqlite", path: join(ctx.dir, "attach-idle", "moltnet.db") },
      // Every attachment comes from this one address; the default cap (64 per address) would refuse the rest.
      ATTACH_LIMITS,
    );
    // Warm the server (JIT, pools) with one attachment, then measure from there.
    const first = await attachAgent(server.url, "warm", () => {});
    first.close();
    await sleep(1000);
    const before = server.rssBytes();
    // Opened in batches of 50 so the handshakes do not all queue at once.
    for (let i = 0; i < n; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, n - i) }, (_, j) => attachAgent(server!.url, `idle-${i + j}`, () => {})),
      );
      attached.push(...batch);
    }
    // Two heartbeat periods: every attachment has had PINGs and presence refreshes.
    await sleep(6000);
    const after = server.rssBytes();
    const mb = (after - before) / (1024 * 1024);
    ctx.row({
      scenario: "attach",
      backend: "sqlite",
      settings: `${fmtInt(n)} idle attachments (PING/PONG, presence refreshed)`,
      measure: "extra server RSS",
      figure: mb,
      unit: "MiB",
      baseline: 100,
      baselineLabel: "goal",
      ratio: mb / 100,
      goal: { op: "<=", value: 1 },
      note: `${((after - before) / n / 1024).toFixed(1)} KiB per attachment`,
    });
    ctx.progress.result("attach", `idle: ${mb.toFixed(1)} MiB for ${fmtInt(n)} attachments`);
  } finally {
    for (const a of attached) a.close();
    await server?.stop();
  }
}

// Scenario 11, relay: the outbound pairing relay between two paired servers
// (issue 16), SQLite on both. A is paired with B.
// - throughput: `backlog` messages are posted to A while B is down; B starts;
//   from the moment A sees B connected until A's relay lag is 0, messages
//   relayed per second (each one POST /v1/messages to B, answered after B
//   committed it). Goal: ≥ 200/s, the live rate below.
// - lag: both up, `rate` POST/s to A; for each message, the time from A's 202
//   until the relayed message's event is on B's stream. Goal: p99 ≤ 1 s.
import { Agent, request } from "node:http";
import { join } from "node:path";
import { freePort } from "@moltnet/local-postgres";
import type { BenchContext } from "../context.js";
import { startMoltnet, type ChildServer } from "../server/process.js";
import { postBenchMessage } from "../server/load.js";
import { openStream, pacedPostLatency } from "../server/stream-latency.js";
import { fmtInt, percentile, sleep } from "../stats.js";

/** GET url: the body of a 200, else null. */
function getText(url: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (c: string) => (body += c));
      res.on("end", () => resolve(res.statusCode === 200 ? body : null));
    })
      .on("error", reject)
      .end();
  });
}

async function relayLag(a: ChildServer): Promise<number> {
  const text = (await getText(`${a.url}/metrics`)) ?? "";
  const line = text.split("\n").find((l) => l.startsWith('moltnet_relay_lag_events{pairing="link_b"}'));
  return line ? Number(line.slice(line.lastIndexOf(" ") + 1)) : Number.NaN;
}

async function statusOf(a: ChildServer): Promise<string> {
  const text = await getText(`${a.url}/v1/pairings`).catch(() => null);
  const body = text ? (JSON.parse(text) as { pairings?: { status?: string }[] }) : null;
  return body?.pairings?.[0]?.status ?? "";
}

async function until(what: string, probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await probe())) {
    if (performance.now() > deadline) throw new Error(`relay: timed out waiting for ${what}`);
    await sleep(10);
  }
}

export async function relayScenario(ctx: BenchContext): Promise<void> {
  const { backlog, rate, seconds } = ctx.sizes.relay;
  ctx.progress.step(
    "relay",
    `sqlite: relay of a ${fmtInt(backlog)}-message backlog, then ${rate} POST/s for ${seconds} s`,
  );
  const portB = await freePort();
  const pairing = (id: string, port: number) => ({
    pairings: [{ id, remote_network_id: "bench", remote_base_url: `http://127.0.0.1:${port}` }],
    // Re-check a failed remote often, so the throughput figure measures the relay, not the backoff.
    server: { pairing_check_interval_ms: 200 },
  });
  let a: ChildServer | null = null;
  let b: ChildServer | null = null;
  const agent = new Agent({ keepAlive: true, maxSockets: 16 });
  const startB = () =>
    startMoltnet(
      ctx.root,
      join(ctx.dir, "relay-b"),
      { kind: "sqlite", path: join(ctx.dir, "relay-b", "moltnet.db") },
      {},
      portB,
    );
  try {
    // Both networks are "bench" (the bench room and agent are declared alike); A expects that id at B's port.
    a = await startMoltnet(
      ctx.root,
      join(ctx.dir, "relay-a"),
      { kind: "sqlite", path: join(ctx.dir, "relay-a", "moltnet.db") },
      pairing("link_b", portB),
    );
    for (let i = 0; i < backlog; i += 50)
      await Promise.all(Array.from({ length: Math.min(50, backlog - i) }, () => postBenchMessage(agent, a!.url)));
    await until("the backlog counted", async () => (await relayLag(a!)) >= backlog, 10_000);
    b = await startB();
    await until("B connected", async () => (await statusOf(a!)) === "connected", 30_000);
    const started = performance.now();
    await until("the backlog relayed", async () => (await relayLag(a!)) === 0, 600_000);
    const perSecond = backlog / ((performance.now() - started) / 1000);
    ctx.row({
      scenario: "relay",
      backend: "sqlite",
      settings: `backlog of ${fmtInt(backlog)} messages, one relayer, loopback`,
      measure: "relayed messages/s",
      figure: perSecond,
      unit: "msg/s",
      baseline: rate,
      baselineLabel: "goal",
      ratio: perSecond / rate,
      goal: { op: ">=", value: 1 },
    });
    ctx.progress.result("relay", `backlog: ${fmtInt(perSecond)} messages/s`);

    const arrived = new Map<string, number>();
    const stream = await openStream(`${b.url}/v1/events/stream`, null, (id) => arrived.set(id, performance.now()));
    const total = Math.round(rate * seconds);
    let maxLag = 0;
    const { achieved, errors, missing, latencies } = await pacedPostLatency({
      agent,
      base: a.url,
      rate,
      total,
      arrived,
      waitMs: 15_000,
      // Once a second, A's relay lag (events behind).
      everySecond: () => relayLag(a!).then((lag) => void (maxLag = Math.max(maxLag, lag))),
    });
    stream.close();
    if (errors > 0) ctx.error(`relay: ${fmtInt(errors)} of ${fmtInt(total)} POSTs failed`);
    if (missing > 0) ctx.error(`relay: ${fmtInt(missing)} messages never reached the paired server`);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    ctx.row({
      scenario: "relay",
      backend: "sqlite",
      settings: `${fmtInt(rate)} POST/s to A (achieved ${fmtInt(achieved)}), SSE on the paired B`,
      measure: "A's 202 to B's stream p99",
      figure: p99,
      unit: "ms",
      baseline: 1000,
      baselineLabel: "goal",
      ratio: p99 / 1000,
      goal: { op: "<=", value: 1 },
      note: `p50 ${p50.toFixed(1)} ms; relay lag at most ${fmtInt(maxLag)} events`,
    });
    ctx.progress.result("relay", `live: p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max lag ${maxLag} events`);
  } finally {
    agent.destroy();
    await a?.stop();
    await b?.stop();
  }
}

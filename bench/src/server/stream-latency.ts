// Time from a POST's 202 on one server to its event on an SSE stream (the
// same server's, another's on the same database, or a paired network's):
// bench messages posted at a fixed rate, each one's event id matched with
// its arrival on the stream.
import { request, type Agent } from "node:http";
import { postBenchMessage } from "./load.js";
import { sleep } from "../stats.js";

/** An SSE client on `url` calling `onEvent` with each frame's id; resolves once the stream is open. */
export function openStream(
  url: string,
  lastEventId: string | null,
  onEvent: (id: string) => void,
): Promise<{ close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        headers: { Accept: "text/event-stream", ...(lastEventId ? { "Last-Event-ID": lastEventId } : {}) },
        agent: false,
      },
      (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`stream answered ${res.statusCode}`));
          res.resume();
          return;
        }
        res.setEncoding("utf8");
        let buffer = "";
        let opened = false;
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let at: number;
          while ((at = buffer.indexOf("\n\n")) >= 0) {
            const block = buffer.slice(0, at);
            buffer = buffer.slice(at + 2);
            if (!opened && block.startsWith(": stream-open")) {
              opened = true;
              resolve({ close: () => req.destroy() });
            }
            if (block.startsWith("id: ")) onEvent(block.slice(4, block.indexOf("\n")));
          }
        });
      },
    );
    req.on("error", (err) => reject(err));
    req.end();
  });
}

export interface PacedPosts {
  agent: Agent;
  /** Where the POSTs go. */
  base: string;
  /** POSTs per second ... */
  rate: number;
  /** ... this many in all. */
  total: number;
  /** Arrival time (performance.now()) by event id, filled by the stream's handler. */
  arrived: ReadonlyMap<string, number>;
  /** How long to wait, after the last POST, for every event to arrive. */
  waitMs: number;
  /** Called once a second while posting (a gauge to sample). */
  everySecond?: () => Promise<void>;
}

export interface StreamLatency {
  /** POSTs per second actually sent. */
  achieved: number;
  /** POSTs that failed. */
  errors: number;
  /** Accepted messages whose event never arrived. */
  missing: number;
  /** ms from each 202 to its event's arrival (0 when it arrived first), sorted. */
  latencies: number[];
}

export async function pacedPostLatency(spec: PacedPosts): Promise<StreamLatency> {
  const { agent, base, rate, total, arrived } = spec;
  const sent = new Map<string, number>();
  const pending: Promise<void>[] = [];
  let errors = 0;
  const start = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = start + (i * 1000) / rate - performance.now();
    if (wait > 1) await sleep(wait);
    if (spec.everySecond && i % rate === 0) pending.push(spec.everySecond());
    pending.push(
      postBenchMessage(agent, base).then(
        (ids) => void sent.set(ids.event_id, performance.now()),
        () => void errors++,
      ),
    );
  }
  await Promise.all(pending);
  const achieved = total / ((performance.now() - start) / 1000);
  const deadline = performance.now() + spec.waitMs;
  while (performance.now() < deadline && [...sent.keys()].some((id) => !arrived.has(id))) await sleep(20);
  const latencies: number[] = [];
  let missing = 0;
  for (const [id, at] of sent) {
    const got = arrived.get(id);
    if (got === undefined) missing++;
    else latencies.push(Math.max(0, got - at));
  }
  latencies.sort((x, y) => x - y);
  return { achieved, errors, missing, latencies };
}

// The load generator: autocannon, in the bench process, against a child
// server. One call = one run at a fixed number of connections, either for a
// duration or for an exact number of requests.
import { request, type Agent } from "node:http";
import autocannon from "autocannon";
import { BENCH_AGENT, BENCH_ROOM } from "./process.js";

export interface LoadResult {
  /** Requests per second over the run. */
  rate: number;
  requests: number;
  /** Connection errors, timeouts and non-2xx answers. */
  errors: number;
  p50: number;
  p99: number;
}

export interface LoadSpec {
  url: string;
  method?: "GET" | "POST";
  body?: string;
  connections: number;
  /** Seconds, unless `amount` is given. */
  seconds?: number;
  amount?: number;
}

export async function load(spec: LoadSpec): Promise<LoadResult> {
  const result = await autocannon({
    url: spec.url,
    method: spec.method ?? "GET",
    ...(spec.body !== undefined ? { body: spec.body, headers: { "content-type": "application/json" } } : {}),
    connections: spec.connections,
    ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.seconds ?? 5 }),
    timeout: 10,
  });
  const requests = result.requests.total;
  const seconds = result.duration;
  return {
    rate: seconds > 0 ? requests / seconds : 0,
    requests,
    errors: result.errors + result.timeouts + result.non2xx,
    p50: result.latency.p50,
    p99: result.latency.p99,
  };
}

/** A room message without an id (the server assigns one), as an agent would post it. */
export const POST_BODY = JSON.stringify({
  target: { kind: "room", room_id: BENCH_ROOM },
  from: { type: "agent", id: BENCH_AGENT },
  parts: [
    { kind: "text", text: "the store appends each message in one transaction and pages history by created at and id" },
  ],
});

export const HISTORY_PATH = `/v1/rooms/${BENCH_ROOM}/messages?limit=50`;

/** One POST_BODY message over `agent`; resolves with the ids of its 202 answer. */
export function postBenchMessage(agent: Agent, base: string): Promise<{ message_id: string; event_id: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}/v1/messages`,
      { method: "POST", agent, headers: { "content-type": "application/json" } },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => {
          if (res.statusCode !== 202) return reject(new Error(`POST answered ${res.statusCode}`));
          resolve(JSON.parse(body) as { message_id: string; event_id: string });
        });
      },
    );
    req.on("error", reject);
    req.end(POST_BODY);
  });
}

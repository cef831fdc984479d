// SIGTERM under load: 32 keep-alive clients stream POSTs while the server is
// told to stop. Every message the server stored reached its client as a 202
// (no stored message's request was reset), the answers given while draining
// say `Connection: close`, and the process exits 0.
import { Agent, request } from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createRoom, roomMessage } from "../http/fixtures.js";
import { killLeftovers, startServer, type TestServer } from "../http/harness.js";
import { sleep } from "./hostile-clients.js";

let srv: TestServer;
beforeAll(async () => {
  srv = await startServer({ backend: "sqlite" });
}, 60_000);
afterAll(async () => {
  await srv?.dispose();
  killLeftovers();
}, 60_000);

interface Outcome {
  id: string;
  status?: number;
  connection?: string;
  error?: string;
}

function post(agent: Agent, port: number, body: string): Promise<{ status: number; connection: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port,
        path: "/v1/messages",
        method: "POST",
        agent,
        headers: { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on("end", () => resolve({ status: res.statusCode ?? 0, connection: String(res.headers.connection ?? "") }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error("timeout")));
    req.end(body);
  });
}

it("SIGTERM under 32 keep-alive clients: every stored message's 202 reached its client, none reset, exit 0", async () => {
  await createRoom(srv, { id: "drain-room", members: ["alpha"] });
  const port = srv.port;
  const outcomes: Outcome[] = [];

  const client = async (c: number) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 5_000; i++) {
        const id = `d-${c}-${i}`;
        try {
          const { status, connection } = await post(agent, port, JSON.stringify(roomMessage(id, "drain-room")));
          outcomes.push({ id, status, connection });
          if (status !== 202) break;
        } catch (err) {
          outcomes.push({ id, error: (err as NodeJS.ErrnoException).code ?? String(err) });
          break;
        }
      }
    } finally {
      agent.destroy();
    }
  };
  const clients = Array.from({ length: 32 }, (_, c) => client(c));
  await sleep(1_500);
  const sigtermAt = outcomes.length;
  const exit = await srv.stop(30_000);
  await Promise.all(clients);
  expect(exit).toEqual({ code: 0, signal: null });

  await srv.restart();
  const stored = new Set<string>();
  let before: string | undefined;
  for (let page = 0; page < 1_000; page++) {
    const reply = await srv.get(
      `/v1/rooms/drain-room/messages?limit=500${before ? `&before=${encodeURIComponent(before)}` : ""}`,
    );
    expect(reply.status).toBe(200);
    for (const m of reply.body.messages as { id: string }[]) stored.add(m.id);
    if (!reply.body.page?.has_more) break;
    before = reply.body.page.next_before;
  }

  const acked = outcomes.filter((o) => o.status === 202).map((o) => o.id);
  const failed = outcomes.filter((o) => o.status === undefined);
  const closing = outcomes.filter((o) => o.connection === "close");
  console.log(
    `SIGTERM under 32 keep-alive clients: ${sigtermAt} answered before the signal, ${acked.length} 202s in all, ` +
      `${closing.length} answers with Connection: close, ${failed.length} requests failed (${[...new Set(failed.map((f) => f.error))].join(",")}), ${stored.size} stored`,
  );
  expect(acked.length).toBeGreaterThan(32);
  expect(
    acked.filter((id) => !stored.has(id)),
    "every 202 is stored",
  ).toEqual([]);
  expect(
    [...stored].filter((id) => !acked.includes(id)),
    "every stored message's 202 reached its client",
  ).toEqual([]);
  expect(
    failed.filter((f) => stored.has(f.id)),
    "no request whose message was stored was reset",
  ).toEqual([]);
  expect(closing.length, "answers while draining say Connection: close").toBeGreaterThan(0);
  const log = srv.output();
  expect(log).not.toContain("shutdown grace period over");
}, 120_000);

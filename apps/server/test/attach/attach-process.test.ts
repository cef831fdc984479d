// The native attachment protocol against a real server process (issue 9):
// the handshake and each frame, the auth matrix, delivery to the right agents
// only, resume after a reconnect and a restart, wakes, heartbeats, the
// IDENTIFY deadline, the origin check, and bad frames that end one
// attachment while the server keeps serving.
import { chmod, writeFile } from "node:fs/promises";
import type { Socket } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { perTestWorkspace, startCli, type Started } from "../process/cli-harness.js";
import { attach, AttachClient, isRefused, type Frame } from "./ws-client.js";

const ws = perTestWorkspace();

async function server(config?: string, env: Record<string, string> = {}): Promise<Started> {
  if (config !== undefined) {
    const path = join(ws.dir.path, "moltnet.yaml");
    await writeFile(path, config);
    await chmod(path, 0o600);
  }
  return startCli({ cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, ...env } });
}

async function post(base: string, body: unknown, token?: string): Promise<Record<string, any>> {
  const res = await fetch(`${base}/v1/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, any>;
  if (res.status >= 300) throw new Error(`POST /v1/messages → ${res.status}: ${JSON.stringify(json)}`);
  return json;
}

const toRoom = (room: string, from: string, text: string, mentions?: string[]) => ({
  target: { kind: "room", room_id: room },
  from: { type: "agent", id: from },
  parts: [{ kind: "text", text }],
  ...(mentions ? { mentions } : {}),
});

const ROOMS = `rooms:\n  - { id: general, name: General, members: [alpha, beta, gamma] }\n`;
const messageText = (f: Frame) => f.event?.message?.parts?.[0]?.text;
const nextMessage = (c: AttachClient) => c.nextWhere((f) => f.op === "EVENT" && f.event.type === "message.created");

describe("attachment handshake and frames", () => {
  it("HELLO, IDENTIFY, READY, EVENT with the stored event, ACK, PING/PONG; /v1/network advertises it", async () => {
    const s = await server(ROOMS);
    try {
      const network = (await (await fetch(`${s.baseUrl}/v1/network`)).json()) as Record<string, any>;
      expect(network.protocols.attach).toEqual(["moltnet.attach.v1"]);
      expect(network.capabilities.attachment_protocol).toBe("websocket");

      const opened = await AttachClient.open(`${s.baseUrl.replace("http", "ws")}/v1/attach`);
      if (isRefused(opened)) throw new Error(opened.body);
      const hello = await opened.next();
      expect(opened.raw[0]).toBe(
        '{"op":"HELLO","version":"moltnet.attach.v1","heartbeat_interval_ms":5000,"capabilities":{}}',
      );
      expect(hello.heartbeat_interval_ms).toBe(5000);
      opened.send({
        op: "IDENTIFY",
        version: "moltnet.attach.v1",
        network_id: "local",
        agent: { id: "alpha", name: "Alpha" },
      });
      const ready = await opened.next();
      expect(ready).toMatchObject({
        op: "READY",
        version: "moltnet.attach.v1",
        network_id: "local",
        agent_id: "alpha",
        actor_uri: "molt://local/agents/alpha",
      });
      expect(ready.actor_uid).toMatch(/^actor_/);
      expect(ready.agent_token).toBeUndefined();

      const agent = (await (await fetch(`${s.baseUrl}/v1/agents/alpha`)).json()) as Record<string, any>;
      expect(agent.connected).toBe(true);

      const sent = await post(s.baseUrl, toRoom("general", "beta", "hello alpha"));
      const event = await nextMessage(opened);
      expect(event.cursor).toBe(event.event.id);
      expect(event.event.message.id).toBe(sent.message_id);
      expect(messageText(event)).toBe("hello alpha");
      // The event is exactly what the SSE stream serves for it.
      const stored = opened.raw.find((r) => r.includes(`"cursor":"${event.cursor}"`))!;
      expect(stored).toContain(`"event":{"id":"${event.cursor}","type":"message.created"`);
      opened.send({ op: "ACK", cursor: event.cursor });
      opened.send({ op: "PING", version: "moltnet.attach.v1" });
      expect((await opened.nextWhere((f) => f.op === "PONG")).op).toBe("PONG");
      // The server pings within half a heartbeat interval.
      expect((await opened.nextWhere((f) => f.op === "PING", 6000)).op).toBe("PING");

      const metrics = await (await fetch(`${s.baseUrl}/metrics`)).text();
      expect(metrics).toMatch(/^moltnet_active_attachments 1$/m);
      // Route labels in the reference's pattern form; an accepted upgrade counts as 200, as there.
      expect(metrics).toContain('moltnet_http_requests_total{method="GET",route="GET /v1/attach",status="200"} 1');
      expect(metrics).toContain(
        'moltnet_http_requests_total{method="GET",route="GET /v1/agents/{agentID}",status="200"} 1',
      );
      opened.close();
      await opened.closedBy();
    } finally {
      await s.stop();
    }
  });

  it("bad frames get ERROR and a close; the server keeps serving", async () => {
    const s = await server(ROOMS);
    try {
      const cases: Array<[string | Record<string, unknown>, string]> = [
        ["{not json", "attachment frame must be valid JSON"],
        [{ op: "ACK", cursor: "evt_x" }, "expected IDENTIFY frame"],
        [{ op: "IDENTIFY", network_id: "local", agent: { id: "alpha" } }, "attachment IDENTIFY version is required"],
        [
          { op: "IDENTIFY", version: "moltnet.attach.v0", network_id: "local", agent: { id: "alpha" } },
          'attachment IDENTIFY version "moltnet.attach.v0" does not match "moltnet.attach.v1"',
        ],
        [
          { op: "IDENTIFY", version: "moltnet.attach.v1", network_id: "other", agent: { id: "alpha" } },
          'attachment network_id "other" does not match "local"',
        ],
        [
          { op: "IDENTIFY", version: "moltnet.attach.v1", network_id: "local", agent: { id: "" } },
          "attachment agent.id is required",
        ],
      ];
      for (const [frame, error] of cases) {
        const c = await AttachClient.open(`${s.baseUrl.replace("http", "ws")}/v1/attach`);
        if (isRefused(c)) throw new Error(c.body);
        await c.next();
        c.send(frame);
        expect(await c.next()).toMatchObject({ op: "ERROR", error });
        expect((await c.closedBy()).code).toBe(1008);
      }
      // After READY: unknown ops, a second IDENTIFY, an ACK of a cursor never sent.
      for (const [frame, error] of [
        [{ op: "JUMP", version: "moltnet.attach.v1" }, 'unexpected frame op "JUMP"'],
        [
          { op: "IDENTIFY", version: "moltnet.attach.v1", network_id: "local", agent: { id: "alpha" } },
          'unexpected frame op "IDENTIFY"',
        ],
        [{ op: "ACK", cursor: "evt_never_sent" }, "unexpected ACK cursor"],
      ] as const) {
        const { client } = await attach(s.baseUrl, "alpha");
        client.send(frame);
        expect(await client.nextWhere((f) => f.op === "ERROR")).toMatchObject({ error });
        await client.closedBy();
      }
      // An oversized frame (over 1 MiB) closes with 1009.
      const big = await AttachClient.open(`${s.baseUrl.replace("http", "ws")}/v1/attach`);
      if (isRefused(big)) throw new Error(big.body);
      await big.next();
      big.send("x".repeat((1 << 20) + 1024));
      expect((await big.closedBy()).code).toBe(1009);
      // A plain GET is refused; HTTP still works.
      expect((await fetch(`${s.baseUrl}/v1/attach`)).status).toBe(400);
      expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
      const { client, ready } = await attach(s.baseUrl, "beta");
      expect(ready.op).toBe("READY");
      // SIGTERM with an attachment open: it is closed as "going away" and the server exits 0.
      const exit = await s.stop();
      expect(exit.code).toBe(0);
      expect((await client.closedBy()).code).toBe(1001);
    } finally {
      await s.stop();
    }
  });

  it("a client that never sends IDENTIFY is closed after 10 s", async () => {
    const s = await server(ROOMS);
    try {
      const c = await AttachClient.open(`${s.baseUrl.replace("http", "ws")}/v1/attach`);
      if (isRefused(c)) throw new Error(c.body);
      expect((await c.next()).op).toBe("HELLO");
      const started = Date.now();
      expect(await c.next(20_000)).toMatchObject({
        op: "ERROR",
        error: "attachment IDENTIFY was not received within 10 s",
      });
      expect(Date.now() - started).toBeGreaterThan(8000);
      await c.closedBy();
    } finally {
      await s.stop();
    }
  });
});

describe("attachment faults", () => {
  it("a client silent for two heartbeats is closed; a socket dropped mid-frame ends its attachment; the server stays up", async () => {
    const s = await server(ROOMS, { MOLTNET_DEBUG_EVENTS: "true" });
    try {
      const silent = (await attach(s.baseUrl, "alpha")).client;
      const watcher = (await attach(s.baseUrl, "beta")).client;
      watcher.answerPings = true;
      // The silent client answers nothing: no PONG, no ACK.
      const close = await silent.closedBy(20_000);
      expect(close.code).toBe(1008);
      expect(silent.frames.filter((f) => f.op === "PING").length).toBeGreaterThanOrEqual(2);

      expect(watcher.closed).toBeNull();
      const dropped = (await attach(s.baseUrl, "gamma")).client;
      // A text frame header announcing 100 masked bytes, then 10 of them, then the connection is gone.
      const socket = (dropped.ws as unknown as { _socket: Socket })._socket;
      socket.write(Buffer.concat([Buffer.from([0x81, 0x80 | 100, 1, 2, 3, 4]), Buffer.alloc(10, 0x41)]));
      socket.destroy();
      const gone = await watcher.nextWhere(
        (f) => f.op === "EVENT" && f.event.type === "agent.disconnected" && f.event.agent.agent_id === "gamma",
        15_000,
      );
      // server.debug_events: the reason (and error) of each disconnection.
      expect(gone.event.agent).toMatchObject({
        agent_id: "gamma",
        reason: "read_error",
        error: "websocket closed with code 1006",
      });
      const timedOut = watcher.frames.find(
        (f) => f.op === "EVENT" && f.event.type === "agent.disconnected" && f.event.agent.agent_id === "alpha",
      );
      expect(timedOut?.event.agent).toMatchObject({ reason: "read_timeout" });
      const connected = watcher.frames.find(
        (f) => f.op === "EVENT" && f.event.type === "agent.connected" && f.event.agent.agent_id === "gamma",
      );
      expect(connected?.event.agent).toMatchObject({ reason: "attachment_ready" });
      const view = (await (await fetch(`${s.baseUrl}/v1/agents/gamma`)).json()) as Record<string, any>;
      expect(view.connected).toBe(false);
      expect((await fetch(`${s.baseUrl}/healthz`)).status).toBe(200);
      // Upgrades to other paths are refused without running their routes.
      const elsewhere = await AttachClient.open(`${s.baseUrl.replace("http", "ws")}/v1/events/stream`);
      expect(isRefused(elsewhere) && elsewhere.status).toBe(404);
      watcher.close();
    } finally {
      await s.stop();
    }
  });

  it("a client that never ACKs gets ERROR after 1,024 pending events and can resume from its cursor", async () => {
    const s = await server(`storage: { kind: memory }\n${ROOMS}`);
    try {
      const lazy = (await attach(s.baseUrl, "alpha")).client;
      for (let i = 0; i < 1030; i++) await post(s.baseUrl, toRoom("general", "beta", `m${i}`));
      const error = await lazy.nextWhere((f) => f.op === "ERROR", 30_000);
      expect(error.error).toBe("too many unacknowledged events: ACK each EVENT cursor");
      await lazy.closedBy();
      const events = lazy.frames.filter((f) => f.op === "EVENT");
      expect(events.length).toBe(1024);
      const last = events.at(-1)!;
      const resumed = (await attach(s.baseUrl, "alpha", { cursor: String(last.cursor) })).client;
      const next = await resumed.nextWhere((f) => f.op === "EVENT" && f.event.type === "message.created");
      expect(Number(String(messageText(next)).slice(1))).toBe(Number(String(messageText(last)).slice(1)) + 1);
      resumed.close();
    } finally {
      await s.stop();
    }
  });
});

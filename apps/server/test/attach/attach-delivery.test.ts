// Delivery over the attachment protocol from the stored event log (issue 9),
// against real server processes: room, thread and DM messages reach the right
// agents only; wakes are reported delivered on ACK and failed when the
// attachment ends first; removal ends the attachment; IDENTIFY.cursor resumes
// after a reconnect, after a restart (SQLite) and on another server sharing
// the Postgres database; a cursor the log does not hold gets a replay gap;
// delivery and resume on each of the four backends.
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../../../../tooling/test/postgres.js";
import { freePort, perTestWorkspace, startCli, type Started } from "../process/cli-harness.js";
import { attach, type AttachClient, type Frame } from "./ws-client.js";

const ws = perTestWorkspace();

const ROOMS = "rooms:\n  - { id: general, name: General, members: [alpha, beta, gamma] }\n";

async function server(env: Record<string, string> = {}, port?: number): Promise<Started> {
  const { writeFile } = await import("node:fs/promises");
  await writeFile(`${ws.dir.path}/moltnet.yaml`, ROOMS);
  return startCli({
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${port ?? (await freePort())}`, ...env },
  });
}

async function post(base: string, body: Record<string, unknown>): Promise<string> {
  const res = await fetch(`${base}/v1/messages`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as Record<string, any>;
  if (res.status >= 300) throw new Error(`POST /v1/messages → ${res.status}: ${JSON.stringify(json)}`);
  return String(json.message_id);
}

const parts = (text: string) => [{ kind: "text", text }];
const from = (id: string) => ({ type: "agent", id });
const room = (sender: string, text: string, mentions?: string[]) => ({
  target: { kind: "room", room_id: "general" },
  from: from(sender),
  parts: parts(text),
  ...(mentions ? { mentions } : {}),
});

const text = (f: Frame) => f.event?.message?.parts?.[0]?.text as string | undefined;
/** The next message.created, ACKed (as bridges do). */
async function nextMessage(c: AttachClient, ack = true): Promise<Frame> {
  const f = await c.nextWhere((x) => x.op === "EVENT" && x.event.type === "message.created");
  if (ack) c.send({ op: "ACK", cursor: f.cursor });
  return f;
}
/** Every EVENT up to the first matching `last` (ACKing each). */
async function eventsThrough(c: AttachClient, last: (f: Frame) => boolean): Promise<Frame[]> {
  const seen: Frame[] = [];
  for (;;) {
    const f = await c.nextEvent();
    c.send({ op: "ACK", cursor: f.cursor });
    seen.push(f);
    if (last(f)) return seen;
  }
}
/** Every EVENT up to the message with `untilText`. */
const eventsUntil = (c: AttachClient, untilText: string) =>
  eventsThrough(c, (f) => f.event.type === "message.created" && text(f) === untilText);

describe("attachment delivery", () => {
  it("room and thread messages reach everyone; DMs only their participants; wakes delivered and failed", async () => {
    const s = await server();
    try {
      const alpha = (await attach(s.baseUrl, "alpha", { name: "Alpha" })).client;
      const beta = (await attach(s.baseUrl, "beta")).client;
      const gamma = (await attach(s.baseUrl, "gamma")).client;

      const first = await post(s.baseUrl, room("beta", "hello room"));
      for (const c of [alpha, beta, gamma]) expect(text(await nextMessage(c))).toBe("hello room");

      await post(s.baseUrl, {
        target: { kind: "thread", room_id: "general", thread_id: "t1", parent_message_id: first },
        from: from("beta"),
        parts: parts("in thread"),
      });
      for (const c of [alpha, beta, gamma]) {
        const seen = await eventsUntil(c, "in thread");
        expect(seen.map((f) => f.event.type)).toContain("thread.created");
      }

      await post(s.baseUrl, {
        target: { kind: "dm", dm_id: "dm-ab", participant_ids: ["alpha", "beta"] },
        from: from("beta"),
        parts: parts("secret"),
      });
      await post(s.baseUrl, room("beta", "after dm"));
      const alphaSeen = await eventsUntil(alpha, "after dm");
      const betaSeen = await eventsUntil(beta, "after dm");
      const gammaSeen = await eventsUntil(gamma, "after dm");
      expect(alphaSeen.map((f) => f.event.type)).toEqual(expect.arrayContaining(["dm.created", "message.created"]));
      expect(alphaSeen.map(text)).toContain("secret");
      expect(betaSeen.map(text)).toContain("secret");
      // gamma is not a participant: no DM event and no wake report about it.
      expect(
        gammaSeen.some(
          (f) => f.event.type === "dm.created" || text(f) === "secret" || f.event.agent?.target?.kind === "dm",
        ),
      ).toBe(false);

      // A mention of gamma that gamma never ACKs: failed once gamma's attachment ends.
      await post(s.baseUrl, room("beta", "hey gamma", ["gamma"]));
      const mention = await nextMessage(gamma, false);
      expect(text(mention)).toBe("hey gamma");
      gamma.close();
      await gamma.closedBy();
      // The failure is stored before the disconnection.
      const after = await eventsThrough(
        alpha,
        (f) => f.event.type === "agent.disconnected" && f.event.agent?.agent_id === "gamma",
      );
      const failed = after.find((f) => f.event.type === "agent.wake.failed");
      expect(failed?.event.agent).toMatchObject({
        agent_id: "gamma",
        message_id: mention.event.message.id,
        reason: "mention",
        target: { kind: "room", room_id: "general" },
      });
      const disconnected = after.find((f) => f.event.type === "agent.disconnected");
      expect(disconnected?.event.agent).toMatchObject({ agent_id: "gamma", fqid: "molt://local/agents/gamma" });
      // The agent view follows presence.
      const gammaView = (await (await fetch(`${s.baseUrl}/v1/agents/gamma`)).json()) as Record<string, any>;
      expect(gammaView.connected).toBe(false);
    } finally {
      await s.stop();
    }
  });

  it("an ACKed DM wake is reported delivered to the participants; removing an agent ends its attachment", async () => {
    const s = await server();
    try {
      const alpha = (await attach(s.baseUrl, "alpha")).client;
      const beta = (await attach(s.baseUrl, "beta")).client;
      const dmId = await post(s.baseUrl, {
        target: { kind: "dm", dm_id: "dm-1", participant_ids: ["alpha", "beta"] },
        from: from("beta"),
        parts: parts("wake up"),
      });
      expect(text(await nextMessage(alpha))).toBe("wake up");
      const report = await beta.nextWhere((f) => f.op === "EVENT" && f.event.type === "agent.wake.delivered");
      expect(report.event.agent).toMatchObject({
        agent_id: "alpha",
        message_id: dmId,
        reason: "dm",
        target: { kind: "dm", dm_id: "dm-1" },
      });

      const res = await fetch(`${s.baseUrl}/v1/agents/alpha`, { method: "DELETE" });
      expect(res.status).toBe(200);
      expect(await alpha.nextWhere((f) => f.op === "ERROR")).toMatchObject({
        error: "agent was removed from the network",
      });
      await alpha.closedBy();
    } finally {
      await s.stop();
    }
  });

  it("IDENTIFY.cursor resumes after a reconnect and after a restart (SQLite); an unknown cursor gets a replay gap", async () => {
    const port = await freePort();
    let s = await server({}, port);
    let cursor: string;
    try {
      const a = (await attach(s.baseUrl, "alpha")).client;
      await post(s.baseUrl, room("beta", "one"));
      cursor = String((await nextMessage(a)).cursor);
      a.close();
      await a.closedBy();
      await post(s.baseUrl, room("beta", "two"));
      const again = await attach(s.baseUrl, "alpha", { cursor });
      const two = await nextMessage(again.client);
      expect(text(two)).toBe("two");
      cursor = String(two.cursor);
      again.client.close();
      await again.client.closedBy();
    } finally {
      await s.stop();
    }
    s = await server({}, port);
    try {
      await post(s.baseUrl, room("beta", "three"));
      const resumed = await attach(s.baseUrl, "alpha", { cursor });
      expect(text(await nextMessage(resumed.client))).toBe("three");
      resumed.client.close();
      await resumed.client.closedBy();

      const gap = await attach(s.baseUrl, "alpha", { cursor: "evt_not_in_this_log" });
      const first = await gap.client.nextEvent();
      expect(first.event.type).toBe("stream.replay_gap");
      expect(first.event.replay_gap.requested_event_id).toBe("evt_not_in_this_log");
      // Then everything retained, from the start.
      expect(text(await nextMessage(gap.client))).toBe("one");
      gap.client.close();
    } finally {
      await s.stop();
    }
  });

  it("two servers on one Postgres: delivery across them, resume on the other, presence events", async () => {
    const db = await createTestDatabase("moltnet_attach");
    const servers: Started[] = [];
    try {
      const env = { MOLTNET_POSTGRES_DSN: db.dsn };
      servers.push(await server(env));
      servers.push(await server(env));
      const [a, b] = servers as [Started, Started];
      const watcher = (await attach(b.baseUrl, "beta")).client;
      const onA = (await attach(a.baseUrl, "alpha")).client;
      await post(b.baseUrl, room("gamma", "via b"));
      const got = await nextMessage(onA);
      expect(text(got)).toBe("via b");
      onA.close();
      await onA.closedBy();
      // Wait for the disconnection so the order of what beta sees is fixed.
      await eventsThrough(watcher, (f) => f.event.type === "agent.disconnected");
      await post(a.baseUrl, room("gamma", "while away"));
      const onB = (await attach(b.baseUrl, "alpha", { cursor: String(got.cursor) })).client;
      expect(text(await nextMessage(onB))).toBe("while away");
      expect(text(await nextMessage(watcher))).toBe("while away");
      // beta, on the other server, saw alpha connect on A, disconnect, and connect on B.
      const lifecycle = watcher.frames
        .filter((f) => f.op === "EVENT" && f.event.agent?.agent_id === "alpha")
        .map((f) => f.event.type);
      expect(lifecycle.slice(0, 2)).toEqual(["agent.connected", "agent.disconnected"]);
      onB.close();
      watcher.close();
    } finally {
      for (const s of servers) await s.stop();
      await db.drop();
    }
  });

  it("presence across servers on one Postgres: connected on the other server; a SIGKILLed server's agents expire", async () => {
    const db = await createTestDatabase("moltnet_presence");
    const servers: Started[] = [];
    const connected = async (base: string, id: string) =>
      ((await (await fetch(`${base}/v1/agents/${id}`)).json()) as { connected: boolean }).connected;
    try {
      const env = { MOLTNET_POSTGRES_DSN: db.dsn };
      servers.push(await server(env));
      servers.push(await server(env));
      const [a, b] = servers as [Started, Started];
      const alpha = (await attach(a.baseUrl, "alpha")).client;
      const beta = (await attach(a.baseUrl, "beta")).client;
      expect(await connected(b.baseUrl, "alpha")).toBe(true);
      // A clean end clears presence at once, everywhere.
      beta.close();
      await beta.closedBy();
      await eventsThrough(alpha, (f) => f.event.type === "agent.disconnected" && f.event.agent?.agent_id === "beta");
      expect(await connected(b.baseUrl, "beta")).toBe(false);
      expect(await connected(b.baseUrl, "alpha")).toBe(true);

      a.child.kill("SIGKILL");
      await new Promise((resolve) => a.child.once("exit", resolve));
      const killedAt = Date.now();
      let stillConnected = true;
      // Bounded: presence expires 15 s after the last refresh; give it 30 s.
      while (Date.now() - killedAt < 30_000) {
        stillConnected = await connected(b.baseUrl, "alpha");
        if (!stillConnected) break;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(stillConnected).toBe(false);
      servers.shift();
    } finally {
      for (const s of servers) await s.stop();
      await db.drop();
    }
  });

  for (const kind of ["memory", "json", "sqlite", "postgres"] as const) {
    it(`${kind}: an attached agent receives a posted message, and a reconnect resumes after its cursor`, async () => {
      const db = kind === "postgres" ? await createTestDatabase("moltnet_attach_kind") : null;
      const env: Record<string, string> = { MOLTNET_STORAGE_KIND: kind };
      if (kind === "json") env.MOLTNET_JSON_PATH = `${ws.dir.path}/data.json`;
      if (kind === "sqlite") env.MOLTNET_SQLITE_PATH = `${ws.dir.path}/moltnet.db`;
      if (db) env.MOLTNET_POSTGRES_DSN = db.dsn;
      const s = await server(env);
      try {
        const a = (await attach(s.baseUrl, "alpha")).client;
        await post(s.baseUrl, room("beta", `first on ${kind}`));
        const first = await nextMessage(a);
        expect(text(first)).toBe(`first on ${kind}`);
        a.close();
        await a.closedBy();
        await post(s.baseUrl, room("beta", `second on ${kind}`));
        const again = (await attach(s.baseUrl, "alpha", { cursor: String(first.cursor) })).client;
        expect(text(await nextMessage(again))).toBe(`second on ${kind}`);
        again.close();
      } finally {
        await s.stop();
        await db?.drop();
      }
    });
  }
});

// The durable event log across real server processes (issue 8): several
// servers on one Postgres deliver the same events in the same order, a server
// killed with SIGKILL loses nothing its clients cannot resume, and a SQLite
// server restarted between two connections replays exactly what was missed.
import { describe, expect, it } from "vitest";
import postgres from "postgres";
import { createTestDatabase } from "../../../../tooling/test/postgres.js";
import { SseReader, type SseFrame } from "../http/sse-reader.js";
import { messageEventId } from "../http/fixtures.js";
import { TcpProxy } from "../../../../packages/store/test/postgres/tcp-proxy.js";
import { finished, freePort, perTestWorkspace, startCli, type Started } from "./cli-harness.js";

const ws = perTestWorkspace();

type Frame = SseFrame & { kind: "event" };

async function post(base: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${base}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

async function postOk(base: string, path: string, body: unknown): Promise<void> {
  const res = await post(base, path, body);
  const text = await res.text();
  if (res.status >= 300) throw new Error(`POST ${path} → ${res.status}: ${text}`);
}

const text = (t: string) => [{ kind: "text", text: t }];
const from = (id: string) => ({ type: "agent", id });
const MEMBERS = ["alpha", "beta", "gamma"];

/** Starts a server on a fresh port with the given storage environment. */
async function server(env: Record<string, string>): Promise<Started> {
  const port = await freePort();
  return startCli({ cwd: ws.dir.path, env: { ...env, MOLTNET_LISTEN_ADDR: `127.0.0.1:${port}` } });
}

async function sse(base: string, lastEventId?: string): Promise<SseReader> {
  const reader = await SseReader.open(`${base}/v1/events/stream`, lastEventId ? { "Last-Event-ID": lastEventId } : {});
  expect(reader.status).toBe(200);
  const open = await reader.next();
  expect(open).toEqual({ kind: "comment", text: "stream-open" });
  return reader;
}

/**
 * One writer: `count` messages through random servers, in order. Every 10th
 * opens a new thread on one of its earlier room messages, every 15th a new DM;
 * the rest go to the room or to one of its threads. Returns the message ids
 * that were accepted, and how many threads and DMs they created.
 */
async function writer(name: string, bases: () => string[], count: number, tolerateFailures = false) {
  const accepted: string[] = [];
  const roomMessages: string[] = [];
  const threads: string[] = [];
  let newThreads = 0;
  let newDms = 0;
  const sender = MEMBERS[name.length % MEMBERS.length]!;
  for (let i = 0; i < count; i++) {
    const id = `${name}-${i}`;
    let target: Record<string, unknown>;
    let kind: "room" | "thread" | "newThread" | "newDm" = "room";
    if (i % 10 === 9 && roomMessages.length > 0) kind = "newThread";
    else if (i % 15 === 14) kind = "newDm";
    else if (i % 3 === 1 && threads.length > 0) kind = "thread";
    if (kind === "newThread") {
      const threadId = `${name}-thread-${i}`;
      target = {
        kind: "thread",
        room_id: "lobby",
        thread_id: threadId,
        parent_message_id: roomMessages[roomMessages.length - 1],
      };
    } else if (kind === "thread") {
      target = { kind: "thread", room_id: "lobby", thread_id: threads[i % threads.length] };
    } else if (kind === "newDm") {
      target = { kind: "dm", dm_id: `${name}-dm-${i}`, participant_ids: [sender, "delta"] };
    } else target = { kind: "room", room_id: "lobby" };
    const list = bases();
    const base = list[Math.floor(Math.random() * list.length)]!;
    let status: number;
    try {
      const res = await post(base, "/v1/messages", { id, target, from: from(sender), parts: text(`hello ${id}`) });
      status = res.status;
      await res.text();
    } catch (err) {
      if (!tolerateFailures) throw err;
      continue; // the server went away mid-request: outcome unknown, checked against the database
    }
    if (status !== 202) {
      if (tolerateFailures) continue;
      throw new Error(`message ${id}: ${status}`);
    }
    accepted.push(id);
    if (kind === "room") roomMessages.push(id);
    if (kind === "newThread") {
      threads.push(String(target.thread_id));
      newThreads++;
    }
    if (kind === "newDm") newDms++;
  }
  return { accepted, newThreads, newDms };
}

const ids = (frames: Frame[]) => frames.map((f) => f.id);

describe("event log - several servers on one Postgres", () => {
  it("three servers, three writers, 3,000 messages: every subscriber gets the same events once, in one order; a SIGKILLed server's client resumes exactly", async () => {
    const db = await createTestDatabase("moltnet_events3");
    const raw = postgres(db.dsn, { max: 1, onnotice: () => {} });
    const started: Started[] = [];
    const readers: SseReader[] = [];
    try {
      const env = { MOLTNET_POSTGRES_DSN: db.dsn };
      // One at a time: they migrate the same database.
      for (let i = 0; i < 3; i++) started.push(await server(env));
      const bases = () => started.map((s) => s.baseUrl);
      for (const s of started) readers.push(await sse(s.baseUrl));

      await postOk(started[0]!.baseUrl, "/v1/rooms", { id: "lobby", name: "Lobby", members: [...MEMBERS, "delta"] });
      const runs = await Promise.all(["w1", "w22", "w333"].map((w) => writer(w, bases, 1000)));
      const messages = runs.flatMap((r) => r.accepted);
      expect(messages).toHaveLength(3000);
      const expected = 1 + 3000 + runs.reduce((n, r) => n + r.newThreads + r.newDms, 0);
      expect(runs.every((r) => r.newThreads > 0 && r.newDms > 0)).toBe(true);

      const got = await Promise.all(readers.map((r) => r.events(expected, 30_000)));
      // Same events, same order, each once, on every server.
      expect(ids(got[1]!)).toEqual(ids(got[0]!));
      expect(ids(got[2]!)).toEqual(ids(got[0]!));
      expect(new Set(ids(got[0]!)).size).toBe(expected);
      const created = got[0]!.filter((f) => f.event === "message.created").map((f) => f.id);
      expect(new Set(created)).toEqual(new Set(messages.map(messageEventId)));
      // A new thread's event comes right before its first message's.
      const at = ids(got[0]!);
      for (const f of got[0]!.filter((f) => f.event === "thread.created").slice(0, 20)) {
        expect(got[0]![at.indexOf(f.id) + 1]!.event).toBe("message.created");
      }
      for (const r of readers) expect(await r.quietFor(300)).toEqual([]);

      // Kill server 3 with SIGKILL while writers post through all three.
      const victim = started[2]!;
      const lastSeen = at[at.length - 1]!;
      const during = Promise.all(["k1", "k22"].map((w) => writer(w, bases, 150, true)));
      await new Promise((r) => setTimeout(r, 300));
      victim.child.kill("SIGKILL");
      await finished(victim.child);
      readers[2]!.close();
      const restarted = await server(env);
      started[2] = restarted;
      await during;

      // No change without its event, no event without its change.
      const stored = await raw<{ id: string }[]>`SELECT id FROM messages`;
      const storedEvents = await raw<
        { id: string; type: string }[]
      >`SELECT id, type FROM events WHERE type = 'message.created'`;
      expect(new Set(storedEvents.map((e) => e.id))).toEqual(new Set(stored.map((m) => messageEventId(m.id))));
      const [count] = await raw<{ total: string }[]>`SELECT count(*) AS total FROM events`;
      const total = Number(count!.total);

      // Server 1's subscriber saw everything; the restarted server's client resumes from its last id.
      const all = [...got[0]!, ...(await readers[0]!.events(total - expected, 30_000))];
      const missed = ids(all).slice(at.length);
      expect(missed.length).toBeGreaterThan(100);
      const resumed = await sse(restarted.baseUrl, lastSeen);
      readers[2] = resumed;
      expect(ids(await resumed.events(missed.length, 30_000))).toEqual(missed);
      expect(await resumed.quietFor(500)).toEqual([]);
    } finally {
      for (const r of readers) r.close();
      await Promise.all(
        started.map((s) =>
          s.child.exitCode === null && s.child.signalCode === null ? s.stop() : Promise.resolve(null),
        ),
      );
      await raw.end({ timeout: 1 });
      await db.drop();
    }
  }, 240_000);
});

async function status(base: string, path: string): Promise<number> {
  try {
    const res = await fetch(`${base}${path}`);
    await res.text();
    return res.status;
  } catch {
    return 0;
  }
}

async function until(what: string, ok: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("event log - Postgres unreachable from one server", () => {
  it("its streams stay open meanwhile, /readyz is 503, and after recovery they deliver what the other server committed, nothing skipped", async () => {
    const db = await createTestDatabase("moltnet_events_outage");
    const target = new URL(db.dsn);
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const proxied = new URL(db.dsn);
    proxied.hostname = "127.0.0.1";
    proxied.port = String(proxy.port);
    const direct = await server({ MOLTNET_POSTGRES_DSN: db.dsn });
    const cut = await server({ MOLTNET_POSTGRES_DSN: proxied.toString() });
    try {
      const stream = await sse(cut.baseUrl);
      await postOk(direct.baseUrl, "/v1/rooms", { id: "lobby", name: "Lobby", members: MEMBERS });
      const roomMsg = (id: string) => ({
        id,
        target: { kind: "room", room_id: "lobby" },
        from: from("alpha"),
        parts: text(id),
      });
      for (let i = 0; i < 5; i++) await postOk(direct.baseUrl, "/v1/messages", roomMsg(`before-${i}`));
      expect((await stream.events(6)).map((f) => f.event)).toEqual([
        "room.created",
        ...Array(5).fill("message.created"),
      ]);

      await proxy.stop();
      await until("/readyz 503 on the cut-off server", async () => (await status(cut.baseUrl, "/readyz")) === 503);
      const during = Array.from({ length: 20 }, (_, i) => `during-${i}`);
      for (const id of during) await postOk(direct.baseUrl, "/v1/messages", roomMsg(id));
      await new Promise((r) => setTimeout(r, 1500));
      expect(stream.ended).toBe(false);
      expect(await stream.quietFor(0)).toEqual([]);

      await proxy.start();
      await until("/readyz 200 again", async () => (await status(cut.baseUrl, "/readyz")) === 200);
      expect(ids(await stream.events(20, 30_000))).toEqual(during.map(messageEventId));
      await postOk(cut.baseUrl, "/v1/messages", roomMsg("after"));
      expect((await stream.nextEvent()).id).toBe(messageEventId("after"));
      expect(await stream.quietFor(300)).toEqual([]);
      stream.close();
    } finally {
      await Promise.all([direct.stop(), cut.stop()]);
      await proxy.stop();
      await db.drop();
    }
  }, 120_000);
});

describe("event log - SQLite", () => {
  it("a server restarted between a client's two connections - the client resumes with Last-Event-ID and gets exactly what it missed", async () => {
    const env = { MOLTNET_SQLITE_PATH: `${ws.dir.path}/moltnet.db` };
    let s = await server(env);
    try {
      await postOk(s.baseUrl, "/v1/rooms", { id: "lobby", name: "Lobby", members: MEMBERS });
      const first = await sse(s.baseUrl);
      for (let i = 0; i < 10; i++)
        await postOk(s.baseUrl, "/v1/messages", {
          id: `a${i}`,
          target: { kind: "room", room_id: "lobby" },
          from: from("alpha"),
          parts: text("x"),
        });
      const seen = await first.events(10);
      expect(ids(seen)).toEqual(Array.from({ length: 10 }, (_, i) => messageEventId(`a${i}`)));
      first.close();

      // Missed while disconnected: before the restart, and after it (a new thread among them).
      for (let i = 0; i < 5; i++)
        await postOk(s.baseUrl, "/v1/messages", {
          id: `b${i}`,
          target: { kind: "room", room_id: "lobby" },
          from: from("alpha"),
          parts: text("x"),
        });
      expect((await s.stop()).code).toBe(0);
      s = await server(env);
      await postOk(s.baseUrl, "/v1/messages", {
        id: "c0",
        target: { kind: "thread", room_id: "lobby", thread_id: "t1", parent_message_id: "b4" },
        from: from("beta"),
        parts: text("y"),
      });

      const again = await sse(s.baseUrl, seen[seen.length - 1]!.id);
      const replay = await again.events(7);
      expect(replay.map((f) => f.event)).toEqual([
        ...Array(5).fill("message.created"),
        "thread.created",
        "message.created",
      ]);
      expect(ids(replay).filter((_, i) => i !== 5)).toEqual([
        ...Array.from({ length: 5 }, (_, i) => messageEventId(`b${i}`)),
        messageEventId("c0"),
      ]);
      expect(replay[0]!.json.message.id).toBe("b0");
      expect(await again.quietFor(300)).toEqual([]);
      // Live again after the replay.
      await postOk(s.baseUrl, "/v1/messages", {
        id: "d0",
        target: { kind: "room", room_id: "lobby" },
        from: from("alpha"),
        parts: text("z"),
      });
      expect((await again.nextEvent()).id).toBe(messageEventId("d0"));
      again.close();
    } finally {
      await s.stop();
    }
  });

  it("retention - a restart with a smaller max count prunes at once; an old cursor gets a gap, then what is retained; /metrics counts it", async () => {
    const path = `${ws.dir.path}/moltnet.db`;
    let s = await server({ MOLTNET_SQLITE_PATH: path });
    try {
      await postOk(s.baseUrl, "/v1/rooms", { id: "lobby", name: "Lobby", members: MEMBERS });
      for (let i = 0; i < 11; i++)
        await postOk(s.baseUrl, "/v1/messages", {
          id: `p${i}`,
          target: { kind: "room", room_id: "lobby" },
          from: from("alpha"),
          parts: text("x"),
        });
      expect((await s.stop()).code).toBe(0);
      s = await server({ MOLTNET_SQLITE_PATH: path, MOLTNET_EVENTS_MAX_COUNT: "5" });
      const metrics = async () => (await fetch(`${s.baseUrl}/metrics`)).text();
      await until("the pruning at start", async () => /^moltnet_events_pruned_total 7$/m.test(await metrics()));
      const stream = await sse(s.baseUrl, messageEventId("p0"));
      const [gap, ...rest] = await stream.events(6);
      expect(gap!.event).toBe("stream.replay_gap");
      expect(gap!.json.replay_gap).toEqual({
        requested_event_id: messageEventId("p0"),
        oldest_event_id: messageEventId("p6"),
        newest_event_id: messageEventId("p10"),
      });
      expect(ids(rest)).toEqual([6, 7, 8, 9, 10].map((i) => messageEventId(`p${i}`)));
      expect(await stream.quietFor(200)).toEqual([]);
      const text_ = await metrics();
      expect(text_).toMatch(/^moltnet_events_delivered_total 6$/m);
      expect(text_).toMatch(/^moltnet_event_listener_reconnects 0$/m);
      expect(text_).toMatch(/^moltnet_event_subscriber_lag 0$/m);
      stream.close();
    } finally {
      await s.stop();
    }
  });

  it("two servers on one SQLite file - each delivers the other's events", async () => {
    const env = { MOLTNET_SQLITE_PATH: `${ws.dir.path}/moltnet.db` };
    const a = await server(env);
    const b = await server(env);
    try {
      const onA = await sse(a.baseUrl);
      const onB = await sse(b.baseUrl);
      await postOk(a.baseUrl, "/v1/rooms", { id: "lobby", name: "Lobby", members: MEMBERS });
      await postOk(b.baseUrl, "/v1/messages", {
        id: "via-b",
        target: { kind: "room", room_id: "lobby" },
        from: from("alpha"),
        parts: text("x"),
      });
      await postOk(a.baseUrl, "/v1/messages", {
        id: "via-a",
        target: { kind: "room", room_id: "lobby" },
        from: from("beta"),
        parts: text("y"),
      });
      const fromA = await onA.events(3);
      const fromB = await onB.events(3);
      expect(ids(fromB)).toEqual(ids(fromA));
      expect(fromA.map((f) => f.event)).toEqual(["room.created", "message.created", "message.created"]);
      expect(ids(fromA).slice(1)).toEqual([messageEventId("via-b"), messageEventId("via-a")]);
      onA.close();
      onB.close();
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});

// Pairings between real server processes over loopback (issue 16): the proxy
// routes, live status with its transitions, and the durable outbound relay
// (room, thread and DM messages; no loop between two servers paired both
// ways; a remote down while 1,000 messages are sent; the sender killed
// mid-backlog; two senders on one Postgres; three networks).
import { writeFile, mkdir } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { SseReader } from "../http/sse-reader.js";
import { finished, freePort, perTestWorkspace, startCli, type Started } from "./cli-harness.js";

const ws = perTestWorkspace();

const ADMIN = (net: string) => `admin-${net}-0123456789`;
/** The token network `net` accepts relays with (its `pair` credential); the other side's pairing carries it. */
const PAIR_INTO = (net: string) => `pair-into-${net}-0123456789`;

interface Peer {
  net: string;
  port: number;
  /** Expected remote network id, when it differs from the peer's own (the incompatible case). */
  expect?: string;
  token?: string;
}

interface NetOptions {
  net: string;
  port: number;
  peers: Peer[];
  rooms?: string[];
  members?: string[];
  /** Postgres DSN; SQLite in the network's own directory when absent. */
  dsn?: string;
  /** Directory name (two servers of one network on one Postgres need two). */
  dir?: string;
  directMessages?: boolean;
}

const ROOMS = ["general", "ops", "random", "dev"];
const MEMBERS = ["A:alpha", "B:bob", "C:carol"];
const running = new Set<Net>();
const databases: TestDatabase[] = [];

afterEach(async () => {
  for (const n of running) n.kill();
  running.clear();
  for (const db of databases.splice(0)) await db.drop();
});

class Net {
  started: Started | null = null;
  readonly dir: string;
  constructor(readonly o: NetOptions) {
    this.dir = join(ws.dir.path, o.dir ?? o.net);
  }

  get base(): string {
    return `http://127.0.0.1:${this.o.port}`;
  }

  static async start(o: NetOptions): Promise<Net> {
    const n = new Net(o);
    await n.writeConfig();
    await n.start();
    return n;
  }

  async writeConfig(): Promise<void> {
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const config = {
      network: { id: this.o.net, name: `Network ${this.o.net}` },
      server: { direct_messages: this.o.directMessages ?? true },
      storage: this.o.dsn
        ? { kind: "postgres", postgres: { dsn: this.o.dsn } }
        : { kind: "sqlite", sqlite: { path: ".moltnet/moltnet.db" } },
      auth: {
        mode: "bearer",
        tokens: [
          { id: "admin", value: ADMIN(this.o.net), scopes: ["observe", "write", "admin"] },
          { id: "pair", value: PAIR_INTO(this.o.net), scopes: ["observe", "pair"] },
        ],
      },
      rooms: (this.o.rooms ?? ROOMS).map((id) => ({ id, members: this.o.members ?? MEMBERS })),
      pairings: this.o.peers.map((p) => ({
        id: `link_${p.net}`,
        remote_network_id: p.expect ?? p.net,
        remote_network_name: `Network ${p.net}`,
        remote_base_url: `http://127.0.0.1:${p.port}`,
        token: p.token ?? PAIR_INTO(p.net),
      })),
    };
    await writeFile(join(this.dir, "moltnet.json"), JSON.stringify(config, null, 2), { mode: 0o600 });
  }

  async start(): Promise<void> {
    this.started = await startCli({
      cwd: this.dir,
      env: {
        MOLTNET_LISTEN_ADDR: `127.0.0.1:${this.o.port}`,
        MOLTNET_PAIRING_CHECK_INTERVAL_MS: "500",
        MOLTNET_PAIRING_TIMEOUT_MS: "1500",
      },
    });
    running.add(this);
  }

  async stop(): Promise<void> {
    const s = this.started;
    this.started = null;
    if (s) expect((await s.stop()).code).toBe(0);
  }

  async sigkill(): Promise<void> {
    const s = this.started;
    this.started = null;
    if (!s) return;
    s.child.kill("SIGKILL");
    await finished(s.child);
  }

  kill(): void {
    this.started?.child.kill("SIGKILL");
    this.started = null;
  }

  output(): string {
    const o = this.started?.output();
    return o ? o.stdout + o.stderr : "";
  }

  async call(path: string, init: { method?: string; body?: unknown } = {}): Promise<{ status: number; body: any }> {
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? "GET",
      headers: { Authorization: `Bearer ${ADMIN(this.o.net)}`, "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  }

  async send(target: Record<string, unknown>, from: string, text: string, id?: string): Promise<string> {
    const r = await this.call("/v1/messages", {
      method: "POST",
      body: { ...(id ? { id } : {}), target, from: { type: "agent", id: from }, parts: [{ kind: "text", text }] },
    });
    if (r.status !== 202 && r.status !== 200)
      throw new Error(`POST /v1/messages → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body.message_id as string;
  }

  async pairing(id: string): Promise<any> {
    const r = await this.call("/v1/pairings");
    return (r.body.pairings as any[]).find((p) => p.id === id);
  }

  /** Every message of a conversation, oldest first. */
  async history(path: string): Promise<any[]> {
    const out: any[] = [];
    let before = "";
    for (;;) {
      const r = await this.call(`${path}?limit=500${before ? `&before=${before}` : ""}`);
      if (r.status === 404) return [];
      expect(r.status).toBe(200);
      out.unshift(...(r.body.messages as any[]));
      if (!r.body.page.has_more) return out;
      before = r.body.page.next_before;
    }
  }

  async metric(name: string): Promise<Map<string, number>> {
    const r = await fetch(`${this.base}/metrics`, { headers: { Authorization: `Bearer ${ADMIN(this.o.net)}` } });
    const out = new Map<string, number>();
    for (const line of (await r.text()).split("\n")) {
      if (!line.startsWith(name)) continue;
      const at = line.lastIndexOf(" ");
      out.set(line.slice(0, at), Number(line.slice(at + 1)));
    }
    return out;
  }
}

async function eventually<T>(
  what: string,
  probe: () => Promise<T>,
  ok: (v: T) => boolean,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!ok(last)) {
    if (Date.now() > until)
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last)?.slice(0, 800)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}

const room = (room_id: string) => ({ kind: "room", room_id });

async function twoNetworks(): Promise<[Net, Net]> {
  const [pa, pb] = [await freePort(), await freePort()];
  const a = await Net.start({ net: "A", port: pa, peers: [{ net: "B", port: pb }] });
  const b = await Net.start({ net: "B", port: pb, peers: [{ net: "A", port: pa }] });
  for (const [n, id] of [
    [a, "link_B"],
    [b, "link_A"],
  ] as const)
    await eventually(
      `${id} connected`,
      () => n.pairing(id),
      (p) => p.status === "connected",
    );
  return [a, b];
}

describe("pairings between two servers", () => {
  it("proxy routes answer with the remote's own data; the status is checked, with diagnostics; tokens never show", async () => {
    const [a, b] = await twoNetworks();
    const listed = await a.pairing("link_B");
    expect(listed).toMatchObject({
      id: "link_B",
      remote_network_id: "B",
      status: "connected",
      diagnostics: {
        remote_network_id: "B",
        remote_protocols: { http: ["moltnet.http.v1"], pair: ["moltnet.pair.v1"] },
      },
    });
    expect(Object.keys(listed.diagnostics)).toEqual([
      "checked_at",
      "remote_version",
      "remote_network_id",
      "remote_protocols",
    ]);

    const network = await a.call("/v1/pairings/link_B/network");
    expect(network.status).toBe(200);
    expect(network.body).toMatchObject({ id: "B", name: "Network B", capabilities: { pairings: true } });

    const rooms = await a.call("/v1/pairings/link_B/rooms");
    expect(rooms.status).toBe(200);
    expect(rooms.body.rooms.map((r: any) => r.id).sort()).toEqual([...ROOMS].sort());
    expect(rooms.body.rooms.every((r: any) => r.network_id === "B")).toBe(true);
    const paged = await a.call("/v1/pairings/link_B/rooms?limit=1");
    expect(paged.body.rooms).toHaveLength(1);
    expect(paged.body.page.has_more).toBe(true);
    const next = await a.call(`/v1/pairings/link_B/rooms?limit=1&after=${paged.body.page.next_after}`);
    expect(next.body.rooms[0].id).not.toBe(paged.body.rooms[0].id);
    expect((await a.call("/v1/pairings/link_B/rooms?after=a&before=b")).status).toBe(422);

    const agents = await a.call("/v1/pairings/link_B/agents");
    expect(agents.status).toBe(200);
    expect(Array.isArray(agents.body.agents)).toBe(true);
    expect((await a.call("/v1/pairings/nope/network")).status).toBe(404);

    const everything = JSON.stringify([listed, network.body, rooms.body, agents.body]) + a.output() + b.output();
    expect(everything).not.toContain(PAIR_INTO("B"));
    expect(everything).not.toContain(PAIR_INTO("A"));
  });

  it("relays room, thread and DM messages with their origin, both ways, without a loop; a room the remote lacks is refused and skipped", async () => {
    const [a, b] = await twoNetworks();
    const m1 = await a.send(room("general"), "alpha", "hello from A");
    const t1 = await a.send(
      { kind: "thread", room_id: "general", thread_id: "t-a1", parent_message_id: m1 },
      "alpha",
      "a thread on A",
    );
    const d1 = await a.send({ kind: "dm", dm_id: "dm-ab", participant_ids: ["alpha", "B:bob"] }, "alpha", "psst bob");
    // A DM with no participant on B stays on A.
    await a.send({ kind: "dm", dm_id: "dm-local", participant_ids: ["alpha", "zed"] }, "alpha", "local only");
    const b1 = await b.send(room("general"), "bob", "hello from B");
    // B stamps a relayed message when it arrives: wait for d1 there, so B's reply sorts after it.
    await eventually(
      "d1 on B",
      () => b.history("/v1/dms/dm-ab/messages"),
      (m) => m.length === 1,
    );
    const d2 = await b.send({ kind: "dm", dm_id: "dm-ab", participant_ids: ["bob", "A:alpha"] }, "bob", "hi alpha");

    const onB = await eventually(
      "room messages on B",
      () => b.history("/v1/rooms/general/messages"),
      (m) => m.length >= 2,
    );
    const relayed = onB.find((m) => m.id === m1);
    expect(relayed).toMatchObject({
      network_id: "B",
      origin: { network_id: "A", message_id: m1 },
      from: { type: "agent", id: "alpha", network_id: "A" },
      parts: [{ kind: "text", text: "hello from A" }],
    });
    const thread = await eventually(
      "thread on B",
      () => b.history("/v1/threads/t-a1/messages"),
      (m) => m.length === 1,
    );
    expect(thread[0]).toMatchObject({
      id: t1,
      origin: { network_id: "A" },
      target: { kind: "thread", thread_id: "t-a1" },
    });
    const dmOnB = await eventually(
      "DM on B",
      () => b.history("/v1/dms/dm-ab/messages"),
      (m) => m.length === 2,
    );
    expect(dmOnB.map((m) => m.id)).toEqual([d1, d2]);
    expect(dmOnB[0].target.participant_ids.sort()).toEqual(["A:alpha", "B:bob"]);
    expect((await b.call("/v1/dms/dm-local")).status).toBe(404);
    const dmOnA = await eventually(
      "DM on A",
      () => a.history("/v1/dms/dm-ab/messages"),
      (m) => m.length === 2,
    );
    expect(dmOnA.map((m) => m.id)).toEqual([d1, d2]);

    // A message to a room B does not have is refused there; what follows still goes.
    await a.send(room("general"), "alpha", "before");
    const onlyA = await a.send(room("general"), "alpha", "x");
    await a.call("/v1/rooms", { method: "POST", body: { id: "a-only", members: MEMBERS } });
    await a.send(room("a-only"), "alpha", "B has no such room");
    const after = await a.send(room("general"), "alpha", "after the refused one");
    await eventually(
      "the message after a refused one",
      () => b.history("/v1/rooms/general/messages"),
      (m) => m.some((x) => x.id === after),
    );
    expect(
      (await a.metric("moltnet_relay_total")).get('moltnet_relay_total{pairing="link_B",outcome="rejected"}'),
    ).toBe(1);

    // Quiet, then count: each message exists once on each side (no re-relay loop).
    await new Promise((r) => setTimeout(r, 1500));
    const generalA = await a.history("/v1/rooms/general/messages");
    const generalB = await b.history("/v1/rooms/general/messages");
    expect(generalA.map((m) => m.id).sort()).toEqual(generalB.map((m) => m.id).sort());
    expect(new Set(generalA.map((m) => m.id)).size).toBe(generalA.length);
    expect(generalA.map((m) => m.id)).toContain(b1);
    expect(generalA.map((m) => m.id)).toContain(onlyA);
    const sentA = (await a.metric("moltnet_relay_total")).get(
      'moltnet_relay_total{pairing="link_B",outcome="success"}',
    );
    const sentB = (await b.metric("moltnet_relay_total")).get(
      'moltnet_relay_total{pairing="link_A",outcome="success"}',
    );
    // A sent: m1, t1, d1, before, x, after = 6; B sent: b1, d2 = 2. Nothing relayed back.
    expect([sentA, sentB]).toEqual([6, 2]);
    const lag = await a.metric("moltnet_relay_lag_events");
    expect(lag.get('moltnet_relay_lag_events{pairing="link_B"}')).toBe(0);
  });

  it("remote stopped: status error, 1,000 messages wait; started again: connected, all arrive once, in order per room", async () => {
    const [a, b] = await twoNetworks();
    const stream = await SseReader.open(`${a.base}/v1/events/stream`, { Authorization: `Bearer ${ADMIN("A")}` });
    expect(stream.status).toBe(200);
    const pairingEvent = async (status: string) => {
      for (;;) {
        const e = await stream.nextEvent(20_000);
        if (e.event === "pairing.updated" && e.json.pairing.status === status) return e.json;
      }
    };
    await b.stop();
    await eventually(
      "link_B in error",
      () => a.pairing("link_B"),
      (p) => p.status === "error",
    );
    const updated = await pairingEvent("error");
    expect(updated).toMatchObject({
      type: "pairing.updated",
      network_id: "A",
      pairing: { id: "link_B", status: "error", diagnostics: { reason: "remote_request_failed" } },
    });
    expect(JSON.stringify(updated)).not.toContain(PAIR_INTO("B"));
    expect((await a.pairing("link_B")).diagnostics).toMatchObject({ reason: "remote_request_failed" });
    const proxied = await a.call("/v1/pairings/link_B/network");
    expect(proxied.status).toBe(502);
    expect(proxied.body.error).toMatch(/^paired network request failed: paired network could not be reached/);

    const sent = new Map<string, string[]>(ROOMS.map((r) => [r, []]));
    for (let i = 0; i < 1000; i++) {
      const r = ROOMS[i % ROOMS.length]!;
      sent.get(r)!.push(await a.send(room(r), "alpha", `m${i}`));
    }
    await eventually(
      "relay lag 1000",
      () => a.metric("moltnet_relay_lag_events"),
      (m) => (m.get('moltnet_relay_lag_events{pairing="link_B"}') ?? 0) >= 1000,
    );
    // A keeps serving its own clients meanwhile.
    expect((await a.call("/v1/rooms/general/messages?limit=1")).status).toBe(200);

    await b.start();
    await eventually(
      "link_B connected again",
      () => a.pairing("link_B"),
      (p) => p.status === "connected",
    );
    expect((await pairingEvent("connected")).pairing.diagnostics.remote_network_id).toBe("B");
    stream.close();
    for (const r of ROOMS) {
      const got = await eventually(
        `${r} on B`,
        () => b.history(`/v1/rooms/${r}/messages`),
        (m) => m.length >= 250,
        60_000,
      );
      expect(got.map((m) => m.id)).toEqual(sent.get(r));
    }
  });

  it("the sending server killed mid-backlog and restarted: every message arrives once, in order", async () => {
    const [a, b] = await twoNetworks();
    await b.stop();
    const sent: string[] = [];
    for (let i = 0; i < 1000; i++) sent.push(await a.send(room("general"), "alpha", `k${i}`));
    await b.start();
    // Let part of the backlog through, then kill the sender without a goodbye.
    await eventually(
      "the backlog starting on B",
      async () => (await b.call("/v1/rooms/general/messages?limit=1")).body.messages.length,
      (n) => n > 0,
    );
    await a.sigkill();
    const partial = (await b.history("/v1/rooms/general/messages")).length;
    expect(partial).toBeLessThan(1000);
    await a.start();
    const got = await eventually(
      "all 1000 on B",
      () => b.history("/v1/rooms/general/messages"),
      (m) => m.length >= 1000,
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    const final = await b.history("/v1/rooms/general/messages");
    expect(final.map((m) => m.id)).toEqual(sent);
    expect(got.length).toBe(1000);
  });
});

describe("pairing faults", () => {
  let fake: Server | null = null;
  afterEach(async () => {
    fake?.closeAllConnections();
    await new Promise<void>((r) => (fake ? fake.close(() => r()) : r()));
    fake = null;
  });

  it("a remote with another network id is incompatible and nothing is sent to it", async () => {
    const [pa, pc] = [await freePort(), await freePort()];
    // A expects network B at pc, but C answers there.
    const c = await Net.start({ net: "C", port: pc, peers: [] });
    const a = await Net.start({ net: "A", port: pa, peers: [{ net: "B", port: pc, token: PAIR_INTO("C") }] });
    const p = await eventually(
      "incompatible",
      () => a.pairing("link_B"),
      (x) => x.status === "incompatible",
    );
    expect(p.diagnostics).toMatchObject({
      reason: "network_id_mismatch",
      remote_network_id: "C",
      message: 'Remote network_id "C" does not match configured remote_network_id "B".',
    });
    const network = await a.call("/v1/network");
    expect(network.body.warnings).toEqual([
      expect.objectContaining({ code: "pairings.incompatible", message: "1 pairing incompatible." }),
    ]);
    await a.send(room("general"), "alpha", "must not reach C");
    const rooms = await a.call("/v1/pairings/link_B/rooms");
    expect(rooms.status).toBe(502);
    expect(rooms.body.error).toContain("does not match configured remote_network_id");
    await new Promise((r) => setTimeout(r, 1500));
    expect(await c.history("/v1/rooms/general/messages")).toEqual([]);
    expect(
      (await a.metric("moltnet_relay_lag_events")).get('moltnet_relay_lag_events{pairing="link_B"}'),
    ).toBeGreaterThan(0);
  });

  it("bad remotes (non-JSON, 5xx, 401, slow, refused messages) give clear 502s and errors; the server keeps serving", async () => {
    let mode = "garbage";
    const seen: string[] = [];
    const port = await freePort();
    fake = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers.authorization ?? ""}`);
      if (mode === "garbage") return void res.writeHead(200, { "Content-Type": "text/html" }).end("<html>hi</html>");
      if (mode === "5xx") return void res.writeHead(503).end("down");
      if (mode === "401") return void res.writeHead(401).end('{"error":"unauthorized"}');
      if (mode === "slow") return void setTimeout(() => res.writeHead(200).end("{}"), 4000);
      if (mode === "huge")
        return void res.writeHead(200, { "Content-Type": "application/json" }).end(`"${"x".repeat(2 << 20)}"`);
      // A redirect would carry the token to another host: never followed.
      if (mode === "redirect") return void res.writeHead(302, { Location: "http://127.0.0.1:9/elsewhere" }).end();
      if (mode === "array") return void res.writeHead(200, { "Content-Type": "application/json" }).end("[1,2]");
      // "refusing": a compatible network that refuses every message with 422.
      if (req.url === "/v1/network")
        return void res.writeHead(200, { "Content-Type": "application/json" }).end(
          JSON.stringify({
            id: "B",
            protocols: { http: ["moltnet.http.v1"], pair: ["moltnet.pair.v1"] },
            capabilities: { message_pagination: "cursor", direct_messages: true },
          }),
        );
      res.writeHead(422, { "Content-Type": "application/json" }).end('{"error":"nope"}');
    });
    await new Promise<void>((r) => fake!.listen(port, "127.0.0.1", () => r()));
    const a = await Net.start({ net: "A", port: await freePort(), peers: [{ net: "B", port }] });

    const expect502 = async (pattern: RegExp) => {
      const r = await a.call("/v1/pairings/link_B/network");
      expect(r.status).toBe(502);
      expect(r.body.error).toMatch(pattern);
      expect(JSON.stringify(r.body)).not.toContain(PAIR_INTO("B"));
    };
    await expect502(/paired network answered with invalid JSON \(GET http:\/\/127\.0\.0\.1:\d+\/v1\/network\)/);
    mode = "5xx";
    await expect502(/paired network returned 503/);
    mode = "401";
    await expect502(/paired network returned 401/);
    expect((await a.pairing("link_B")).diagnostics.message).toBe(
      "Remote network metadata could not be fetched. (HTTP 401)",
    );
    mode = "huge";
    await expect502(/paired network answer exceeds 1048576 bytes/);
    mode = "redirect";
    await expect502(/paired network returned 302/);
    mode = "array";
    await expect502(/paired network answered with a JSON array, not an object/);
    mode = "slow";
    const started = Date.now();
    await expect502(/did not answer within 1500 ms/);
    expect(Date.now() - started).toBeLessThan(3500);
    // Meanwhile A serves its own clients.
    expect((await a.call("/v1/rooms")).status).toBe(200);

    mode = "refusing";
    await eventually(
      "connected to the refusing remote",
      () => a.pairing("link_B"),
      (p) => p.status === "connected",
    );
    for (let i = 0; i < 5; i++) await a.send(room("general"), "alpha", `refused ${i}`);
    await eventually(
      "5 refusals",
      () => a.metric("moltnet_relay_total"),
      (m) => m.get('moltnet_relay_total{pairing="link_B",outcome="rejected"}') === 5,
    );
    expect(seen.filter((s) => s.startsWith("POST /v1/messages")).length).toBe(5);
    // The token went to the remote, and nowhere else.
    expect(seen.every((s) => s.endsWith(`Bearer ${PAIR_INTO("B")}`))).toBe(true);
    expect(a.output()).not.toContain(PAIR_INTO("B"));
    expect(JSON.stringify((await a.call("/v1/pairings")).body)).not.toContain(PAIR_INTO("B"));
  });

  it("a wrong pairing token: error with the remote's 401, messages held and relayed once the token is right", async () => {
    const [pa, pb] = [await freePort(), await freePort()];
    const b = await Net.start({ net: "B", port: pb, peers: [] });
    const a = await Net.start({ net: "A", port: pa, peers: [{ net: "B", port: pb, token: "wrong-token-0123456789" }] });
    const p = await eventually(
      "error",
      () => a.pairing("link_B"),
      (x) => x.status === "error",
    );
    expect(p.diagnostics.message).toContain("HTTP 401");
    const id = await a.send(room("general"), "alpha", "held until the token is fixed");
    await a.stop();
    a.o.peers = [{ net: "B", port: pb }];
    await a.writeConfig();
    await a.start();
    const got = await eventually(
      "held message on B",
      () => b.history("/v1/rooms/general/messages"),
      (m) => m.length === 1,
    );
    expect(got[0].id).toBe(id);
  });
});

describe("pairings with Postgres and with three networks", () => {
  it("two servers of one network on one Postgres relay each message once, and fail over when the relayer dies", async () => {
    const db = await createTestDatabase("moltnet_pair", { migrated: true });
    databases.push(db);
    const [pa1, pa2, pb] = [await freePort(), await freePort(), await freePort()];
    const b = await Net.start({ net: "B", port: pb, peers: [] });
    const a1 = await Net.start({ net: "A", dir: "A1", port: pa1, dsn: db.dsn, peers: [{ net: "B", port: pb }] });
    const a2 = await Net.start({ net: "A", dir: "A2", port: pa2, dsn: db.dsn, peers: [{ net: "B", port: pb }] });
    const sent: string[] = [];
    for (let i = 0; i < 300; i++) sent.push(await (i % 2 ? a1 : a2).send(room("general"), "alpha", `p${i}`));
    await eventually(
      "300 on B",
      () => b.history("/v1/rooms/general/messages"),
      (m) => m.length >= 300,
      60_000,
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect((await b.history("/v1/rooms/general/messages")).map((m) => m.id)).toEqual(sent);
    const success = async (n: Net) =>
      (await n.metric("moltnet_relay_total")).get('moltnet_relay_total{pairing="link_B",outcome="success"}') ?? 0;
    const [s1, s2] = [await success(a1), await success(a2)];
    // One relayer: all 300 POSTs came from one of the two servers.
    expect(s1 + s2).toBe(300);
    expect(Math.min(s1, s2)).toBe(0);

    // Kill the relayer; the other takes over once its lease lapses, and nothing is lost or stored twice.
    const [holder, other] = s1 > 0 ? [a1, a2] : [a2, a1];
    await holder.sigkill();
    for (let i = 0; i < 50; i++) sent.push(await other.send(room("general"), "alpha", `q${i}`));
    await eventually(
      "350 on B",
      () => b.history("/v1/rooms/general/messages"),
      (m) => m.length >= 350,
      60_000,
    );
    expect((await b.history("/v1/rooms/general/messages")).map((m) => m.id)).toEqual(sent);
  });

  it("three networks: A's room messages reach B and C; a DM to B:bob reaches only B", async () => {
    const [pa, pb, pc] = [await freePort(), await freePort(), await freePort()];
    const a = await Net.start({
      net: "A",
      port: pa,
      peers: [
        { net: "B", port: pb },
        { net: "C", port: pc },
      ],
    });
    const b = await Net.start({ net: "B", port: pb, peers: [{ net: "A", port: pa }] });
    const c = await Net.start({ net: "C", port: pc, peers: [{ net: "A", port: pa }] });
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push(await a.send(room("ops"), "alpha", `o${i}`));
    const dm = await a.send({ kind: "dm", dm_id: "dm-ab", participant_ids: ["alpha", "B:bob"] }, "alpha", "for bob");
    for (const n of [b, c]) {
      const got = await eventually(
        `ops on ${n.o.net}`,
        () => n.history("/v1/rooms/ops/messages"),
        (m) => m.length >= 20,
      );
      expect(got.map((m) => m.id)).toEqual(ids);
    }
    await eventually(
      "DM on B",
      () => b.history("/v1/dms/dm-ab/messages"),
      (m) => m.length === 1,
    );
    expect((await b.history("/v1/dms/dm-ab/messages"))[0].id).toBe(dm);
    expect((await c.call("/v1/dms/dm-ab")).status).toBe(404);
    // B's and C's own messages go back to A only (B and C are not paired with each other).
    const fromB = await b.send(room("ops"), "bob", "from B");
    await eventually(
      "B's message on A",
      () => a.history("/v1/rooms/ops/messages"),
      (m) => m.some((x) => x.id === fromB),
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect((await c.history("/v1/rooms/ops/messages")).some((m) => m.id === fromB)).toBe(false);
  });
});

// Malformed input never yields a 500: hundreds of generated malformed
// requests against a real server on each backend. Every answer must be a 4xx
// `{code,error,request_id}` envelope, and afterwards every GET answer and the
// event stream show that nothing changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Reply } from "./client.js";
import { killLeftovers, startServer, type Backend, type TestServer } from "./harness.js";
import { malformedBodies, type MalformedRequest } from "./malformed-bodies.js";
import { malformedQueries, type QueryFixture } from "./malformed-queries.js";
import { createRoom, dmMessage, expectOk, roomMessage, send, threadMessage } from "./fixtures.js";
import type { SseReader } from "./sse-reader.js";
import { expectSameSnapshot, takeSnapshot, type Snapshot } from "./snapshot.js";

const BACKENDS: Backend[] = ["memory", "sqlite", "json", "postgres"];

const CONFIG = {
  pairings: [
    { id: "mf-pair-1", remote_network_id: "net-1", remote_base_url: "https://one.example.test" },
    { id: "mf-pair-2", remote_network_id: "net-2", remote_base_url: "https://two.example.test" },
  ],
};

const FIXTURE: QueryFixture = {
  roomId: "mf-room",
  threadId: "mf-thread",
  dmId: "mf-dm",
  messageId: "mf-m-1",
  agentId: "alpha",
  pairingId: "mf-pair-1",
};

/** Answers that would exist if a malformed request had been accepted. */
const WOULD_BE_CREATED = [
  "/v1/rooms/mf-new-room",
  "/v1/threads/mf-new-thread",
  "/v1/dms/mf-new-dm",
  "/v1/rooms/mf-apply-room",
  "/v1/agents/mf-apply-agent",
  "/v1/agents/mf-new-agent",
  "/v1/agents/agent",
  "/v1/agents/mf-added",
];

async function seed(srv: TestServer): Promise<void> {
  await createRoom(srv, { id: "mf-room", members: ["alpha", "beta"] });
  await createRoom(srv, { id: "mf-room-2", members: ["gamma"], visibility: "public" });
  await send(srv, roomMessage("mf-m-1", "mf-room", "alpha", [{ kind: "url", url: "https://example.test/a" }]));
  await send(srv, roomMessage("mf-m-2", "mf-room", "beta"));
  await send(srv, threadMessage("mf-t-1", "mf-room", "mf-thread", "mf-m-1"));
  await send(srv, dmMessage("mf-d-1", "mf-dm", ["alpha", "beta"]));
  expectOk(await srv.post("/v1/agents/register", { requested_agent_id: "mf-agent", name: "MF" }), 201);
}

function envelopeProblem(reply: Reply): string | null {
  if (reply.status < 400 || reply.status > 499) return `status ${reply.status}`;
  if (!String(reply.headers.get("content-type")).startsWith("application/json"))
    return `content-type ${reply.headers.get("content-type")}`;
  const body = reply.body as Record<string, unknown> | undefined;
  if (!body || Object.keys(body).join(",") !== "code,error,request_id") return "not a {code,error,request_id} envelope";
  if (typeof body.error !== "string" || body.error === "") return "empty error text";
  if (body.request_id !== reply.headers.get("x-request-id")) return "request_id differs from X-Request-Id";
  return null;
}

async function fire(srv: TestServer, req: MalformedRequest): Promise<Reply> {
  const headers: Record<string, string> = { ...req.headers };
  if (req.body !== undefined) headers["Content-Type"] = "application/json";
  return srv.raw(req.method, req.path, headers, req.body);
}

/** Sends every request (a few at a time) and returns one line per answer that is not a proper 4xx envelope. */
async function barrage(srv: TestServer, requests: MalformedRequest[]): Promise<string[]> {
  const problems: string[] = [];
  for (let i = 0; i < requests.length; i += 4) {
    await Promise.all(
      requests.slice(i, i + 4).map(async (req) => {
        try {
          const reply = await fire(srv, req);
          const problem = envelopeProblem(reply);
          if (problem) problems.push(`${req.label}: ${problem}: ${reply.text.slice(0, 200)}`);
        } catch (err) {
          problems.push(`${req.label}: transport error ${(err as Error).message}`);
        }
      }),
    );
  }
  return problems;
}

for (const backend of BACKENDS) {
  describe(`malformed[${backend}]`, () => {
    let srv: TestServer;
    let before: Snapshot;
    let stream: SseReader;
    const bodies = malformedBodies(FIXTURE.roomId);
    const queries = malformedQueries(FIXTURE);

    beforeAll(async () => {
      srv = await startServer({ backend, config: CONFIG });
      await seed(srv);
      before = await takeSnapshot(srv, { extra: [...WOULD_BE_CREATED, ...queries.valid.map((r) => r.path)] });
      stream = await srv.sse();
      expect(await stream.next()).toEqual({ kind: "comment", text: "stream-open" });
    }, 120_000);
    afterAll(async () => {
      stream?.close();
      await srv?.dispose();
      killLeftovers();
      console.log(
        `malformed[${backend}]: ${bodies.length + queries.invalid.length} malformed requests (${bodies.length} bodies, ${queries.invalid.length} queries/paths), ${queries.valid.length} junk-but-valid`,
      );
    }, 60_000);

    it(`bodies - ${bodies.length} generated malformed bodies at every POST/PATCH route are 4xx envelopes`, async () => {
      expect(bodies.length).toBeGreaterThanOrEqual(200);
      expect(await barrage(srv, bodies)).toEqual([]);
    }, 180_000);

    it(`queries - ${queries.invalid.length} malformed cursors, limits and path ids are 4xx envelopes`, async () => {
      expect(await barrage(srv, queries.invalid)).toEqual([]);
    }, 120_000);

    it("junk limits alone and unknown dm ids - the contract's 200 pages, never a 5xx", async () => {
      const problems: string[] = [];
      for (const req of queries.valid) {
        const reply = await fire(srv, req);
        const keys = Object.keys(reply.body ?? {});
        if (reply.status !== 200 || keys.length !== 2 || keys[1] !== "page")
          problems.push(`${req.label}: ${reply.status} ${reply.text.slice(0, 200)}`);
      }
      expect(problems).toEqual([]);
    }, 60_000);

    it("afterwards - every GET answer is byte for byte unchanged and no event was published", async () => {
      expect(srv.running).toBe(true);
      expectOk(await srv.get("/readyz"));
      expectSameSnapshot(
        await takeSnapshot(srv, { extra: [...WOULD_BE_CREATED, ...queries.valid.map((r) => r.path)] }),
        before,
      );
      // pairing.updated is the status checker's (its remotes do not exist), not something a request caused.
      expect((await stream.quietFor(300)).filter((e) => e.event !== "pairing.updated")).toEqual([]);
      // The stream is still alive: the next real write arrives.
      const ok = await send(srv, roomMessage("mf-after", "mf-room"));
      expect((await stream.nextEvent()).id).toBe(ok.event_id);
    }, 60_000);
  });
}

// Postgres goes away under a running server and comes back: the server keeps
// running, answers 503 envelopes that reveal nothing internal while the
// database is down, and recovers by itself — /readyz turns 200 and writes
// work again without restarting the server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { killLeftovers, startServer, type TestServer } from "./harness.js";
import { privatePostgresSkipReason, startPrivatePostgres, type PrivatePostgres } from "./embedded-postgres.js";
import { createRoom, expectEnvelope, expectOk, messageEventId, roomMessage, send, threadMessage } from "./fixtures.js";

let pg: PrivatePostgres;
let srv: TestServer;

async function poll(what: string, path: string, status: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = "";
  while (Date.now() < deadline) {
    const reply = await srv.get(path);
    if (reply.status === status) return;
    last = `${reply.status} ${reply.text}`;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: ${path} did not answer ${status} within ${timeoutMs} ms (last: ${last})`);
}

const skipReason = privatePostgresSkipReason();
if (skipReason) console.warn(`postgres-outage: skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)("postgres outage under a running server", () => {
  beforeAll(async () => {
    pg = await startPrivatePostgres();
    srv = await startServer({ backend: "postgres", postgresDsn: pg.dsn });
  }, 180_000);
  afterAll(async () => {
    await srv?.dispose();
    await pg?.destroy();
    killLeftovers();
  }, 60_000);

  it("down - /readyz, /healthz, reads and writes answer 503 envelopes that reveal nothing, promptly", async () => {
    await createRoom(srv, { id: "out-room", members: ["alpha"] });
    await send(srv, roomMessage("out-1", "out-room"));
    expectOk(await srv.get("/readyz"));

    await pg.stop();
    await poll("after stopping Postgres", "/readyz", 503);
    const started = Date.now();
    for (const path of ["/readyz", "/healthz"]) expectEnvelope(await srv.get(path), 503, "service unavailable");
    expectEnvelope(
      await srv.post("/v1/messages", threadMessage("out-2", "out-room", "out-thread", "out-1")),
      503,
      "service unavailable",
    );
    expectEnvelope(await srv.post("/v1/rooms", { id: "out-room-2" }), 503, "service unavailable");
    expectEnvelope(await srv.get("/v1/rooms"), 503, "service unavailable");
    expectEnvelope(await srv.get("/v1/rooms/out-room/messages"), 503, "service unavailable");
    expect(Date.now() - started, "503s come without waiting for long timeouts").toBeLessThan(20_000);
    // Validation that needs no database still answers as usual.
    expectEnvelope(await srv.post("/v1/messages", "{"), 400);
    expect(srv.running).toBe(true);
  }, 120_000);

  it("back - /readyz turns 200 by itself once Postgres is up again, without a server restart", async () => {
    await pg.start();
    await poll("after starting Postgres again", "/readyz", 200);
    expect((await srv.get("/healthz")).text).toBe('{"status":"ok"}\n');
    expect(srv.running).toBe(true);
  }, 120_000);

  it("back - writes work again; the send refused during the outage stored nothing", async () => {
    const retried = await send(srv, threadMessage("out-2", "out-room", "out-thread", "out-1"));
    expect(retried).toEqual({
      message_id: "out-2",
      event_id: messageEventId("out-2"),
      accepted: true,
      thread_created: true,
      dm_created: false,
    });
    await send(srv, roomMessage("out-3", "out-room"));
    await createRoom(srv, { id: "out-room-2" });
    const history = expectOk(await srv.get("/v1/rooms/out-room/messages")).messages.map((m: { id: string }) => m.id);
    expect(history).toEqual(["out-1", "out-3"]);
    expect(expectOk(await srv.get("/v1/threads/out-thread")).message_count).toBe(1);
    // The logs of the whole episode never show the database password; the server stops cleanly.
    expect(srv.output()).not.toContain(pg.password);
    expect(await srv.stop()).toEqual({ code: 0, signal: null });
  }, 120_000);
});

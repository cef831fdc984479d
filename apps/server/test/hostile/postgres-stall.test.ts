// A Postgres that stops answering (a proxy in front of this test's own
// database that forwards nothing) gives 503 within the request deadline
// instead of holding requests for as long as the stall lasts, and the server
// recovers once the database answers again.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import type { Reply } from "../http/client.js";
import { createRoom, expectEnvelope, roomMessage, send } from "../http/fixtures.js";
import { killLeftovers, startServer, type TestServer } from "../http/harness.js";
import { sleep } from "./hostile-clients.js";
import { StallingProxy } from "./stalling-proxy.js";

const DEADLINE_MS = 3_000;
let db: TestDatabase;
let proxy: StallingProxy;
let srv: TestServer;

beforeAll(async () => {
  db = await createTestDatabase("moltnet_stall");
  const url = new URL(db.dsn);
  proxy = new StallingProxy(url.hostname, Number(url.port || 5432));
  await proxy.start();
  url.host = `127.0.0.1:${proxy.port}`;
  srv = await startServer({
    backend: "postgres",
    postgresDsn: url.toString(),
    env: { MOLTNET_REQUEST_TIMEOUT_MS: String(DEADLINE_MS) },
  });
}, 120_000);
afterAll(async () => {
  proxy?.resume();
  await srv?.dispose();
  await proxy?.stop();
  await db?.drop();
  killLeftovers();
}, 60_000);

it("stalled database: writes and reads answer 503 within the deadline; after the stall requests work again", async () => {
  await createRoom(srv, { id: "stall-room", members: ["alpha"] });
  await send(srv, roomMessage("before-stall", "stall-room"));

  proxy.stall();
  const timed = async (run: () => Promise<Reply>) => {
    const started = Date.now();
    const reply = await run();
    return { reply, ms: Date.now() - started };
  };
  const answers = await Promise.all([
    timed(() => srv.post("/v1/messages", roomMessage("during-stall", "stall-room"))),
    timed(() => srv.get("/v1/rooms/stall-room/messages")),
    timed(() => srv.get("/v1/rooms")),
  ]);
  for (const { reply, ms } of answers) {
    expectEnvelope(reply, 503, "service unavailable");
    expect(ms, "answered at the deadline, not when the stall ends").toBeLessThan(DEADLINE_MS + 2_000);
  }
  console.log(`stalled postgres: 503 after ${answers.map((a) => a.ms).join(", ")} ms (deadline ${DEADLINE_MS} ms)`);
  expect(srv.running).toBe(true);
  // Held for a while longer: nothing crashes, the server keeps answering what needs no database.
  await sleep(2_000);
  expect((await srv.get("/v1/network")).status).toBeLessThan(500);

  proxy.resume();
  let ok = false;
  for (let i = 0; i < 100 && !ok; i++) {
    const reply = await srv.post("/v1/messages", roomMessage(`after-stall-${i}`, "stall-room"));
    ok = reply.status === 202;
    if (!ok) await sleep(200);
  }
  expect(ok, "writes work again after the stall").toBe(true);
  const history = await srv.get("/v1/rooms/stall-room/messages");
  expect(history.status).toBe(200);
  expect(history.body.messages.map((m: { id: string }) => m.id)).toContain("before-stall");
  expect(srv.running).toBe(true);
}, 90_000);

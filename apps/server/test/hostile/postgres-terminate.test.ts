// Postgres drops the server's connections (pg_terminate_backend on this
// test's own database, 20 times) while clients stream POSTs: the process
// stays up, every message answered 202 is stored, and requests work again
// afterwards. Before the transaction guard (packages/store/src/postgres/
// transaction.ts) this crashed the server with postgres.js's uncaught
// `Cannot read properties of null (reading 'write')` in `nextWrite`.
import postgres from "postgres";
import { afterAll, beforeAll, expect, it } from "vitest";
import { adminDsn, createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { createRoom, roomMessage, send } from "../http/fixtures.js";
import { killLeftovers, startServer, type TestServer } from "../http/harness.js";

let db: TestDatabase;
let srv: TestServer;
let admin: postgres.Sql;

beforeAll(async () => {
  // A database of this test's own: only its backends are terminated.
  db = await createTestDatabase("moltnet_terminate");
  srv = await startServer({ backend: "postgres", postgresDsn: db.dsn });
  admin = postgres(adminDsn(), { max: 1, onnotice: () => {} });
}, 120_000);
afterAll(async () => {
  await admin?.end({ timeout: 5 });
  await srv?.dispose();
  await db?.drop();
  killLeftovers();
}, 60_000);

it("20 rounds of pg_terminate_backend during a POST stream: server lives, every 202 stored, requests recover", async () => {
  await createRoom(srv, { id: "term-room", members: ["alpha"] });
  const database = db.name;
  const accepted: string[] = [];
  const statuses = new Map<number, number>();
  let stop = false;
  const failures: string[] = [];

  const writer = async (w: number) => {
    for (let i = 0; !stop && i < 5_000; i++) {
      const id = `t-${w}-${i}`;
      try {
        const reply = await srv.post("/v1/messages", roomMessage(id, "term-room"));
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
        if (reply.status === 202) accepted.push(id);
        else if (reply.status !== 503) failures.push(`${id}: ${reply.status} ${reply.text}`);
      } catch (err) {
        // The process dying shows up as reset or refused connections.
        failures.push(`${id}: ${String(err)}`);
        return;
      }
    }
  };
  const writers = Array.from({ length: 8 }, (_, w) => writer(w));

  let terminated = 0;
  for (let round = 0; round < 20; round++) {
    await new Promise((r) => setTimeout(r, 150));
    const killed = await admin<{ ok: boolean }[]>`
      SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE datname = ${database} AND pid <> pg_backend_pid()`;
    terminated += killed.length;
    if (!srv.running) {
      stop = true;
      await Promise.all(writers);
      throw new Error(`server died in round ${round + 1}:\n${srv.output().slice(-3000)}`);
    }
  }
  // Let the writers see the last round, then stop them.
  await new Promise((r) => setTimeout(r, 500));
  stop = true;
  await Promise.all(writers);

  // The figures for the closing note.
  console.log(
    `pg_terminate_backend: ${terminated} backends in 20 rounds; answers ${JSON.stringify(Object.fromEntries(statuses))}`,
  );
  if (failures.length > 0)
    console.log(`server running: ${srv.running}; its last output:\n${srv.output().slice(-2000)}`);
  expect(failures, "only 202 or 503, never a reset").toEqual([]);
  expect(terminated, "backends were really terminated").toBeGreaterThanOrEqual(20);
  expect(srv.running).toBe(true);
  expect(accepted.length, JSON.stringify([...statuses])).toBeGreaterThan(0);

  // Recovery: new requests succeed without a restart (bounded retry while the pool reconnects).
  let recovered = false;
  for (let i = 0; i < 50 && !recovered; i++) {
    const reply = await srv.post("/v1/messages", roomMessage(`after-${i}`, "term-room"));
    if (reply.status === 202) {
      recovered = true;
      accepted.push(`after-${i}`);
    } else await new Promise((r) => setTimeout(r, 100));
  }
  expect(recovered, "a POST succeeds after the terminations").toBe(true);
  // Several in a row, so a pool with poisoned connections would show up.
  for (let i = 0; i < 30; i++) accepted.push((await send(srv, roomMessage(`steady-${i}`, "term-room"))).message_id);

  const stored = new Set<string>();
  let before: string | undefined;
  for (let page = 0; page < 1_000; page++) {
    const q = before ? `?limit=500&before=${encodeURIComponent(before)}` : "?limit=500";
    const reply = await srv.get(`/v1/rooms/term-room/messages${q}`);
    expect(reply.status, reply.text).toBe(200);
    const messages = reply.body.messages as { id: string }[];
    for (const m of messages) stored.add(m.id);
    if (!reply.body.page?.has_more) break;
    before = reply.body.page.next_before;
  }
  const missing = accepted.filter((id) => !stored.has(id));
  expect(missing, "every 202 is stored").toEqual([]);
  expect(srv.output()).not.toContain("Cannot read properties of null");
}, 180_000);

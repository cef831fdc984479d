// Two servers on one Postgres, each keeping rooms and registrations in memory
// for its message POSTs and history pages (issue 12): a change made through
// the other server, or by hand in psql, is what the very next request sees.
// Server A is warmed first so that its copies are in use when B changes them.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import postgres from "postgres";
import { createTestDatabase } from "../../../../tooling/test/postgres.js";
import { freePort, perTestWorkspace, startCli, type Started } from "./cli-harness.js";

const ws = perTestWorkspace();

const ADMIN = "admin-token-0123456789abcdef";
/** Writes as the agents it lists, with no admin scope: the room's write policy applies to it. */
const AGENTS = "agents-token-0123456789abcdef";

async function server(dsn: string): Promise<Started> {
  const config = {
    auth: {
      mode: "bearer",
      tokens: [
        { id: "admin", value: ADMIN, scopes: ["observe", "write", "admin"] },
        { id: "agents", value: AGENTS, scopes: ["observe", "write"], agents: ["alpha", "beta", "gamma"] },
      ],
    },
  };
  await writeFile(join(ws.dir.path, "moltnet.json"), JSON.stringify(config), { mode: 0o600 });
  const port = await freePort();
  return startCli({
    cwd: ws.dir.path,
    env: { MOLTNET_POSTGRES_DSN: dsn, MOLTNET_LISTEN_ADDR: `127.0.0.1:${port}` },
  });
}

async function call(
  base: string,
  method: string,
  path: string,
  body?: unknown,
  token = method === "POST" && path === "/v1/messages" ? AGENTS : ADMIN,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

const say = (id: string, sender: string, room = "lobby") => ({
  id,
  target: { kind: "room", room_id: room },
  from: { type: "agent", id: sender },
  parts: [{ kind: "text", text: id }],
});

/** POSTs and pages through A until its copies of the room are surely the ones in use. */
async function warm(a: Started, sender: string, n: number): Promise<void> {
  for (let i = 0; i < 5; i++) {
    expect((await call(a.baseUrl, "POST", "/v1/messages", say(`warm-${n}-${i}`, sender))).status).toBe(202);
    expect((await call(a.baseUrl, "GET", "/v1/rooms/lobby/messages?limit=2")).status).toBe(200);
  }
}

describe("cached rooms on several servers sharing Postgres", () => {
  it("members, new rooms and removal changed elsewhere apply to the next request", async () => {
    const db = await createTestDatabase("moltnet_shared_cache");
    const raw = postgres(db.dsn, { max: 1, onnotice: () => {} });
    const a = await server(db.dsn);
    const b = await server(db.dsn);
    try {
      expect(
        (await call(b.baseUrl, "POST", "/v1/rooms", { id: "lobby", name: "Lobby", members: ["alpha", "beta"] })).status,
      ).toBe(201);
      await warm(a, "alpha", 1);

      // Through the other server: alpha leaves, so the members-only room refuses it on A at once.
      expect((await call(b.baseUrl, "PATCH", "/v1/rooms/lobby/members", { remove: ["alpha"] })).status).toBe(200);
      const refused = await call(a.baseUrl, "POST", "/v1/messages", say("after-leave", "alpha"));
      expect(refused.status).toBe(403);
      expect(JSON.stringify(refused.body)).toContain('room \\"lobby\\" write policy forbids sender');
      expect((await call(a.baseUrl, "POST", "/v1/messages", say("beta-ok", "beta"))).status).toBe(202);

      // By hand, behind both servers' backs: gamma joins.
      await warm(a, "beta", 2);
      expect((await call(a.baseUrl, "POST", "/v1/messages", say("gamma-early", "gamma"))).status).toBe(403);
      await raw`INSERT INTO room_members (room_id, member_id) VALUES ('lobby', 'gamma')`;
      expect((await call(a.baseUrl, "POST", "/v1/messages", say("gamma-joined", "gamma"))).status).toBe(202);

      // A room A has been told does not exist, created through B: A takes messages for it at once.
      expect((await call(a.baseUrl, "POST", "/v1/messages", say("too-early", "alpha", "later"))).status).toBe(404);
      expect((await call(a.baseUrl, "GET", "/v1/rooms/later/messages")).status).toBe(404);
      expect(
        (await call(b.baseUrl, "POST", "/v1/rooms", { id: "later", name: "Later", members: ["alpha"] })).status,
      ).toBe(201);
      expect((await call(a.baseUrl, "GET", "/v1/rooms/later/messages")).status).toBe(200);
      expect((await call(a.baseUrl, "POST", "/v1/messages", say("in-later", "alpha", "later"))).status).toBe(202);

      // Removed through B: A's next page and POST answer 404, and nothing more is stored.
      await warm(a, "beta", 3);
      expect((await call(b.baseUrl, "DELETE", "/v1/rooms/lobby")).status).toBe(200);
      const page = await call(a.baseUrl, "GET", "/v1/rooms/lobby/messages?limit=2");
      expect(page.status).toBe(404);
      expect(JSON.stringify(page.body)).toContain('unknown room \\"lobby\\"');
      expect((await call(a.baseUrl, "POST", "/v1/messages", say("after-removal", "beta"))).status).toBe(404);

      const stored = await raw<{ id: string }[]>`select id from messages where id not like 'warm-%' order by id`;
      expect(stored.map((r) => r.id)).toEqual(["beta-ok", "gamma-joined", "in-later"]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
      await raw.end({ timeout: 1 });
      await db.drop();
    }
  }, 120_000);
});

// Auth over real HTTP (§7): the bearer-mode scope matrix route by route, the
// 401 texts, and open mode (public read, minted agent tokens, anonymous
// stream filtering). Each describe starts its own server on this backend.
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { TestServer } from "../harness.js";
import type { Reply } from "../client.js";
import type { Suite } from "../suite.js";
import { createRoom, expectEnvelope, expectOk, roomMessage, send, threadMessage, dmMessage } from "../fixtures.js";

const SECRET = `s${Date.now().toString(36)}`;
const TOKENS = { observe: `obs-${SECRET}`, write: `wri-${SECRET}`, admin: `adm-${SECRET}` } as const;
type Caller = "none" | "bad" | keyof typeof TOKENS;
const CALLERS: Caller[] = ["none", "bad", "observe", "write", "admin"];

const BEARER_CONFIG = {
  auth: {
    mode: "bearer",
    tokens: [
      { id: "obs", value: TOKENS.observe, scopes: ["observe"] },
      { id: "wri", value: TOKENS.write, scopes: ["write"] },
      { id: "adm", value: TOKENS.admin, scopes: ["admin"] },
    ],
  },
  rooms: [{ id: "au-room", members: ["alpha", "au-gone"] }],
};

const tokenOf = (c: Caller): string | undefined =>
  c === "none" ? undefined : c === "bad" ? `nope-${SECRET}` : TOKENS[c];

/** What each caller gets: a status per caller, or "read" (observe/admin), "write", "admin" shorthands. */
type Expect = Record<Caller, number>;
const readers = (ok: number): Expect => ({ none: 401, bad: 401, observe: ok, write: 403, admin: ok });
const writers = (ok: number): Expect => ({ none: 401, bad: 401, observe: 403, write: ok, admin: 403 });
const admins = (ok: number): Expect => ({ none: 401, bad: 401, observe: 403, write: 403, admin: ok });
const anyone: Expect = { none: 200, bad: 200, observe: 200, write: 200, admin: 200 };

interface Row {
  route: string;
  call: (srv: TestServer, token: string | undefined, n: number) => Promise<Reply>;
  want: Expect;
}

const get = (path: string) => (srv: TestServer, token: string | undefined) => srv.get(path, { token });

const ROWS: Row[] = [
  { route: "GET /healthz", call: get("/healthz"), want: anyone },
  { route: "GET /readyz", call: get("/readyz"), want: anyone },
  { route: "GET /v1/network", call: get("/v1/network"), want: readers(200) },
  { route: "GET /v1/rooms", call: get("/v1/rooms"), want: readers(200) },
  { route: "GET /v1/rooms/{id}", call: get("/v1/rooms/au-room"), want: readers(200) },
  { route: "GET /v1/rooms/{id}/messages", call: get("/v1/rooms/au-room/messages"), want: readers(200) },
  { route: "GET /v1/rooms/{id}/threads", call: get("/v1/rooms/au-room/threads"), want: readers(200) },
  { route: "GET /v1/threads/{id}", call: get("/v1/threads/au-thread"), want: readers(200) },
  { route: "GET /v1/threads/{id}/messages", call: get("/v1/threads/au-thread/messages"), want: readers(200) },
  { route: "GET /v1/dms", call: get("/v1/dms"), want: readers(200) },
  { route: "GET /v1/dms/{id}", call: get("/v1/dms/au-dm"), want: readers(200) },
  { route: "GET /v1/dms/{id}/messages", call: get("/v1/dms/au-dm/messages"), want: readers(200) },
  { route: "GET /v1/artifacts", call: get("/v1/artifacts?room_id=au-room"), want: readers(200) },
  { route: "GET /v1/agents", call: get("/v1/agents"), want: readers(200) },
  { route: "GET /v1/agents/{id}", call: get("/v1/agents/alpha"), want: readers(200) },
  { route: "GET /v1/pairings", call: get("/v1/pairings"), want: readers(200) },
  {
    route: "POST /v1/messages",
    call: (srv, token, n) => srv.post("/v1/messages", roomMessage(`au-msg-${n}`, "au-room"), { token }),
    want: writers(202),
  },
  {
    route: "POST /v1/rooms",
    call: (srv, token, n) => srv.post("/v1/rooms", { id: `au-new-${n}` }, { token }),
    want: admins(201),
  },
  {
    route: "PATCH /v1/rooms/{id}/members",
    call: (srv, token) => srv.patch("/v1/rooms/au-room/members", { add: ["beta"] }, { token }),
    want: admins(200),
  },
  { route: "DELETE /v1/rooms/{id}", call: (srv, token) => srv.del("/v1/rooms/au-del", { token }), want: admins(200) },
  {
    route: "DELETE /v1/agents/{id}",
    call: (srv, token) => srv.del("/v1/agents/au-gone", { token }),
    want: admins(200),
  },
  { route: "POST /v1/apply", call: (srv, token) => srv.post("/v1/apply", {}, { token }), want: admins(200) },
  {
    route: "POST /v1/agents/register",
    call: (srv, token, n) => srv.post("/v1/agents/register", { requested_agent_id: `au-reg-${n}` }, { token }),
    want: admins(201),
  },
  { route: "GET /metrics", call: get("/metrics"), want: admins(200) },
];

const ERROR_TEXT: Record<number, string> = { 403: "forbidden" };

export function authCases(s: Suite): void {
  const bearer = s.prestart({ config: BEARER_CONFIG });
  const admin = `op-adm-${SECRET}`;
  const open = s.prestart({
    config: {
      auth: { mode: "open", tokens: [{ id: "op-adm", value: admin, scopes: ["admin", "observe", "write"] }] },
      rooms: [
        { id: "op-public", members: ["alpha", "beta"], visibility: "public" },
        { id: "op-private", members: ["alpha", "beta"] },
      ],
    },
  });

  describe("bearer mode", () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await bearer();
      await send(srv, threadMessage("au-t-1", "au-room", "au-thread", "au-root"), TOKENS.write);
      await send(srv, dmMessage("au-d-1", "au-dm", ["alpha", "beta"]), TOKENS.write);
      await createRoom(srv, { id: "au-del" }, TOKENS.admin);
    }, 120_000);
    afterAll(() => srv?.dispose(), 60_000);

    let n = 0;
    for (const row of ROWS) {
      s.it(`${row.route} - ${CALLERS.map((c) => `${c}:${row.want[c]}`).join(" ")}`, async () => {
        for (const caller of CALLERS) {
          const reply = await row.call(srv, tokenOf(caller), n++);
          const want = row.want[caller];
          expect(reply.status, `${row.route} as ${caller}: ${reply.text}`).toBe(want);
          if (want === 401) expectEnvelope(reply, 401, caller === "none" ? "authorization required" : "invalid token");
          if (want === 403) expectEnvelope(reply, 403, ERROR_TEXT[403]);
        }
      });
    }

    s.it("GET /v1/events/stream - observe and admin stream; write is 403; no or a bad token 401", async () => {
      for (const caller of CALLERS) {
        const r = await srv.sse({ token: tokenOf(caller) });
        try {
          const want = readers(200)[caller];
          expect(r.status, caller).toBe(want);
          if (want === 200) expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
          else expect(JSON.parse(await r.text()).code).toBe(want === 401 ? "unauthorized" : "forbidden");
        } finally {
          r.close();
        }
      }
    });

    s.it(
      "Authorization - a non-Bearer scheme or an empty token is 401 with its own text; the cookie works",
      async () => {
        expectEnvelope(
          await srv.raw("GET", "/v1/rooms", { Authorization: `Basic ${TOKENS.observe}` }),
          401,
          "invalid authorization header",
        );
        expectEnvelope(
          await srv.raw("GET", "/v1/rooms", { Authorization: `bearer ${TOKENS.observe}` }),
          401,
          "invalid authorization header",
        );
        // HTTP strips the trailing space of "Bearer " in transit, so the server sees a bare "Bearer".
        expectEnvelope(
          await srv.raw("GET", "/v1/rooms", { Authorization: "Bearer " }),
          401,
          /^(invalid authorization header|authorization token is required)$/,
        );
        expectOk(await srv.raw("GET", "/v1/rooms", { Authorization: `Bearer  ${TOKENS.observe} ` }));
        expectOk(await srv.raw("GET", "/v1/rooms", { Cookie: `moltnet_auth=${TOKENS.observe}` }));
        // Without public read, health never looks at credentials.
        expectOk(await srv.raw("GET", "/healthz", { Authorization: "Basic zzz" }));
      },
    );
  });

  describe("open mode", () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await open();
    }, 120_000);
    afterAll(() => srv?.dispose(), 60_000);

    s.it("public read - anonymous callers see public rooms only; private ones are 403; DMs need a token", async () => {
      const rooms = expectOk(await srv.get("/v1/rooms"));
      expect(rooms.rooms.map((r: { id: string }) => r.id)).toEqual(["op-public"]);
      expect(rooms.rooms[0].access).toEqual({ can_read: true, can_write: false, reason: "public-read/members-write" });
      expectOk(await srv.get("/v1/rooms/op-public/messages"));
      expectEnvelope(await srv.get("/v1/rooms/op-private"), 403, "room op-private is not readable");
      expectEnvelope(await srv.get("/v1/rooms/op-private/messages"), 403, "room op-private is not readable");
      expectEnvelope(await srv.get("/v1/dms"), 401, "authorization required");
      expectEnvelope(await srv.get("/v1/artifacts?room_id=op-public"), 401, "authorization required");
      expect(expectOk(await srv.get("/v1/rooms", { token: admin })).rooms.map((r: { id: string }) => r.id)).toEqual([
        "op-private",
        "op-public",
      ]);
      expect(expectOk(await srv.get("/v1/network")).capabilities).toMatchObject({
        public_read: true,
        agent_registration: "open",
      });
    });

    s.it("public read - a malformed or unknown credential is 401 even on /healthz, never downgraded", async () => {
      expectEnvelope(
        await srv.raw("GET", "/healthz", { Authorization: "Basic abc" }),
        401,
        "invalid authorization header",
      );
      expectEnvelope(
        await srv.raw("GET", "/readyz", { Authorization: "Token abc" }),
        401,
        "invalid authorization header",
      );
      expectEnvelope(await srv.get("/healthz", { token: "unknown-token" }), 401, "invalid token");
      expectEnvelope(await srv.get("/v1/rooms", { token: "unknown-token" }), 401, "invalid token");
      expectEnvelope(
        await srv.get("/v1/rooms/op-public", { headers: { Authorization: "Basic abc" } }),
        401,
        "invalid authorization header",
      );
      expectOk(await srv.get("/healthz"));
      expectOk(await srv.get("/healthz", { token: admin }));
    });

    s.it(
      "open registration - mints an agent token once (201); the token sends as its agent only; removal revokes it",
      async () => {
        const claim = expectOk(
          await srv.post("/v1/agents/register", { requested_agent_id: "alpha", name: "Alpha" }),
          201,
        );
        expect(claim.agent_token).toMatch(/^magt_v1_[A-Za-z0-9_-]{43}$/);
        expectEnvelope(
          await srv.post("/v1/agents/register", { requested_agent_id: "alpha" }),
          409,
          'agent "alpha" is already registered',
        );
        const token = claim.agent_token as string;
        const again = expectOk(await srv.post("/v1/agents/register", { requested_agent_id: "alpha" }, { token }), 200);
        expect(again.agent_token).toBeUndefined();

        await send(srv, roomMessage("op-m-1", "op-public", "alpha"), token);
        expectEnvelope(
          await srv.post("/v1/messages", roomMessage("op-m-2", "op-public", "beta"), { token }),
          409,
          'agent token is not valid for agent "beta"',
        );
        expectEnvelope(
          await srv.post("/v1/messages", roomMessage("op-m-3", "op-public", "alpha")),
          401,
          "authorization required",
        );
        // An agent token lacks observe: DMs are forbidden, public-read routes treat it as anonymous.
        expectEnvelope(await srv.get("/v1/dms", { token }), 403, "forbidden");
        expect(expectOk(await srv.get("/v1/rooms", { token })).rooms.map((r: { id: string }) => r.id)).toEqual([
          "op-public",
        ]);

        expect(expectOk(await srv.del("/v1/agents/alpha", { token: admin })).removed).toBe(true);
        expectEnvelope(
          await srv.post("/v1/messages", roomMessage("op-m-4", "op-public", "alpha"), { token }),
          401,
          "invalid token",
        );
      },
    );

    s.it("anonymous stream - only events of public rooms reach it", async () => {
      const claim = expectOk(await srv.post("/v1/agents/register", { requested_agent_id: "beta" }), 201);
      const r = await srv.sse();
      try {
        expect(await r.next()).toEqual({ kind: "comment", text: "stream-open" });
        await send(srv, roomMessage("op-s-1", "op-private", "beta"), claim.agent_token);
        await send(srv, roomMessage("op-s-2", "op-public", "beta"), claim.agent_token);
        await send(srv, threadMessage("op-s-3", "op-private", "op-s-t", "op-s-1", "beta"), claim.agent_token);
        const e = await r.nextEvent();
        expect([e.event, e.json.message.id]).toEqual(["message.created", "op-s-2"]);
        expect(await r.quietFor(300)).toEqual([]);
      } finally {
        r.close();
      }
    });
  });
}

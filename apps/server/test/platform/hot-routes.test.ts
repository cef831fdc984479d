// The hot routes (POST /v1/messages, history pages) are served on node:http
// directly; every other request goes through Hono. The same requests sent to
// a server with the hot routes and to one without (Hono only), each over its
// own store with the same clock, must get the same status, headers that
// matter and bytes: good requests, bad bodies, bad cursors, unknown ids,
// missing or wrong credentials.
import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterEach, describe, expect, test } from "vitest";
import { MonotonicClock, openStore } from "@moltnet/store";
import { createApp, type MoltnetApp } from "../../src/app.js";
import { makeSettings, recordingLogger, TOKENS, type SettingsOverrides } from "./helpers.js";

interface Answer {
  status: number;
  contentType: string | undefined;
  requestId: string | undefined;
  retryAfter: string | undefined;
  body: string;
}

interface Running {
  app: MoltnetApp;
  log: ReturnType<typeof recordingLogger>;
  url: string;
  /** The URLs the hot routes answered (the rest went to Hono). */
  served: string[];
  close(): Promise<void>;
}

const servers: Running[] = [];

afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start(overrides: SettingsOverrides, hot: boolean): Promise<Running> {
  const store = await openStore({ kind: "memory" });
  const log = recordingLogger();
  // The same readings on both servers: identical requests store identical messages.
  let micros = 1_780_000_000_000_000n;
  const app = createApp({
    settings: makeSettings(overrides),
    store,
    log,
    clock: new MonotonicClock(() => (micros += 1000n)),
  });
  await app.reconcile();
  await app.start();
  const listener = getRequestListener((req, env) => app.fetch(req, env));
  const served: string[] = [];
  const server: Server = createServer((req, res) => {
    if (hot && app.hotRoutes(req, res)) {
      served.push(req.url ?? "");
      return;
    }
    void listener(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const running: Running = {
    app,
    log,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      app.close();
      await store.close();
    },
  };
  servers.push(running);
  return running;
}

interface Call {
  method: "GET" | "POST";
  path: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
}

function send(base: string, call: Call): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${base}${call.path}`,
      { method: call.method, headers: { "content-type": "application/json", ...call.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            contentType: res.headers["content-type"],
            requestId: res.headers["x-request-id"] as string | undefined,
            retryAfter: res.headers["retry-after"] as string | undefined,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(call.body);
  });
}

const ROOMS = [{ id: "general", name: "General", members: ["alice", "bob"], visibility: "public" }];

const message = (fields: Record<string, unknown>) =>
  JSON.stringify({
    target: { kind: "room", room_id: "general" },
    from: { type: "agent", id: "alice" },
    parts: [{ kind: "text", text: "hello <world> & more" }],
    ...fields,
  });

/** Sends each call to both servers in turn, with one request id, and expects the same answer. */
async function expectSameAnswers(
  overrides: SettingsOverrides,
  calls: readonly Call[],
): Promise<{ answers: Answer[]; served: string[] }> {
  const hot = await start(overrides, true);
  const hono = await start(overrides, false);
  const answers: Answer[] = [];
  for (const [i, call] of calls.entries()) {
    const withId = { ...call, headers: { "x-request-id": `req-${i}`, ...call.headers } };
    const [fromHot, fromHono] = [await send(hot.url, withId), await send(hono.url, withId)];
    expect(fromHot, `${call.method} ${call.path} ${String(call.body ?? "").slice(0, 60)}`).toEqual(fromHono);
    answers.push(fromHot);
  }
  return { answers, served: hot.served };
}

describe("hot routes answer as the Hono routes do", () => {
  test("messages: accepted, duplicate, thread, DM and every kind of bad body", async () => {
    const { answers, served } = await expectSameAnswers({ rooms: ROOMS }, [
      { method: "POST", path: "/v1/messages", body: message({ id: "m1" }) },
      { method: "POST", path: "/v1/messages", body: message({ id: "m1" }) },
      {
        method: "POST",
        path: "/v1/messages?ignored=1",
        body: message({
          id: "m2",
          target: { kind: "thread", room_id: "general", thread_id: "t1", parent_message_id: "m1" },
        }),
      },
      {
        method: "POST",
        path: "/v1/messages",
        body: message({ id: "m3", target: { kind: "dm", dm_id: "d1", participant_ids: ["alice", "bob"] } }),
      },
      { method: "POST", path: "/v1/messages", body: "{" },
      { method: "POST", path: "/v1/messages", body: "" },
      { method: "POST", path: "/v1/messages", body: "[]" },
      { method: "POST", path: "/v1/messages", body: '{"target": 5}' },
      { method: "POST", path: "/v1/messages", body: `${message({ id: "m4" })} {}` },
      { method: "POST", path: "/v1/messages", body: message({ id: "m5", target: { kind: "room", room_id: "nope" } }) },
      { method: "POST", path: "/v1/messages", body: message({ id: "bad id!" }) },
      { method: "POST", path: "/v1/messages", body: Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]) },
      { method: "POST", path: "/v1/messages", body: `{"id":"${"x".repeat(1_048_600)}"}` },
    ]);
    expect(answers.map((a) => a.status)).toEqual([202, 202, 202, 202, 400, 400, 400, 400, 400, 404, 422, 400, 400]);
    expect(served).toHaveLength(answers.length);
    expect(answers[0]!.contentType).toBe("application/json");
    expect(answers[0]!.requestId).toBe("req-0");
    expect(JSON.parse(answers[12]!.body)).toEqual({
      code: "bad_request",
      error: "http: request body too large",
      request_id: "req-12",
    });
  });

  test("history: pages, cursors, limits, unknown conversations and the spellings left to Hono", async () => {
    const posts: Call[] = ["a", "b", "c"].map((id) => ({
      method: "POST",
      path: "/v1/messages",
      body: message({ id }),
    }));
    posts.push({
      method: "POST",
      path: "/v1/messages",
      body: message({
        id: "t-msg",
        target: { kind: "thread", room_id: "general", thread_id: "t1", parent_message_id: "a" },
      }),
    });
    posts.push({
      method: "POST",
      path: "/v1/messages",
      body: message({ id: "d-msg", target: { kind: "dm", dm_id: "d1", participant_ids: ["alice", "bob"] } }),
    });
    const reads: Call[] = [
      "/v1/rooms/general/messages",
      "/v1/rooms/general/messages?limit=2",
      "/v1/rooms/general/messages?limit=2&before=b",
      "/v1/rooms/general/messages?after=a&limit=1",
      "/v1/rooms/general/messages?limit=abc",
      "/v1/rooms/general/messages?limit=%31",
      "/v1/rooms/general/messages?limit=1+",
      "/v1/rooms/general/messages?before=nope",
      "/v1/rooms/general/messages?before=t-msg",
      "/v1/rooms/general/messages?before=a&after=b",
      "/v1/rooms/general/messages?before=bad%20id",
      "/v1/rooms/gener%61l/messages",
      "/v1/rooms/nope/messages",
      "/v1/threads/t1/messages",
      "/v1/threads/nope/messages",
      "/v1/dms/d1/messages",
      "/v1/dms/nope/messages",
      "/v1/rooms/general/messages/",
    ].map((path) => ({ method: "GET", path }));
    const { answers, served } = await expectSameAnswers({ rooms: ROOMS }, [...posts, ...reads]);
    // Escapes and a trailing slash are Hono's to parse; everything else was served hot.
    expect(
      served.filter((url) => url.startsWith("/v1/rooms") || url.startsWith("/v1/threads") || url.startsWith("/v1/dms")),
    ).toEqual(reads.map((r) => r.path).filter((path) => !/%|\+|\/$/.test(path)));
    const pages = answers.slice(posts.length);
    expect(pages.map((a) => a.status)).toEqual([
      200, 200, 200, 200, 200, 200, 200, 422, 422, 422, 422, 200, 404, 200, 404, 200, 404, 404,
    ]);
    expect(JSON.parse(pages[1]!.body).messages.map((m: { id: string }) => m.id)).toEqual(["b", "c"]);
    expect(pages[1]!.body).toContain("hello \\u003cworld\\u003e \\u0026 more");
    expect(pages[1]!.body.endsWith("}\n")).toBe(true);
  });

  test("credentials: none, a malformed header, a token without the scope, the right token", async () => {
    const auth = { mode: "bearer" as const, tokens: TOKENS };
    const { answers, served } = await expectSameAnswers({ rooms: ROOMS, auth }, [
      { method: "POST", path: "/v1/messages", body: message({ id: "m1" }) },
      { method: "POST", path: "/v1/messages", body: message({ id: "m1" }), headers: { authorization: "Basic x" } },
      { method: "POST", path: "/v1/messages", body: message({ id: "m1" }), headers: { authorization: "Bearer " } },
      {
        method: "POST",
        path: "/v1/messages",
        body: message({ id: "m1" }),
        headers: { authorization: "Bearer observe-secret" },
      },
      { method: "POST", path: "/v1/messages", body: message({ id: "m1" }), headers: { authorization: "Bearer nope" } },
      {
        method: "POST",
        path: "/v1/messages",
        body: message({ id: "m1" }),
        headers: { authorization: "Bearer write-secret" },
      },
      { method: "GET", path: "/v1/rooms/general/messages" },
      { method: "GET", path: "/v1/rooms/general/messages", headers: { authorization: "Bearer write-secret" } },
      { method: "GET", path: "/v1/rooms/general/messages", headers: { cookie: "moltnet_auth=observe-secret" } },
      { method: "GET", path: "/v1/dms/d1/messages", headers: { authorization: "Bearer write-secret" } },
    ]);
    expect(answers.map((a) => a.status)).toEqual([401, 401, 401, 403, 401, 202, 401, 403, 200, 403]);
    expect(served).toHaveLength(answers.length);
  });

  test("a hot route leaves its log line and metrics, with a generated request id when none is sent", async () => {
    const hot = await start({ rooms: ROOMS }, true);
    const accepted = await send(hot.url, { method: "POST", path: "/v1/messages", body: message({ id: "m1" }) });
    expect(accepted.status).toBe(202);
    expect(accepted.requestId).toMatch(/^req_[0-9a-f]{16}$/);
    const missing = await send(hot.url, { method: "GET", path: "/v1/rooms/nope/messages" });
    expect(missing.status).toBe(404);
    expect(hot.log.lines).toContainEqual(
      expect.objectContaining({
        level: "info",
        message: "request completed",
        fields: expect.objectContaining({
          request_id: accepted.requestId,
          method: "POST",
          route: "POST /v1/messages",
          status: 202,
        }),
      }),
    );
    expect(hot.log.lines).toContainEqual(
      expect.objectContaining({
        level: "warn",
        fields: expect.objectContaining({ route: "GET /v1/rooms/{roomID}/messages", status: 404 }),
      }),
    );
    const metrics = await send(hot.url, { method: "GET", path: "/metrics" });
    expect(metrics.body).toMatch(
      /moltnet_http_requests_total\{method="POST",route="POST \/v1\/messages",status="202"\} 1/,
    );
    expect(metrics.body).toMatch(
      /moltnet_http_requests_total\{method="GET",route="GET \/v1\/rooms\/\{roomID\}\/messages",status="404"\} 1/,
    );
  });
});

import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { StoreError } from "@moltnet/store";
import type { AppEnv } from "../../src/context.js";
import { HttpError, createErrorHandler, errorCode } from "../../src/http/errors.js";
import { jsonResponse } from "../../src/http/json.js";
import { bodyOf, makeApp, recordingLogger } from "./helpers.js";

describe("error envelopes", () => {
  it("unknown path - answers a JSON 404 envelope with alphabetical keys and a trailing newline", async () => {
    const { call } = await makeApp();
    const res = await call("/v1/nope");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/json");
    const text = await res.text();
    const requestId = res.headers.get("x-request-id")!;
    expect(text).toBe(`{"code":"not_found","error":"not found","request_id":"${requestId}"}\n`);
  });

  it("wrong method on a known path - answers 405 with an Allow header", async () => {
    const { call } = await makeApp();
    const res = await call("/v1/network", { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
    expect(await res.json()).toMatchObject({ code: "method_not_allowed", error: "method not allowed" });
  });

  it("405 - lists every method served on a parameterized path", async () => {
    const { call } = await makeApp();
    const res = await call("/v1/pairings/p1/network", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD");
  });

  it("HEAD on a GET route - answers like GET without a body", async () => {
    const { call } = await makeApp();
    const res = await call("/healthz", { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
  });

  it("error codes - the reference's table, then the reason phrase for statuses it folds into internal_error", () => {
    expect([400, 401, 403, 404, 409, 422, 502, 503, 500, 405, 413, 429, 507, 599].map(errorCode)).toEqual([
      "bad_request",
      "unauthorized",
      "forbidden",
      "not_found",
      "conflict",
      "unprocessable_entity",
      "bad_gateway",
      "service_unavailable",
      "internal_error",
      "method_not_allowed",
      "payload_too_large",
      "too_many_requests",
      "storage_full",
      "internal_error",
    ]);
  });

  describe("central error handler", () => {
    const build = () => {
      const log = recordingLogger();
      const app = new Hono<AppEnv>();
      app.use("*", async (c, next) => {
        c.set("requestId", "req_fixed");
        await next();
      });
      app.get("/http/:status", (c) => {
        throw new HttpError(Number(c.req.param("status")), `room "x" said no`);
      });
      app.get("/store/:code", (c) => {
        throw new StoreError(c.req.param("code") as never, "SELECT * FROM secret_table at /var/lib/db", {
          backend: "sqlite",
        });
      });
      app.get("/boom", () => {
        throw new TypeError("Cannot read properties of undefined (reading 'x') at /srv/app.js:1");
      });
      app.get("/ok", (c) => jsonResponse(c, 200, { html: "<a&b>" }));
      app.onError(createErrorHandler(log));
      return { app, log };
    };

    it("HttpError below 500 - shows its message", async () => {
      const { app } = build();
      const res = await app.request("/http/409");
      expect(res.status).toBe(409);
      expect(await res.text()).toBe('{"code":"conflict","error":"room \\"x\\" said no","request_id":"req_fixed"}\n');
    });

    it("HttpError 503 - shows only the reason phrase and logs the cause", async () => {
      const { app, log } = build();
      const res = await app.request("/http/503");
      expect(await res.json()).toEqual({
        code: "service_unavailable",
        error: "service unavailable",
        request_id: "req_fixed",
      });
      expect(
        log.lines.some(
          (l) => l.level === "error" && l.fields.error === 'room "x" said no' && l.fields.request_id === "req_fixed",
        ),
      ).toBe(true);
    });

    it("StoreError codes - map to 404, 422, 503 and hide SQL on 500", async () => {
      const { app, log } = build();
      expect((await app.request("/store/room_not_found")).status).toBe(404);
      expect((await app.request("/store/invalid_cursor")).status).toBe(422);
      const unavailable = await app.request("/store/unavailable");
      expect(unavailable.status).toBe(503);
      expect((await bodyOf(unavailable)).error).toBe("service unavailable");
      const internal = await app.request("/store/internal");
      expect(internal.status).toBe(500);
      const text = await internal.text();
      expect(text).not.toContain("SELECT");
      expect(JSON.parse(text)).toEqual({
        code: "internal_error",
        error: "internal server error",
        request_id: "req_fixed",
      });
      expect(log.lines.some((l) => String(l.fields.error).includes("SELECT"))).toBe(true);
    });

    it("unknown errors - become a bare 500 without stack or path", async () => {
      const { app } = build();
      const res = await app.request("/boom");
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(text).not.toContain("/srv");
      expect(text).toContain('"error":"internal server error"');
    });

    it("JSON output - escapes <, > and & like Go", async () => {
      const { app } = build();
      expect(await (await app.request("/ok")).text()).toBe('{"html":"\\u003ca\\u0026b\\u003e"}\n');
    });
  });
});

describe("request ids", () => {
  it("valid inbound X-Request-Id - is echoed after trimming", async () => {
    const { call } = await makeApp();
    const res = await call("/healthz", { headers: { "X-Request-Id": "  trace-1.2:3_x  " } });
    expect(res.headers.get("x-request-id")).toBe("trace-1.2:3_x");
  });

  it("invalid or missing X-Request-Id - gets req_ plus 16 hex", async () => {
    const { call } = await makeApp();
    const cases: Record<string, string>[] = [
      {},
      { "X-Request-Id": "has space" },
      { "X-Request-Id": "x".repeat(129) },
      { "X-Request-Id": "é" },
    ];
    for (const headers of cases) {
      const res = await call("/healthz", { headers });
      expect(res.headers.get("x-request-id")).toMatch(/^req_[0-9a-f]{16}$/);
    }
  });

  it("error responses - carry the same request id in header and body", async () => {
    const { call } = await makeApp();
    const res = await call("/missing", { headers: { "X-Request-Id": "abc" } });
    expect(res.headers.get("x-request-id")).toBe("abc");
    expect((await bodyOf(res)).request_id).toBe("abc");
  });

  it("every request - logs one line with request id, method, route pattern, status and duration, no secrets", async () => {
    const { call, log } = await makeApp({
      auth: { mode: "bearer", tokens: [{ id: "t", value: "s3cret-value", scopes: ["observe"], agents: [] }] },
    });
    await call("/v1/pairings/p9/rooms", { token: "s3cret-value", headers: { "X-Request-Id": "r1" } });
    const lines = log.lines.filter((l) => l.message.startsWith("request completed"));
    expect(lines).toHaveLength(1);
    expect(lines[0]!.fields).toMatchObject({
      request_id: "r1",
      method: "GET",
      route: "GET /v1/pairings/{pairingID}/rooms",
      status: 404,
    });
    expect(typeof lines[0]!.fields.duration_ms).toBe("number");
    expect(JSON.stringify(log.lines)).not.toContain("s3cret-value");
  });
});

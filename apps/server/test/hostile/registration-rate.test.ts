// Open registration is rate-limited per remote address: a burst, then the
// per-minute rate; another address is not affected; X-Forwarded-For counts
// only when the peer is a configured trusted proxy.
import { afterAll, describe, expect, it } from "vitest";
import { expectEnvelope } from "../http/fixtures.js";
import { killLeftovers, startServer, type TestServer } from "../http/harness.js";
import { request } from "node:http";
import { RateLimiter } from "../../src/http/rate-limit.js";

afterAll(() => killLeftovers());

/** POST /v1/agents/register from `localAddress`, with optional extra headers. */
function register(
  srv: TestServer,
  name: string,
  localAddress = "127.0.0.1",
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; retryAfter?: string }> {
  const body = JSON.stringify({ name });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: "127.0.0.1",
        port: srv.port,
        localAddress,
        path: "/v1/agents/register",
        method: "POST",
        headers: { "Content-Type": "application/json", ...headers },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8").on("data", (d: string) => (text += d));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(text),
            retryAfter: res.headers["retry-after"] as string | undefined,
          }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

describe("registration rate limit", () => {
  let srv: TestServer;
  afterAll(() => srv?.dispose(), 60_000);

  it("a burst of 3 per address, then 429 with Retry-After; another address still registers", async () => {
    srv = await startServer({
      backend: "memory",
      config: { auth: { mode: "open" }, server: { registration_rate_per_minute: 6, registration_burst: 3 } },
      env: { MOLTNET_REGISTRATION_RATE_PER_MINUTE: "" },
    });
    for (let i = 0; i < 3; i++) expect((await register(srv, `burst-${i}`)).status).toBe(201);
    const refused = await register(srv, "one-too-many");
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      code: "too_many_requests",
      error: "too many registrations from this address; retry later",
    });
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(10);
    // Refused registrations stored nothing.
    const agents = await srv.get("/v1/agents");
    expect(agents.body.agents.map((a: { agent_id: string }) => a.agent_id)).not.toContain("one-too-many");

    expect((await register(srv, "other-address", "127.0.0.2")).status).toBe(201);
    // X-Forwarded-For from an untrusted peer is ignored: still limited.
    expect((await register(srv, "spoofed", "127.0.0.1", { "X-Forwarded-For": "203.0.113.9" })).status).toBe(429);
    const reply = await srv.raw(
      "POST",
      "/v1/agents/register",
      { "Content-Type": "application/json" },
      JSON.stringify({ name: "again" }),
    );
    expectEnvelope(reply, 429, "too many registrations from this address; retry later");
    await srv.dispose();
  }, 60_000);

  it("behind a trusted proxy, each X-Forwarded-For client has its own allowance", async () => {
    srv = await startServer({
      backend: "memory",
      config: {
        auth: { mode: "open" },
        server: { registration_rate_per_minute: 6, registration_burst: 1, trusted_proxies: ["127.0.0.1"] },
      },
      env: { MOLTNET_REGISTRATION_RATE_PER_MINUTE: "" },
    });
    expect((await register(srv, "c1-a", "127.0.0.1", { "X-Forwarded-For": "198.51.100.1" })).status).toBe(201);
    expect((await register(srv, "c1-b", "127.0.0.1", { "X-Forwarded-For": "198.51.100.1" })).status).toBe(429);
    expect((await register(srv, "c2-a", "127.0.0.1", { "X-Forwarded-For": "198.51.100.2" })).status).toBe(201);
  }, 60_000);
});

describe("RateLimiter", () => {
  it("refills at the per-minute rate and keeps at most maxKeys buckets", () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 2, maxKeys: 3, now: () => now });
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(true);
    const refused = limiter.take("a");
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now += 1_000;
    expect(limiter.take("a").allowed).toBe(true);
    // Filling the table evicts the least recently used; "a" starts afresh with a full burst.
    for (const k of ["b", "c", "d"]) limiter.take(k);
    expect(limiter.take("a").allowed).toBe(true);
    expect(limiter.take("a").allowed).toBe(true);
    expect(new RateLimiter({ perMinute: 0, burst: 1 }).take("x").allowed).toBe(true);
  });
});

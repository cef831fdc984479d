import { describe, expect, it } from "vitest";
import { StoreError, openStore, type Store } from "@moltnet/store";
import { TOKENS, bodyOf, makeApp } from "./helpers.js";
import { freePort } from "@moltnet/local-postgres";

/** A real memory store whose health check can be switched off. */
async function flakyStore(): Promise<Store & { down: boolean }> {
  const inner = await openStore({ kind: "memory" });
  const flaky = Object.create(inner) as Store & { down: boolean };
  flaky.down = false;
  flaky.health = async () => {
    if (flaky.down)
      throw new StoreError("unavailable", "connect ECONNREFUSED 10.0.0.5:5432 password=hunter2", {
        backend: "postgres",
      });
    return inner.health();
  };
  return flaky;
}

describe("health", () => {
  it("healthz and readyz - answer ok/ready, then 503 while the store is down, then recover", async () => {
    const store = await flakyStore();
    const { call, log } = await makeApp({}, { store });
    expect(await (await call("/healthz")).text()).toBe('{"status":"ok"}\n');
    expect(await (await call("/readyz")).json()).toEqual({ status: "ready" });
    store.down = true;
    for (const path of ["/healthz", "/readyz"]) {
      const res = await call(path);
      expect(res.status).toBe(503);
      const text = await res.text();
      expect(JSON.parse(text)).toMatchObject({ code: "service_unavailable", error: "service unavailable" });
      expect(text).not.toContain("hunter2");
    }
    expect(log.lines.some((l) => l.level === "error" && String(l.fields.cause).includes("ECONNREFUSED"))).toBe(true);
    store.down = false;
    expect((await call("/readyz")).status).toBe(200);
  });
});

describe("GET /v1/network", () => {
  it("mode none - describes the network, advertises HTTP and the attachment protocol", async () => {
    const { call } = await makeApp({ pairings: [{ id: "p1", remote_network_id: "far", token: "x" }] });
    const res = await call("/v1/network");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(
      '{"id":"local","name":"Local Moltnet","version":"test","protocols":{"http":["moltnet.http.v1"],"attach":["moltnet.attach.v1"],"pair":["moltnet.pair.v1"]},"capabilities":{"event_stream":"sse","attachment_protocol":"websocket","public_read":false,"agent_registration":"disabled","human_ingress":true,"direct_messages":true,"message_pagination":"cursor","pairings":true},"console":{"can_send_human":true}}\n',
    );
  });

  it("capabilities - follow settings; debug_events only when on; warnings from pairing statuses", async () => {
    const { call } = await makeApp({
      debugEvents: true,
      humanIngress: false,
      directMessages: false,
      auth: { mode: "open" },
      pairings: [
        { id: "a", remote_network_id: "x", status: "error" },
        { id: "b", remote_network_id: "y", status: "error" },
        { id: "c", remote_network_id: "z", status: "incompatible" },
      ],
    });
    const body = await bodyOf(await call("/v1/network"));
    expect(body.capabilities).toEqual({
      event_stream: "sse",
      attachment_protocol: "websocket",
      public_read: true,
      agent_registration: "open",
      debug_events: true,
      human_ingress: false,
      direct_messages: false,
      message_pagination: "cursor",
      pairings: true,
    });
    expect(body.console).toEqual({ can_send_human: false });
    expect(body.warnings.map((w: { code: string; message: string }) => `${w.code}: ${w.message}`)).toEqual([
      "pairings.incompatible: 1 pairing incompatible.",
      "pairings.error: 2 pairings in error.",
    ]);
  });

  it("console.can_send_human - needs a static write token when auth is on", async () => {
    const { call } = await makeApp({
      auth: {
        mode: "bearer",
        publicRead: true,
        tokens: [...TOKENS, { id: "ow", value: "ow-secret", scopes: ["observe", "write"], agents: [] }],
      },
    });
    expect((await bodyOf(await call("/v1/network"))).console.can_send_human).toBe(false);
    expect((await bodyOf(await call("/v1/network", { token: "ow-secret" }))).console.can_send_human).toBe(true);
    expect((await bodyOf(await call("/v1/network", { token: "observe-secret" }))).console.can_send_human).toBe(false);
  });
});

describe("GET /v1/pairings", () => {
  const pairings = ["p3", "p1", "p2"].map((id) => ({
    id,
    remote_network_id: `net-${id}`,
    remote_base_url: `https://${id}.example`,
    token: `secret-${id}`,
  }));

  it("lists configured pairings by id, never their tokens", async () => {
    const { call } = await makeApp({ pairings });
    const text = await (await call("/v1/pairings")).text();
    expect(text).not.toContain("secret-");
    const body = JSON.parse(text);
    expect(body.pairings.map((p: { id: string }) => p.id)).toEqual(["p1", "p2", "p3"]);
    expect(body.pairings[0]).toEqual({
      id: "p1",
      remote_network_id: "net-p1",
      remote_base_url: "https://p1.example",
      status: "unknown",
    });
    expect(body.page).toEqual({ has_more: false });
  });

  it("pages as a collection and rejects unknown cursors", async () => {
    const { call } = await makeApp({ pairings });
    expect((await bodyOf(await call("/v1/pairings?limit=2"))).page).toEqual({ has_more: true, next_after: "p2" });
    const after = await bodyOf(await call("/v1/pairings?limit=2&after=p2"));
    expect(after.pairings.map((p: { id: string }) => p.id)).toEqual(["p3"]);
    expect(after.page).toEqual({ has_more: true, next_before: "p3" });
    const bad = await call("/v1/pairings?after=nope");
    expect(bad.status).toBe(422);
    expect((await bodyOf(bad)).error).toBe('invalid cursor "nope"');
    expect((await call("/v1/pairings?after=a&before=b")).status).toBe(422);
  });

  it("empty - is an empty list, not null", async () => {
    const { call } = await makeApp();
    expect(await (await call("/v1/pairings")).text()).toBe('{"pairings":[],"page":{"has_more":false}}\n');
  });

  it("proxy routes - 404 for unknown pairings, 502 naming the failure when the remote cannot be reached", async () => {
    // A free loopback port: nothing listens, the connection is refused at once.
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const unreachable = [{ id: "p1", remote_network_id: "far", remote_base_url: url, token: "secret-p1" }];
    const { call } = await makeApp({ pairings: unreachable });
    expect((await call("/v1/pairings/zz/network")).status).toBe(404);
    expect((await bodyOf(await call("/v1/pairings/zz/rooms"))).error).toBe('unknown pairing "zz"');
    for (const suffix of ["network", "rooms", "agents"]) {
      const res = await call(`/v1/pairings/p1/${suffix}`);
      expect(res.status).toBe(502);
      const text = await res.text();
      expect(JSON.parse(text).error).toBe(
        `paired network request failed: paired network could not be reached (GET ${url}/v1/network): ECONNREFUSED`,
      );
      expect(text).not.toContain("secret-p1");
    }
    const listed = await bodyOf(await call("/v1/pairings"));
    expect(listed.pairings[0]).toMatchObject({
      status: "error",
      diagnostics: { reason: "remote_request_failed", message: "Remote network metadata could not be fetched." },
    });
  });
});

describe("GET /metrics", () => {
  it("exposes request counts by route pattern and status, latency, SSE subscribers and store health", async () => {
    const store = await flakyStore();
    const { app, call } = await makeApp({}, { store });
    await call("/healthz");
    await call("/v1/pairings/p1/rooms");
    await call("/nowhere/at/all");
    const stream = await call("/v1/events/stream");
    const text = await (await call("/metrics")).text();
    expect(text).toContain('moltnet_http_requests_total{method="GET",route="GET /healthz",status="200"} 1');
    expect(text).toContain(
      'moltnet_http_requests_total{method="GET",route="GET /v1/pairings/{pairingID}/rooms",status="404"} 1',
    );
    expect(text).toContain('moltnet_http_requests_total{method="GET",route="unmatched",status="404"} 1');
    expect(text).not.toContain("/nowhere");
    expect(text).toMatch(
      /moltnet_http_request_duration_seconds_bucket\{le="0.005",method="GET",route="GET \/healthz"\} \d/,
    );
    expect(text).toContain("moltnet_active_sse_subscribers 1");
    expect(text).toContain("moltnet_store_health 1");
    expect(text).toContain("moltnet_events_dropped_total 0");
    store.down = true;
    expect(await (await call("/metrics")).text()).toContain("moltnet_store_health 0");
    await stream.body!.cancel();
    expect(await (await call("/metrics")).text()).toContain("moltnet_active_sse_subscribers 0");
    app.close();
  });
});

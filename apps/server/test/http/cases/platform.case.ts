// Cross-cutting HTTP behaviour of the real process (§5.1, §5.3, §5.4):
// request ids, envelopes for router misses, health, the network document,
// pairings and their proxy routes (a real 502 naming what the remote did).
import { expect } from "vitest";
import type { Suite } from "../suite.js";
import { expectEnvelope, expectOk } from "../fixtures.js";
import { checkCollectionPaging } from "../paging.js";

export function platformCases(s: Suite): void {
  s.it("GET /healthz and /readyz - 200 ok and ready", async () => {
    expect((await s.server.get("/healthz")).text).toBe('{"status":"ok"}\n');
    expect((await s.server.get("/readyz")).text).toBe('{"status":"ready"}\n');
  });

  s.it("X-Request-Id - a valid inbound id is echoed on answers and inside error envelopes", async () => {
    const ok = await s.server.get("/healthz", { headers: { "X-Request-Id": "  trace.id:42-A_b  " } });
    expect(ok.headers.get("x-request-id")).toBe("trace.id:42-A_b");
    const err = await s.server.get("/v1/rooms/rid-missing", { headers: { "X-Request-Id": "trace-404" } });
    expectEnvelope(err, 404, 'unknown room "rid-missing"');
    expect(err.body.request_id).toBe("trace-404");
    const post = await s.server.post("/v1/rooms", "{", { headers: { "X-Request-Id": "trace-400" } });
    expectEnvelope(post, 400);
    expect(post.body.request_id).toBe("trace-400");
  });

  s.it("X-Request-Id - a missing or invalid inbound id is replaced by req_ + 16 hex", async () => {
    for (const bad of [undefined, "", "has space", "x".repeat(129), "semi;colon", 'quote"d']) {
      const headers: Record<string, string> = bad === undefined ? {} : { "X-Request-Id": bad };
      const reply = await s.server.get("/v1/rooms/rid-missing", { headers });
      expect(reply.headers.get("x-request-id"), String(bad)).toMatch(/^req_[0-9a-f]{16}$/);
      expect(reply.body.request_id).toBe(reply.headers.get("x-request-id"));
    }
    const a = await s.server.get("/healthz");
    const b = await s.server.get("/healthz");
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
  });

  s.it("router misses - unknown paths are a JSON 404 envelope, a wrong method a 405 envelope with Allow", async () => {
    // "/" and "/console/…" belong to the console (apps/console/test).
    for (const path of ["/nope", "/v1", "/v1/roomz", "/v1/rooms/a/b/c", "/consolex"]) {
      expectEnvelope(await s.server.get(path), 404, "not found");
    }
    expectEnvelope(await s.server.post("/v1/unknown", {}), 404, "not found");
    const put = await s.server.request("PUT", "/v1/rooms", { body: {} });
    expectEnvelope(put, 405, "method not allowed");
    expect(put.headers.get("allow")).toBe("GET, HEAD, POST");
    const del = await s.server.request("DELETE", "/v1/messages");
    expectEnvelope(del, 405);
    expect(del.headers.get("allow")).toBe("POST");
  });

  s.it("GET /v1/network - the network document of this server", async () => {
    const doc = expectOk(await s.server.get("/v1/network"));
    expect(doc).toMatchObject({
      id: "local",
      name: "HTTP Suite",
      protocols: { http: ["moltnet.http.v1"], attach: ["moltnet.attach.v1"], pair: ["moltnet.pair.v1"] },
      capabilities: {
        event_stream: "sse",
        attachment_protocol: "websocket",
        public_read: false,
        agent_registration: "disabled",
        human_ingress: true,
        direct_messages: true,
        message_pagination: "cursor",
        pairings: true,
      },
      console: { can_send_human: true },
    });
    expect(Object.keys(doc).slice(0, 5)).toEqual(["id", "name", "version", "protocols", "capabilities"]);
  });

  s.it("GET /v1/pairings - configured pairings by id without tokens, collection pages", async () => {
    const body = expectOk(await s.server.get("/v1/pairings"));
    // The remotes do not exist: once checked, the status is `error` with its diagnostics (never a token).
    expect(body.pairings[0]).toMatchObject({
      id: "pair-a",
      remote_network_id: "net-a",
      remote_network_name: "Ay",
      remote_base_url: "https://a.example.test",
    });
    expect(["unknown", "error"]).toContain(body.pairings[0].status);
    expect(await checkCollectionPaging(s.server, "/v1/pairings", "pairings", 2)).toEqual([
      "pair-a",
      "pair-b",
      "pair-c",
    ]);
  });

  s.it(
    "pairing proxy - a remote that cannot be reached is 502 naming the failure, an unknown pairing 404",
    async () => {
      for (const suffix of ["network", "rooms", "agents"]) {
        const reply = await s.server.get(`/v1/pairings/pair-a/${suffix}`);
        expect(reply.status).toBe(502);
        expect(JSON.parse(reply.text).error).toMatch(
          /^paired network request failed: paired network could not be reached \(GET https:\/\/a\.example\.test\/v1\/network\): /,
        );
      }
      expectEnvelope(await s.server.get("/v1/pairings/pair-x/rooms"), 404, 'unknown pairing "pair-x"');
    },
  );

  s.it("HEAD - GET routes answer HEAD without a body", async () => {
    const reply = await s.server.request("HEAD", "/v1/rooms");
    expect(reply.status).toBe(200);
    expect(reply.text).toBe("");
  });
}

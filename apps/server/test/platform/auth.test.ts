import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { MonotonicClock, openStore, type Store } from "@moltnet/store";
import type { AppContext, AppEnv } from "../../src/context.js";
import { agentTokenCredentialKey, generateAgentToken } from "../../src/auth/tokens.js";
import { authMiddleware, requireAccess, type AccessRule } from "../../src/auth/authenticate.js";
import { staticTokenId } from "../../src/config/static-token-id.js";
import { createErrorHandler } from "../../src/http/errors.js";
import { jsonResponse } from "../../src/http/json.js";
import { TOKENS, bodyOf, makeApp, makeSettings, recordingLogger } from "./helpers.js";

type Overrides = Parameters<typeof makeSettings>[0];

async function ruleApp(overrides: Overrides, store?: Store) {
  const settings = makeSettings(overrides);
  const s = store ?? (await openStore({ kind: "memory" }));
  const clock = new MonotonicClock();
  const ctx: AppContext = { settings, store: s, clock, log: recordingLogger(), events: { publish: async () => {} } };
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    c.set("requestId", "req_auth");
    await next();
  });
  app.use("*", authMiddleware(ctx));
  app.all("/rule/:rule", async (c) => {
    const p = await requireAccess(c, c.req.param("rule") as AccessRule);
    return jsonResponse(c, 200, {
      kind: p.kind,
      id: p.kind === "static" ? p.tokenId : p.kind === "agent" ? p.agentId : "",
    });
  });
  app.get("/console/x", async (c) => jsonResponse(c, 200, { kind: (await requireAccess(c, "read")).kind }));
  app.onError(createErrorHandler(recordingLogger()));
  const call = async (rule: string, headers: Record<string, string> = {}) => {
    const res = await app.request(`/rule/${rule}`, { headers });
    const body = await bodyOf(res);
    return res.status === 200 ? `200 ${body.kind}${body.id ? `:${body.id}` : ""}` : `${res.status} ${body.error}`;
  };
  return { app, call, store: s };
}

const bearer = (value: string) => ({ Authorization: `Bearer ${value}` });
const RULES: AccessRule[] = ["health", "network", "list", "read", "observe", "write", "admin", "register"];

/** Outcome per rule for: no token, observe, write, admin, attach, pair, unknown token, malformed header. */
async function matrix(overrides: Overrides) {
  const { call } = await ruleApp(overrides);
  const callers: Array<[string, Record<string, string>]> = [
    ["none", {}],
    ["observe", bearer("observe-secret")],
    ["write", bearer("write-secret")],
    ["admin", bearer("admin-secret")],
    ["attach", bearer("attach-secret")],
    ["pair", bearer("pair-secret")],
    ["unknown", bearer("nope")],
    ["malformed", { Authorization: "Basic abc" }],
  ];
  const out: Record<string, Record<string, string>> = {};
  for (const rule of RULES) {
    out[rule] = {};
    for (const [name, headers] of callers) out[rule]![name] = await call(rule, headers);
  }
  return out;
}

describe("requireAccess", () => {
  it("mode none - every rule passes as open-access and credentials are ignored", async () => {
    const { call } = await ruleApp({ auth: { mode: "none", tokens: TOKENS } });
    for (const rule of RULES) {
      expect(await call(rule)).toBe("200 open-access");
      expect(await call(rule, { Authorization: "Basic garbage" })).toBe("200 open-access");
    }
  });

  it("mode bearer without public read - requires the route's scopes", async () => {
    const m = await matrix({ auth: { mode: "bearer", tokens: TOKENS } });
    expect(m.health).toEqual({
      none: "200 anonymous",
      observe: "200 anonymous",
      write: "200 anonymous",
      admin: "200 anonymous",
      attach: "200 anonymous",
      pair: "200 anonymous",
      unknown: "200 anonymous",
      malformed: "200 anonymous",
    });
    expect(m.network).toMatchObject({
      none: "401 authorization required",
      observe: "200 static:observer",
      write: "403 forbidden",
      attach: "200 static:attacher",
      pair: "200 static:pairer",
      unknown: "401 invalid token",
      malformed: "401 invalid authorization header",
    });
    expect(m.list).toMatchObject({
      observe: "200 static:observer",
      admin: "200 static:admin",
      attach: "403 forbidden",
      pair: "200 static:pairer",
    });
    expect(m.read).toMatchObject({
      none: "401 authorization required",
      observe: "200 static:observer",
      admin: "200 static:admin",
      pair: "403 forbidden",
      write: "403 forbidden",
    });
    expect(m.observe).toMatchObject({
      none: "401 authorization required",
      observe: "200 static:observer",
      pair: "403 forbidden",
    });
    expect(m.write).toMatchObject({
      none: "401 authorization required",
      write: "200 static:writer",
      pair: "200 static:pairer",
      observe: "403 forbidden",
      admin: "403 forbidden",
    });
    expect(m.admin).toMatchObject({
      admin: "200 static:admin",
      observe: "403 forbidden",
      unknown: "401 invalid token",
    });
    expect(m.register).toMatchObject({
      none: "401 authorization required",
      admin: "200 static:admin",
      attach: "403 forbidden",
    });
  });

  it("mode bearer with public read - anonymous reads, scopeless tokens downgraded, invalid credentials still 401", async () => {
    const m = await matrix({ auth: { mode: "bearer", publicRead: true, tokens: TOKENS } });
    expect(m.health).toMatchObject({
      none: "200 anonymous",
      write: "200 static:writer",
      unknown: "401 invalid token",
      malformed: "401 invalid authorization header",
    });
    expect(m.read).toMatchObject({
      none: "200 anonymous",
      observe: "200 static:observer",
      write: "200 anonymous",
      pair: "200 anonymous",
      unknown: "401 invalid token",
      malformed: "401 invalid authorization header",
    });
    expect(m.list).toMatchObject({ none: "200 anonymous", pair: "200 static:pairer", write: "200 anonymous" });
    expect(m.network).toMatchObject({ none: "200 anonymous", attach: "200 static:attacher" });
    expect(m.observe).toMatchObject({
      none: "401 authorization required",
      write: "403 forbidden",
      observe: "200 static:observer",
    });
    expect(m.write).toMatchObject({ none: "401 authorization required" });
  });

  it("agent registration token - admits admin or attach", async () => {
    const m = await matrix({ auth: { mode: "bearer", agentRegistration: "token", tokens: TOKENS } });
    expect(m.register).toMatchObject({
      none: "401 authorization required",
      admin: "200 static:admin",
      attach: "200 static:attacher",
      write: "403 forbidden",
    });
  });

  it("mode open - anonymous may register; a token must have admin or attach", async () => {
    const m = await matrix({ auth: { mode: "open", tokens: TOKENS } });
    expect(m.register).toMatchObject({
      none: "200 anonymous",
      attach: "200 static:attacher",
      admin: "200 static:admin",
      write: "403 forbidden",
      unknown: "401 invalid token",
    });
    expect(m.read).toMatchObject({ none: "200 anonymous", unknown: "401 invalid token" });
  });

  it("Authorization - needs the case-sensitive Bearer prefix and a token", async () => {
    const { call } = await ruleApp({ auth: { mode: "bearer", tokens: TOKENS } });
    expect(await call("admin", { Authorization: "bearer admin-secret" })).toBe("401 invalid authorization header");
    expect(await call("admin", { Authorization: "Bearer    " })).toBe("401 invalid authorization header");
    expect(await call("admin", { Authorization: "Bearer  admin-secret  " })).toBe("200 static:admin");
  });

  it("cookie moltnet_auth - is a credential; access_token only counts on /console", async () => {
    const { app, call } = await ruleApp({ auth: { mode: "bearer", tokens: TOKENS } });
    expect(await call("admin", { Cookie: "moltnet_auth=admin-secret" })).toBe("200 static:admin");
    expect((await app.request("/rule/admin?access_token=admin-secret")).status).toBe(401);
    expect(await (await app.request("/console/x?access_token=observe-secret")).json()).toEqual({ kind: "static" });
  });

  it("tokens - are matched after trimming and a blank id becomes tok_<hash>", async () => {
    expect(staticTokenId("", " secret ")).toBe("tok_2bb80d537b1da3e3");
    const { call } = await ruleApp({
      auth: { mode: "bearer", tokens: [{ id: "", value: "  secret ", scopes: ["admin"], agents: [] }] },
    });
    expect(await call("admin", bearer("secret"))).toBe("200 static:tok_2bb80d537b1da3e3");
  });

  it("agent tokens - authenticate by credential key with write+attach, also in bearer mode", async () => {
    const store = await openStore({ kind: "memory" });
    const agentToken = generateAgentToken();
    expect(agentToken).toMatch(/^magt_v1_[A-Za-z0-9_-]{43}$/);
    const now = new MonotonicClock().now();
    await store.registerAgent({
      network_id: "local",
      agent_id: "alpha",
      actor_uid: "actor_1",
      actor_uri: "molt://local/agents/alpha",
      credential_key: agentTokenCredentialKey(agentToken),
      created_at: now,
      updated_at: now,
    });
    const { call } = await ruleApp({ auth: { mode: "bearer", tokens: TOKENS } }, store);
    expect(await call("write", bearer(agentToken))).toBe("200 agent:alpha");
    expect(await call("read", bearer(agentToken))).toBe("403 forbidden");
    expect(await call("write", bearer("magt_v1_unknown"))).toBe("401 invalid token");
    await store.removeRegisteredAgent("alpha");
    expect(await call("write", bearer(agentToken))).toBe("401 invalid token");
  });
});

describe("routes by scope", () => {
  it("GET /metrics - needs admin when auth is on", async () => {
    const { call } = await makeApp({ auth: { mode: "bearer", tokens: TOKENS } });
    expect((await call("/metrics")).status).toBe(401);
    expect((await call("/metrics", { token: "observe-secret" })).status).toBe(403);
    expect((await call("/metrics", { token: "admin-secret" })).status).toBe(200);
  });

  it("GET /healthz - ignores a bad header without public read, refuses it with public read", async () => {
    const closed = await makeApp({ auth: { mode: "bearer", tokens: TOKENS } });
    expect((await closed.call("/healthz", { token: "wrong" })).status).toBe(200);
    const open = await makeApp({ auth: { mode: "open" } });
    expect((await open.call("/healthz")).status).toBe(200);
    const res = await open.call("/healthz", { token: "wrong" });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ code: "unauthorized", error: "invalid token" });
  });

  it("GET /v1/pairings - is never anonymous", async () => {
    const { call } = await makeApp({ auth: { mode: "open" } });
    expect((await call("/v1/pairings")).status).toBe(401);
  });
});

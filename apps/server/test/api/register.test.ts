import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { slugAgentId } from "../../src/service/agent-slug.js";
import { errorOf, makeApi, staticToken } from "./helpers.js";

const ID_RULE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

describe("slug", () => {
  it.each([
    ["Díréctor Prime", "d-r-ctor-prime"],
    ["Director Prime", "director-prime"],
    ["  __Build.Bot--v2__  ", "build-bot-v2"],
    ["", "agent"],
    ["日本", "agent"],
    ["İnfo", "info"],
  ])("slug - %j becomes %j", (name, slug) => {
    expect(slugAgentId(name)).toBe(slug);
  });
});

describe("POST /v1/agents/register (mode none)", () => {
  it("register - a new name-only registration answers 201 with a slug id", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/agents/register", { name: " Díréctor Prime " });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      network_id: "local",
      agent_id: "d-r-ctor-prime",
      actor_uid: expect.stringMatching(/^actor_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      actor_uri: "molt://local/agents/d-r-ctor-prime",
      display_name: "Díréctor Prime",
      created_at: expect.any(String),
      updated_at: res.body.created_at,
    });
    expect(res.text).not.toContain("credential");
    expect(res.text).not.toContain("agent_token");
    expect((await api.store.getRegisteredAgent("d-r-ctor-prime"))!.credential_key).toBe("anonymous");
    expect(await api.events()).toEqual([]);
  });

  it("register - a taken slug gets an 8-character suffix", async () => {
    const api = await makeApi();
    await api.post("/v1/agents/register", { name: "Director Prime" });
    const second = await api.post("/v1/agents/register", { name: "Director Prime" });
    expect(second.status).toBe(201);
    expect(second.body.agent_id).toMatch(/^director-prime-[0-9a-f-]{8}$/);
  });

  it("register - re-registering the same id under the same credential is 200 and keeps the identity", async () => {
    const api = await makeApi();
    const first = await api.post("/v1/agents/register", { requested_agent_id: "alpha", name: "A" });
    const again = await api.post("/v1/agents/register", { requested_agent_id: " alpha ", name: "" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({
      agent_id: "alpha",
      actor_uid: first.body.actor_uid,
      display_name: "A",
      created_at: first.body.created_at,
    });
    expect(again.body.updated_at > first.body.updated_at).toBe(true);
    const renamed = await api.post("/v1/agents/register", { requested_agent_id: "alpha", name: "Alpha Two" });
    expect(renamed.body.display_name).toBe("Alpha Two");
  });

  it("register - requested ids accept scoped and FQID forms, reject bad ones with 422", async () => {
    const api = await makeApi();
    expect((await api.post("/v1/agents/register", { requested_agent_id: "net:alpha" })).body.agent_id).toBe(
      "net:alpha",
    );
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "bad/id" }))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: `requested_agent_id id must match ${ID_RULE}`,
    });
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "net:-x" })).error).toBe(
      `requested_agent_id agent id id must match ${ID_RULE}`,
    );
  });

  it("register - an id held by another credential is 409 for anonymous callers", async () => {
    const api = await makeApi();
    const now = api.app.context.clock.now();
    await api.store.registerAgent({
      network_id: "local",
      agent_id: "alpha",
      actor_uid: "actor_x",
      actor_uri: "molt://local/agents/alpha",
      credential_key: "token:someone",
      created_at: now,
      updated_at: now,
    });
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "alpha" }))).toEqual({
      status: 409,
      code: "conflict",
      error: 'agent "alpha" is already registered',
    });
  });

  it("register - a body that is not an object is 400", async () => {
    const api = await makeApi();
    expect(errorOf(await api.send("POST", "/v1/agents/register", "[]")).status).toBe(400);
    expect((await api.send("POST", "/v1/agents/register", "null")).body.agent_id).toBe("agent");
  });
});

describe("POST /v1/agents/register (open registration)", () => {
  it("register - an anonymous claim mints an agent token (201) that then authenticates", async () => {
    const api = await makeApi({ auth: { mode: "open" } });
    const res = await api.post("/v1/agents/register", { requested_agent_id: "alpha" });
    expect(res.status).toBe(201);
    const token: string = res.body.agent_token;
    expect(token).toMatch(/^magt_v1_[A-Za-z0-9_-]{43}$/);
    const key = `agent-token:${createHash("sha256").update(token).digest("hex")}`;
    expect((await api.store.getRegisteredAgent("alpha"))!.credential_key).toBe(key);

    const again = await api.post("/v1/agents/register", { requested_agent_id: "alpha", name: "Alpha" }, token);
    expect(again.status).toBe(200);
    expect(again.body).not.toHaveProperty("agent_token");
    expect(again.body.display_name).toBe("Alpha");

    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "alpha" }))).toEqual({
      status: 409,
      code: "conflict",
      error: 'agent "alpha" is already registered',
    });
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "beta" }, token))).toEqual({
      status: 409,
      code: "conflict",
      error: 'agent token is not valid for agent "beta"',
    });
  });

  it("register - the minted token sends as its agent", async () => {
    const api = await makeApi({ auth: { mode: "open" } });
    await api.app.context.store.createRoom({
      id: "r",
      network_id: "local",
      fqid: "molt://local/rooms/r",
      name: "r",
      members: ["alpha"],
      visibility: "public",
      write_policy: "members",
      created_at: api.app.context.clock.now(),
    });
    const { body } = await api.post("/v1/agents/register", { requested_agent_id: "alpha" });
    const message = {
      target: { kind: "room", room_id: "r" },
      from: { type: "agent", id: "alpha" },
      parts: [{ kind: "text", text: "hi" }],
    };
    expect((await api.post("/v1/messages", message)).status).toBe(401);
    expect((await api.post("/v1/messages", message, body.agent_token)).status).toBe(202);
  });
});

describe("POST /v1/agents/register (bearer)", () => {
  const attach = staticToken("attacher", ["attach"]);
  const limited = staticToken("limited", ["attach"], ["only-me"]);
  const admin = staticToken("admin", ["admin"]);
  const settings = {
    auth: { mode: "bearer" as const, agentRegistration: "token" as const, tokens: [attach, limited, admin] },
  };

  it("register - a static token registers under token:<id>", async () => {
    const api = await makeApi(settings);
    const res = await api.post("/v1/agents/register", { requested_agent_id: "alpha" }, attach.value);
    expect(res.status).toBe(201);
    expect((await api.store.getRegisteredAgent("alpha"))!.credential_key).toBe("token:attacher");
    expect((await api.post("/v1/agents/register", { requested_agent_id: "alpha" }, attach.value)).status).toBe(200);
  });

  it("register - a token's agents list limits the ids it may claim (403)", async () => {
    const api = await makeApi(settings);
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "other" }, limited.value))).toEqual({
      status: 403,
      code: "forbidden",
      error: "requested_agent_id other is not allowed for this token",
    });
    expect((await api.post("/v1/agents/register", { requested_agent_id: "only-me" }, limited.value)).status).toBe(201);
  });

  it("register - another credential's id is 409; an admin resolves to the existing identity (200)", async () => {
    const api = await makeApi(settings);
    const first = await api.post("/v1/agents/register", { requested_agent_id: "alpha" }, attach.value);
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "alpha" }, limited.value)).status).toBe(
      403,
    );
    await api.post("/v1/agents/register", { requested_agent_id: "only-me" }, limited.value);
    expect(errorOf(await api.post("/v1/agents/register", { requested_agent_id: "only-me" }, attach.value))).toEqual({
      status: 409,
      code: "conflict",
      error: 'agent "only-me" is already registered with different credentials',
    });
    const byAdmin = await api.post("/v1/agents/register", { requested_agent_id: "alpha", name: "Named" }, admin.value);
    expect(byAdmin.status).toBe(200);
    expect(byAdmin.body).toMatchObject({
      actor_uid: first.body.actor_uid,
      created_at: first.body.created_at,
      display_name: "Named",
    });
    expect((await api.store.getRegisteredAgent("alpha"))!.credential_key).toBe("token:attacher");
  });

  it("register - without a credential is 401 when registration is by token", async () => {
    const api = await makeApi(settings);
    expect((await api.post("/v1/agents/register", { requested_agent_id: "alpha" })).status).toBe(401);
  });
});

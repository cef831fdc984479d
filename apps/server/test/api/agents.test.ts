import { describe, expect, it } from "vitest";
import { errorOf, makeApi } from "./helpers.js";

type Api = Awaited<ReturnType<typeof makeApi>>;

async function room(api: Api, id: string, members: string[], visibility = "private") {
  await api.app.context.store.createRoom({
    id,
    network_id: "local",
    fqid: `molt://local/rooms/${id}`,
    name: id,
    members,
    visibility: visibility as "public" | "private",
    write_policy: "members",
    created_at: api.app.context.clock.now(),
  });
}

async function seeded(overrides: Parameters<typeof makeApi>[0] = {}) {
  const api = await makeApi(overrides);
  await room(api, "r1", ["alpha", "beta", "remote:gamma"]);
  await room(api, "r2", ["alpha", "molt://local/agents/zeta"], "public");
  const now = api.app.context.clock.now();
  for (const [id, name] of [
    ["alpha", "Alpha"],
    ["zeta", ""],
    ["omega", ""],
  ] as const) {
    await api.store.registerAgent({
      network_id: "local",
      agent_id: id,
      actor_uid: `actor_${id}`,
      actor_uri: `molt://local/agents/${id}`,
      display_name: name || undefined,
      credential_key: `token:${id}`,
      created_at: now,
      updated_at: now,
    });
  }
  return api;
}

describe("GET /v1/agents", () => {
  it("list - merges memberships and registrations, sorted by id", async () => {
    const api = await seeded();
    const res = await api.get("/v1/agents");
    expect(res.status).toBe(200);
    expect(res.body.agents).toEqual([
      {
        id: "alpha",
        name: "Alpha",
        actor_uid: "actor_alpha",
        fqid: "molt://local/agents/alpha",
        network_id: "local",
        rooms: ["r1", "r2"],
        connected: false,
      },
      { id: "beta", fqid: "molt://local/agents/beta", network_id: "local", rooms: ["r1"], connected: false },
      {
        id: "molt://local/agents/zeta",
        fqid: "molt://local/agents/zeta",
        network_id: "local",
        rooms: ["r2"],
        connected: false,
      },
      {
        id: "omega",
        actor_uid: "actor_omega",
        fqid: "molt://local/agents/omega",
        network_id: "local",
        connected: false,
      },
      { id: "remote:gamma", fqid: "molt://remote/agents/gamma", network_id: "remote", rooms: ["r1"], connected: false },
      {
        id: "zeta",
        actor_uid: "actor_zeta",
        fqid: "molt://local/agents/zeta",
        network_id: "local",
        rooms: ["r2"],
        connected: false,
      },
    ]);
    expect(res.body.page).toEqual({ has_more: false });
  });

  it("list - pages in the collection flavour", async () => {
    const api = await seeded();
    const first = await api.get("/v1/agents?limit=2");
    expect(first.body.agents.map((a: any) => a.id)).toEqual(["alpha", "beta"]);
    expect(first.body.page).toEqual({ has_more: true, next_after: "beta" });
    const next = await api.get("/v1/agents?limit=10&after=omega");
    expect(next.body.agents.map((a: any) => a.id)).toEqual(["remote:gamma", "zeta"]);
    expect(next.body.page).toEqual({ has_more: true, next_before: "remote:gamma" });
    expect(errorOf(await api.get("/v1/agents?after=nobody"))).toEqual({
      status: 422,
      code: "unprocessable_entity",
      error: 'invalid cursor "nobody"',
    });
  });

  it("list - an empty network lists []", async () => {
    const api = await makeApi();
    expect((await api.get("/v1/agents")).text).toBe('{"agents":[],"page":{"has_more":false}}\n');
  });

  it("list - anonymous public readers see public rooms only and no roomless registrations", async () => {
    const api = await seeded({ auth: { mode: "open" } });
    const res = await api.get("/v1/agents");
    expect(res.body.agents.map((a: any) => [a.id, a.rooms])).toEqual([
      ["alpha", ["r2"]],
      ["molt://local/agents/zeta", ["r2"]],
      ["zeta", ["r2"]],
    ]);
  });
});

describe("GET /v1/agents/{id}", () => {
  it("get - a registered agent over readable rooms", async () => {
    const api = await seeded();
    expect((await api.get("/v1/agents/alpha")).body).toEqual({
      id: "alpha",
      name: "Alpha",
      actor_uid: "actor_alpha",
      fqid: "molt://local/agents/alpha",
      network_id: "local",
      rooms: ["r1", "r2"],
      connected: false,
    });
    expect((await api.get("/v1/agents/omega")).body).toEqual({
      id: "omega",
      actor_uid: "actor_omega",
      fqid: "molt://local/agents/omega",
      network_id: "local",
      connected: false,
    });
  });

  it("get - an unregistered member by its exact member string", async () => {
    const api = await seeded();
    expect((await api.get("/v1/agents/remote:gamma")).body).toEqual({
      id: "remote:gamma",
      fqid: "molt://local/agents/remote:gamma",
      network_id: "local",
      rooms: ["r1"],
      connected: false,
    });
  });

  it("get - unknown is 404; anonymous readers cannot see unregistered members or roomless agents", async () => {
    const api = await seeded({ auth: { mode: "open" } });
    expect(errorOf(await api.get("/v1/agents/nobody"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown agent "nobody"',
    });
    expect(errorOf(await api.get("/v1/agents/beta")).status).toBe(404);
    expect(errorOf(await api.get("/v1/agents/omega")).status).toBe(404);
    expect((await api.get("/v1/agents/alpha")).body.rooms).toEqual(["r2"]);
  });
});

describe("DELETE /v1/agents/{id}", () => {
  it("remove - drops exact memberships and the registration, publishes agent.removed", async () => {
    const api = await seeded();
    // alpha is registered under another credential, so this caller could not send as alpha: append directly.
    await api.store.appendMessage({
      id: "m1",
      network_id: "local",
      origin: { network_id: "local", message_id: "m1" },
      target: { kind: "room", room_id: "r1" },
      from: { type: "agent", id: "alpha", network_id: "local", fqid: "molt://local/agents/alpha" },
      parts: [{ kind: "text", text: "bye" }],
      created_at: api.app.context.clock.now(),
    });
    const res = await api.del("/v1/agents/alpha");
    expect(res.status).toBe(200);
    expect(res.text).toBe('{"removed":true,"kind":"agent","id":"alpha","mode":"soft"}\n');
    const event = (await api.events()).at(-1)!;
    expect(event.type).toBe("agent.removed");
    expect(event.agent).toEqual({
      agent_id: "alpha",
      network_id: "local",
      fqid: "molt://local/agents/alpha",
      name: "Alpha",
      reason: "removed",
    });
    expect((await api.get("/v1/rooms/r1")).body.members).toEqual(["beta", "remote:gamma"]);
    expect(errorOf(await api.get("/v1/agents/alpha")).status).toBe(404);
    expect(await api.store.getRegisteredAgent("alpha")).toBeNull();
    expect((await api.get("/v1/rooms/r1/messages")).body.messages).toHaveLength(1);
  });

  it("remove - scoped and FQID spellings of the agent are kept", async () => {
    const api = await seeded();
    await api.del("/v1/agents/zeta");
    expect((await api.get("/v1/rooms/r2")).body.members).toEqual(["alpha", "molt://local/agents/zeta"]);
  });

  it("remove - invalid and unknown ids are 404", async () => {
    const api = await seeded();
    expect(errorOf(await api.del("/v1/agents/bad%2Fid"))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown agent "bad/id"',
    });
    expect(errorOf(await api.del("/v1/agents/nobody")).error).toBe('unknown agent "nobody"');
  });

  it("remove - an unregistered member is removable", async () => {
    const api = await seeded();
    expect((await api.del("/v1/agents/beta")).status).toBe(200);
    expect((await api.events()).at(-1)!.agent).toEqual({
      agent_id: "beta",
      network_id: "local",
      fqid: "molt://local/agents/beta",
      reason: "removed",
    });
  });
});

import { openStore } from "@moltnet/store";
import { describe, expect, it } from "vitest";
import { zeroValue } from "../../src/go-struct-schema.js";
import { applyConfigSchema, createRoomSchema } from "../../src/service/request-schemas.js";
import { applyConfig } from "../../src/service/apply.js";
import { errorOf, makeApi, staticToken } from "./helpers.js";

const ID_RULE = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";

describe("POST /v1/apply", () => {
  it("apply - creates declared rooms and agents, announcing new rooms only", async () => {
    const api = await makeApi();
    const res = await api.post("/v1/apply", {
      network_id: "local",
      rooms: [{ id: "general", members: ["b", "a"], visibility: "public" }],
      agents: [{ id: "alpha", name: " Alpha ", credential_key: "token:ops" }],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      applied: true,
      rooms: [
        {
          id: "general",
          network_id: "local",
          fqid: "molt://local/rooms/general",
          name: "general",
          members: ["a", "b"],
          visibility: "public",
          write_policy: "members",
          created_at: expect.any(String),
        },
      ],
      agents: [
        {
          network_id: "local",
          agent_id: "alpha",
          actor_uid: expect.stringMatching(/^actor_/),
          actor_uri: "molt://local/agents/alpha",
          display_name: "Alpha",
          created_at: expect.any(String),
          updated_at: expect.any(String),
        },
      ],
    });
    expect(res.text).not.toContain("token:ops");
    expect((await api.events()).map((e) => e.type)).toEqual(["room.created"]);
    expect((await api.store.getRegisteredAgent("alpha"))!.credential_key).toBe("token:ops");
  });

  it("apply - an existing room is reset to the declaration without an event", async () => {
    const api = await makeApi();
    const created = await api.post("/v1/rooms", {
      id: "general",
      name: "Old",
      members: ["x"],
      visibility: "public",
      write_policy: "operators",
    });
    const res = await api.post("/v1/apply", { rooms: [{ id: "general", members: ["y"] }] });
    expect(res.body.rooms[0]).toEqual({
      ...created.body,
      name: "general",
      members: ["y"],
      visibility: "private",
      write_policy: "members",
    });
    expect((await api.events()).map((e) => e.type)).toEqual(["room.created"]);
  });

  it("apply - rebinds an agent's credential, keeping its identity", async () => {
    const api = await makeApi({ auth: { mode: "open", tokens: [staticToken("ops", ["admin"])] } });
    const claimed = await api.post("/v1/agents/register", { requested_agent_id: "alpha" });
    const res = await api.post(
      "/v1/apply",
      {
        agents: [
          { id: "alpha", credential_key: "token:ops" },
          { id: "alpha", credential_key: "token:ops" },
        ],
      },
      "ops-secret",
    );
    expect(res.body.agents).toHaveLength(1);
    expect(res.body.agents[0]).toMatchObject({
      actor_uid: claimed.body.actor_uid,
      created_at: claimed.body.created_at,
    });
    expect((await api.store.getRegisteredAgent("alpha"))!.credential_key).toBe("token:ops");
    // The old agent token no longer authenticates.
    expect((await api.get("/v1/rooms", claimed.body.agent_token)).status).toBe(401);
  });

  it("apply - an empty request applies nothing", async () => {
    const api = await makeApi();
    expect((await api.post("/v1/apply", {})).text).toBe('{"applied":true}\n');
  });

  it.each([
    [{ network_id: "elsewhere" }, 'network_id "elsewhere" does not match server network "local"'],
    [{ agents: [{ id: "", credential_key: "k" }] }, "agents[0].id is required"],
    [
      {
        agents: [
          { id: "ok", credential_key: "k" },
          { id: "bad/id", credential_key: "k" },
        ],
      },
      `agents[1].id id must match ${ID_RULE}`,
    ],
    [{ agents: [{ id: "a", credential_key: "  " }] }, "agents[0].credential_key is required"],
    [
      {
        agents: [
          { id: "a", credential_key: "k1" },
          { id: " a ", credential_key: "k2" },
        ],
      },
      'agent "a" has multiple credential keys',
    ],
    [{ rooms: [{ id: "" }] }, `rooms[0]: room id id must match ${ID_RULE}`],
    [
      { rooms: [{ id: "ok" }, { id: "r", visibility: " secret " }] },
      'rooms[1]: unsupported room visibility " secret "',
    ],
    [{ rooms: [{ id: "r", members: ["-x"] }] }, `rooms[0]: members[0] id must match ${ID_RULE}`],
  ])("apply - rejects %j with 422 before writing anything", async (body, message) => {
    const api = await makeApi();
    const res = await api.post("/v1/apply", { ...body, rooms: [{ id: "first" }, ...((body as any).rooms ?? [])] });
    const expected = message.replace(/^rooms\[(\d+)\]/, (_, i) => `rooms[${Number(i) + 1}]`);
    expect(errorOf(res)).toEqual({ status: 422, code: "unprocessable_entity", error: expected });
    expect(await api.store.getRoom("first")).toBeNull();
  });

  it("apply - a soft-removed declared room is 404", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "gone" });
    await api.del("/v1/rooms/gone");
    expect(errorOf(await api.post("/v1/apply", { rooms: [{ id: "gone" }] }))).toEqual({
      status: 404,
      code: "not_found",
      error: 'unknown room "gone"',
    });
  });

  it("apply - requires admin when auth is on", async () => {
    const writer = staticToken("writer", ["write"]);
    const api = await makeApi({ auth: { mode: "bearer", tokens: [writer] } });
    expect((await api.post("/v1/apply", {})).status).toBe(401);
    expect((await api.post("/v1/apply", {}, writer.value)).status).toBe(403);
  });
});

describe("startup reconcile", () => {
  it("reconcile - creates declared rooms and binds token agents to token:<id>", async () => {
    const store = await openStore({ kind: "memory" });
    const ops = staticToken("ops", ["write"], ["alpha", " "]);
    const api = await makeApi(
      { rooms: [{ id: "lobby", members: ["alpha"] }], auth: { mode: "bearer", tokens: [ops] } },
      store,
    );
    await api.app.reconcile();
    expect((await store.getRoom("lobby"))!.members).toEqual(["alpha"]);
    expect((await store.getRegisteredAgent("alpha"))!.credential_key).toBe("token:ops");
    expect((await api.events()).map((e) => e.type)).toEqual(["room.created"]);

    // A second boot resets API-made changes and announces nothing new.
    await store.updateRoomMembers("lobby", ["beta"], []);
    const again = await makeApi(
      { rooms: [{ id: "lobby", members: ["alpha"] }], auth: { mode: "bearer", tokens: [ops] } },
      store,
    );
    await again.app.reconcile();
    expect((await store.getRoom("lobby"))!.members).toEqual(["alpha"]);
    // The log is the store's: the first boot's event is still there, and nothing was added.
    expect((await again.events()).map((e) => e.type)).toEqual(["room.created"]);
  });

  it("reconcile - a declared room that was removed stops the boot", async () => {
    const store = await openStore({ kind: "memory" });
    const api = await makeApi({ rooms: [{ id: "lobby" }] }, store);
    await api.app.reconcile();
    await store.removeRoom("lobby", api.app.context.clock.now());
    const next = await makeApi({ rooms: [{ id: "lobby" }] }, store);
    await expect(next.app.reconcile()).rejects.toThrow('unknown room "lobby"');
  });

  it("applyConfig - reports which rooms it created", async () => {
    const api = await makeApi();
    await api.post("/v1/rooms", { id: "old" });
    const room = (id: string) => ({ ...zeroValue(createRoomSchema), id });
    const result = await applyConfig(
      api.app.context,
      { ...zeroValue(applyConfigSchema), rooms: [room("old"), room("new")] },
      { startup: true },
    );
    expect(result.created).toEqual(["new"]);
    expect(result.rooms.map((r) => r.id)).toEqual(["old", "new"]);
  });
});

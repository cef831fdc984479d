// Agents and apply over real HTTP (§5.11, §5.12): the directory, register
// (201 new vs 200 again), removal, and the declarative apply.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { TestServer } from "../harness.js";
import type { Suite } from "../suite.js";
import { createRoom, expectEnvelope, expectOk, roomMessage, send } from "../fixtures.js";
import { checkCollectionPaging } from "../paging.js";

const DIRECTORY_ADMIN = `dir-adm-${Date.now().toString(36)}`;
const DIRECTORY_CONFIG = {
  auth: { mode: "open", tokens: [{ id: "dir-adm", value: DIRECTORY_ADMIN, scopes: ["admin", "observe"] }] },
  rooms: [
    { id: "av-pub", members: ["av-m1", "av-reg-in", "local:av-scoped", "av-zz"], visibility: "public" },
    { id: "av-priv", members: ["av-hidden", "av-reg-priv"] },
  ],
};
const LONELY = Array.from({ length: 12 }, (_, i) => `av-lonely-${String(i + 1).padStart(2, "0")}`);

export function agentCases(s: Suite): void {
  const directory = s.prestart({ config: DIRECTORY_CONFIG });

  describe("directory paging and visibility (open mode)", () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await directory();
      for (const id of ["av-reg-in", "av-reg-priv", "av-scoped", ...LONELY]) {
        expectOk(await srv.post("/v1/agents/register", { requested_agent_id: id }), 201);
      }
    }, 120_000);
    afterAll(() => srv?.dispose(), 60_000);

    s.it(
      "GET /v1/agents - the whole roster pages by id across members and registrations, with either cursor kind",
      async () => {
        const all = await checkCollectionPaging(srv, "/v1/agents", "agents", 3, DIRECTORY_ADMIN);
        expect(all).toEqual([
          "av-hidden",
          ...LONELY,
          "av-m1",
          "av-reg-in",
          "av-reg-priv",
          "av-scoped",
          "av-zz",
          "local:av-scoped",
        ]);
        // A member cursor and a registration cursor both work, on either side.
        const ids = async (query: string) =>
          expectOk(await srv.get(`/v1/agents?${query}`, { token: DIRECTORY_ADMIN })).agents.map(
            (a: { id: string }) => a.id,
          );
        expect(await ids("limit=2&before=av-m1")).toEqual(["av-lonely-11", "av-lonely-12"]);
        expect(await ids("limit=2&after=av-lonely-12")).toEqual(["av-m1", "av-reg-in"]);
        expect(await ids("limit=2&after=av-hidden")).toEqual(["av-lonely-01", "av-lonely-02"]);
        expectEnvelope(
          await srv.get("/v1/agents?after=av-nobody", { token: DIRECTORY_ADMIN }),
          422,
          'invalid cursor "av-nobody"',
        );
        const body = expectOk(await srv.get("/v1/agents?limit=1&after=av-reg-priv", { token: DIRECTORY_ADMIN }));
        expect(body.agents).toEqual([
          {
            id: "av-scoped",
            fqid: "molt://local/agents/av-scoped",
            network_id: "local",
            rooms: ["av-pub"],
            connected: false,
            actor_uid: body.agents[0].actor_uid,
          },
        ]);
      },
    );

    s.it(
      "GET /v1/agents - a public reader sees only the agents its rooms name; other registrations are not even cursors",
      async () => {
        const all = await checkCollectionPaging(srv, "/v1/agents", "agents", 2);
        expect(all).toEqual(["av-m1", "av-reg-in", "av-scoped", "av-zz", "local:av-scoped"]);
        expectEnvelope(await srv.get("/v1/agents?after=av-lonely-01"), 422, 'invalid cursor "av-lonely-01"');
        expectEnvelope(await srv.get("/v1/agents?before=av-hidden"), 422, 'invalid cursor "av-hidden"');
        expectEnvelope(await srv.get("/v1/agents/av-lonely-01"), 404, 'unknown agent "av-lonely-01"');
        expectEnvelope(await srv.get("/v1/agents/av-hidden"), 404, 'unknown agent "av-hidden"');
        expect(expectOk(await srv.get("/v1/agents/av-hidden", { token: DIRECTORY_ADMIN }))).toEqual({
          id: "av-hidden",
          fqid: "molt://local/agents/av-hidden",
          network_id: "local",
          rooms: ["av-priv"],
          connected: false,
        });
        expect(expectOk(await srv.get("/v1/agents/av-lonely-01", { token: DIRECTORY_ADMIN })).rooms).toBeUndefined();
      },
    );
  });

  s.it(
    "POST /v1/agents/register - 201 for a new agent, 200 when registered again; no credential in the answer",
    async () => {
      const first = await s.server.post("/v1/agents/register", { requested_agent_id: " ag-reg ", name: " Reg Agent " });
      const created = expectOk(first, 201);
      expect(Object.keys(created)).toEqual([
        "network_id",
        "agent_id",
        "actor_uid",
        "actor_uri",
        "display_name",
        "created_at",
        "updated_at",
      ]);
      expect(created).toMatchObject({
        network_id: "local",
        agent_id: "ag-reg",
        actor_uri: "molt://local/agents/ag-reg",
        display_name: "Reg Agent",
      });
      expect(created.actor_uid).toMatch(/^actor_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(created.created_at).toBe(created.updated_at);
      expect(first.text).not.toMatch(/credential|anonymous|agent_token/);

      const again = expectOk(await s.server.post("/v1/agents/register", { requested_agent_id: "ag-reg" }), 200);
      expect(again).toMatchObject({
        agent_id: "ag-reg",
        actor_uid: created.actor_uid,
        display_name: "Reg Agent",
        created_at: created.created_at,
      });
      expect(Date.parse(again.updated_at)).toBeGreaterThan(Date.parse(created.updated_at));

      const slug = expectOk(await s.server.post("/v1/agents/register", { name: "Ag Slug Prime!" }), 201);
      expect(slug.agent_id).toBe("ag-slug-prime");
      const slug2 = expectOk(await s.server.post("/v1/agents/register", { name: "Ag Slug Prime!" }), 201);
      expect(slug2.agent_id).toMatch(/^ag-slug-prime-[0-9a-f]{8}$/);

      expectEnvelope(
        await s.server.post("/v1/agents/register", { requested_agent_id: "bad agent" }),
        422,
        /^requested_agent_id id must match/,
      );
      expectEnvelope(await s.server.post("/v1/agents/register", { requested_agent_id: ["x"] }), 400);
    },
  );

  s.it("GET /v1/agents/{id} - a registered agent or a room member; an unknown agent is 404", async () => {
    await createRoom(s.server, { id: "ag-room", members: ["ag-member", "ag-known"] });
    expectOk(await s.server.post("/v1/agents/register", { requested_agent_id: "ag-known", name: "Known" }), 201);
    const member = expectOk(await s.server.get("/v1/agents/ag-member"));
    expect(member).toEqual({
      id: "ag-member",
      fqid: "molt://local/agents/ag-member",
      network_id: "local",
      rooms: ["ag-room"],
      connected: false,
    });
    const known = expectOk(await s.server.get("/v1/agents/ag-known"));
    expect(Object.keys(known)).toEqual(["id", "name", "actor_uid", "fqid", "network_id", "rooms", "connected"]);
    expect(known).toMatchObject({
      id: "ag-known",
      name: "Known",
      fqid: "molt://local/agents/ag-known",
      rooms: ["ag-room"],
      connected: false,
    });
    expectEnvelope(await s.server.get("/v1/agents/ag-nobody"), 404, 'unknown agent "ag-nobody"');
  });

  s.it("GET /v1/agents - members and registered agents, collection pages by id", async () => {
    await createRoom(s.server, { id: "ag-list", members: ["ag-l1", "ag-l2", "ag-l3"] });
    expectOk(await s.server.post("/v1/agents/register", { requested_agent_id: "ag-l0" }), 201);
    const all = await checkCollectionPaging(s.server, "/v1/agents", "agents", 3);
    expect(all).toEqual(expect.arrayContaining(["ag-l0", "ag-l1", "ag-l2", "ag-l3"]));
    const body = expectOk(await s.server.get("/v1/agents?limit=500"));
    const l1 = body.agents.find((a: { id: string }) => a.id === "ag-l1");
    expect(l1).toEqual({
      id: "ag-l1",
      fqid: "molt://local/agents/ag-l1",
      network_id: "local",
      rooms: ["ag-list"],
      connected: false,
    });
  });

  s.it("DELETE /v1/agents/{id} - removes the registration and memberships, keeps messages; then 404", async () => {
    await createRoom(s.server, { id: "ag-del-room", members: ["ag-del", "ag-stay"] });
    expectOk(await s.server.post("/v1/agents/register", { requested_agent_id: "ag-del" }), 201);
    await send(s.server, roomMessage("ag-del-msg", "ag-del-room", "ag-del"));
    expect(expectOk(await s.server.del("/v1/agents/ag-del"))).toEqual({
      removed: true,
      kind: "agent",
      id: "ag-del",
      mode: "soft",
    });
    expectEnvelope(await s.server.get("/v1/agents/ag-del"), 404, 'unknown agent "ag-del"');
    expectEnvelope(await s.server.del("/v1/agents/ag-del"), 404, 'unknown agent "ag-del"');
    expectEnvelope(await s.server.del("/v1/agents/bad%20agent"), 404, 'unknown agent "bad agent"');
    expect(expectOk(await s.server.get("/v1/rooms/ag-del-room")).members).toEqual(["ag-stay"]);
    expect(
      expectOk(await s.server.get("/v1/rooms/ag-del-room/messages")).messages.map((m: { id: string }) => m.id),
    ).toEqual(["ag-del-msg"]);
    // The id can be registered afresh.
    expectOk(await s.server.post("/v1/agents/register", { requested_agent_id: "ag-del" }), 201);
  });

  s.it(
    "POST /v1/apply - creates new rooms, resets existing ones, binds agents; credential keys never shown",
    async () => {
      await createRoom(s.server, {
        id: "ap-existing",
        name: "Before",
        members: ["old-1", "old-2"],
        visibility: "public",
      });
      const reply = await s.server.post("/v1/apply", {
        network_id: "local",
        rooms: [
          { id: "ap-new", members: ["ap-x", "ap-a"], write_policy: "registered_agents" },
          { id: "ap-existing", name: "After", members: ["new-1"] },
        ],
        agents: [{ id: "ap-agent", name: "Applied", credential_key: "token:ap-secret-key" }],
      });
      const body = expectOk(reply);
      expect(Object.keys(body)).toEqual(["applied", "rooms", "agents"]);
      expect(body.applied).toBe(true);
      expect(body.rooms.map((r: { id: string }) => r.id)).toEqual(["ap-new", "ap-existing"]);
      expect(body.rooms[0]).toMatchObject({
        members: ["ap-a", "ap-x"],
        write_policy: "registered_agents",
        visibility: "private",
      });
      expect(body.agents).toHaveLength(1);
      expect(body.agents[0]).toMatchObject({ agent_id: "ap-agent", network_id: "local" });
      expect(reply.text).not.toContain("ap-secret-key");
      expect(reply.text).not.toContain("credential");

      const existing = expectOk(await s.server.get("/v1/rooms/ap-existing"));
      expect(existing).toMatchObject({
        name: "After",
        members: ["new-1"],
        visibility: "private",
        write_policy: "members",
      });
      expect(expectOk(await s.server.get("/v1/rooms/ap-new")).members).toEqual(["ap-a", "ap-x"]);
      expect(expectOk(await s.server.get("/v1/agents/ap-agent")).id).toBe("ap-agent");
      // An anonymous registration cannot take the bound agent over.
      expectEnvelope(
        await s.server.post("/v1/agents/register", { requested_agent_id: "ap-agent" }),
        409,
        'agent "ap-agent" is already registered',
      );

      expect(expectOk(await s.server.post("/v1/apply", {}))).toEqual({ applied: true });
      expectEnvelope(
        await s.server.post("/v1/apply", { network_id: "elsewhere" }),
        422,
        'network_id "elsewhere" does not match server network "local"',
      );
      expectEnvelope(await s.server.post("/v1/apply", { rooms: [{ id: "bad room" }] }), 422, /^rooms\[0\]: /);
      expectEnvelope(
        await s.server.post("/v1/apply", { agents: [{ id: "ap-2" }] }),
        422,
        "agents[0].credential_key is required",
      );
      expectEnvelope(await s.server.get("/v1/rooms/bad%20room"), 404);
    },
  );

  s.it(
    "POST /v1/apply - a credential key over 512 characters is 422 on every backend, never a 500, and never echoed",
    async () => {
      const key = `token:${randomBytes(6000).toString("base64")}`;
      const reply = await s.server.post("/v1/apply", { agents: [{ id: "ap-long-key", credential_key: key }] });
      expectEnvelope(reply, 422, "agents[0].credential_key must be 512 characters or fewer");
      expect(reply.text).not.toContain(key.slice(6, 40));
      expectEnvelope(await s.server.get("/v1/agents/ap-long-key"), 404);
      const fits = `token:${"k".repeat(506)}`;
      expect(
        expectOk(await s.server.post("/v1/apply", { agents: [{ id: "ap-long-key", credential_key: fits }] })).agents[0]
          .agent_id,
      ).toBe("ap-long-key");
    },
  );
}

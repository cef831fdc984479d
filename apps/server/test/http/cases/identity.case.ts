// Sender identity that a token does not own (issue 15, "Where we differ on
// purpose" in the README): a token bound to agents cannot speak as a human,
// and nobody can file a message under another agent's FQID. Each refusal is
// checked from the outside too: the room's history is unchanged.
import { afterAll, beforeAll, describe, expect } from "vitest";
import type { TestServer } from "../harness.js";
import type { Suite } from "../suite.js";
import { expectEnvelope, expectOk, send, textPart } from "../fixtures.js";

const SECRET = `i${Date.now().toString(36)}`;
const TOKENS = {
  alpha: `alpha-${SECRET}`,
  alphaAdmin: `alpha-admin-${SECRET}`,
  observe: `obs-${SECRET}`,
  operator: `op-${SECRET}`,
} as const;

const BEARER_CONFIG = {
  auth: {
    mode: "bearer",
    tokens: [
      { id: "id-alpha", value: TOKENS.alpha, scopes: ["write"], agents: ["id-alpha"] },
      { id: "id-alpha-admin", value: TOKENS.alphaAdmin, scopes: ["write", "admin"], agents: ["id-alpha-2"] },
      { id: "id-obs", value: TOKENS.observe, scopes: ["observe"] },
      { id: "id-op", value: TOKENS.operator, scopes: ["write"] },
    ],
  },
  rooms: [
    { id: "id-beta-only", members: ["id-beta"] },
    { id: "id-shared", members: ["id-alpha", "id-beta"] },
  ],
};

const OPEN_ADMIN = `open-adm-${SECRET}`;
const OPEN_CONFIG = {
  auth: { mode: "open", tokens: [{ id: "open-adm", value: OPEN_ADMIN, scopes: ["admin", "observe", "write"] }] },
  rooms: [{ id: "id-open", members: ["id-agent", "id-victim"], visibility: "public" }],
};

const message = (id: string, room: string, from: Record<string, unknown>) => ({
  id,
  target: { kind: "room", room_id: room },
  from,
  parts: [textPart(`hello from ${id}`)],
});

async function historyIds(srv: TestServer, room: string, token?: string): Promise<string[]> {
  return expectOk(await srv.get(`/v1/rooms/${room}/messages`, { token })).messages.map((m: { id: string }) => m.id);
}

async function storedFrom(srv: TestServer, room: string, id: string, token?: string): Promise<unknown> {
  const messages = expectOk(await srv.get(`/v1/rooms/${room}/messages`, { token })).messages as {
    id: string;
    from: unknown;
  }[];
  return messages.find((m) => m.id === id)?.from;
}

export function identityCases(s: Suite): void {
  const bearer = s.prestart({ config: BEARER_CONFIG });
  const open = s.prestart({ config: OPEN_CONFIG });

  describe("bearer mode", () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await bearer();
    }, 120_000);
    afterAll(() => srv?.dispose(), 60_000);

    s.it(
      "a write token bound to agent alpha cannot post as human beta (403); a bound token with admin can",
      async () => {
        const asHuman = message("id-h-1", "id-beta-only", { type: "human", id: "id-beta" });
        expectEnvelope(
          await srv.post("/v1/messages", asHuman, { token: TOKENS.alpha }),
          403,
          "a token bound to agents cannot send as a human",
        );
        expect(await historyIds(srv, "id-beta-only", TOKENS.observe)).toEqual([]);
        // Its own agent is still fine, and an operator token without an agents list still sends as a human.
        await send(srv, message("id-a-1", "id-shared", { type: "agent", id: "id-alpha" }), TOKENS.alpha);
        await send(srv, message("id-h-2", "id-shared", { type: "human", id: "id-beta" }), TOKENS.operator);
        await send(srv, message("id-h-3", "id-beta-only", { type: "human", id: "id-beta" }), TOKENS.alphaAdmin);
        expect(await historyIds(srv, "id-beta-only", TOKENS.observe)).toEqual(["id-h-3"]);
      },
    );

    s.it(
      "agent alpha claiming beta's FQID is 409 and stores nothing; the server derives alpha's own FQID",
      async () => {
        const claimed = message("id-f-1", "id-shared", {
          type: "agent",
          id: "id-alpha",
          fqid: "molt://local/agents/id-beta",
        });
        expectEnvelope(
          await srv.post("/v1/messages", claimed, { token: TOKENS.alpha }),
          409,
          'from.fqid "molt://local/agents/id-beta" does not match from.id "id-alpha"',
        );
        expect(await historyIds(srv, "id-shared", TOKENS.observe)).not.toContain("id-f-1");

        await send(srv, message("id-f-2", "id-shared", { type: "agent", id: "id-alpha" }), TOKENS.alpha);
        await send(
          srv,
          message("id-f-3", "id-shared", {
            type: "agent",
            id: "id-alpha",
            network_id: "local",
            fqid: "molt://local/agents/id-alpha",
          }),
          TOKENS.alpha,
        );
        for (const id of ["id-f-2", "id-f-3"]) {
          expect(await storedFrom(srv, "id-shared", id, TOKENS.observe)).toEqual({
            type: "agent",
            id: "id-alpha",
            network_id: "local",
            fqid: "molt://local/agents/id-alpha",
          });
        }
      },
    );
  });

  describe("open mode", () => {
    let srv: TestServer;
    beforeAll(async () => {
      srv = await open();
    }, 120_000);
    afterAll(() => srv?.dispose(), 60_000);

    s.it("an agent's own token posting with another agent's FQID is 409; a chosen name is display only", async () => {
      const token = expectOk(
        await srv.post("/v1/agents/register", { requested_agent_id: "id-agent", name: "Agent" }),
        201,
      ).agent_token as string;
      const spoof = message("id-o-1", "id-open", {
        type: "agent",
        id: "id-agent",
        fqid: "molt://local/agents/id-victim",
        name: "Victim",
      });
      expectEnvelope(
        await srv.post("/v1/messages", spoof, { token }),
        409,
        'from.fqid "molt://local/agents/id-victim" does not match from.id "id-agent"',
      );
      expect(await historyIds(srv, "id-open")).toEqual([]);

      // The name is kept as sent: it is display text, never identity (the FQID is the agent's own).
      await send(srv, message("id-o-2", "id-open", { type: "agent", id: "id-agent", name: "Victim" }), token);
      expect(await storedFrom(srv, "id-open", "id-o-2")).toEqual({
        type: "agent",
        id: "id-agent",
        name: "Victim",
        network_id: "local",
        fqid: "molt://local/agents/id-agent",
      });
    });
  });

  s.it(
    "auth mode none - an FQID naming another agent is 409 there too; a remote FQID sets the actor's network",
    async () => {
      expectOk(await s.server.post("/v1/rooms", { id: "id-none", members: ["id-gamma"] }), 201);
      const spoof = message("id-n-1", "id-none", {
        type: "agent",
        id: "id-gamma",
        fqid: "molt://local/agents/id-delta",
      });
      expectEnvelope(
        await s.server.post("/v1/messages", spoof),
        409,
        'from.fqid "molt://local/agents/id-delta" does not match from.id "id-gamma"',
      );
      await send(
        s.server,
        message("id-n-2", "id-none", { type: "agent", id: "id-gamma", fqid: "molt://far/agents/id-gamma" }),
      );
      expect(await storedFrom(s.server, "id-none", "id-n-2")).toEqual({
        type: "agent",
        id: "id-gamma",
        network_id: "far",
        fqid: "molt://far/agents/id-gamma",
      });
      expect(await historyIds(s.server, "id-none")).toEqual(["id-n-2"]);
    },
  );
}

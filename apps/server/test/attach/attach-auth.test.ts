// Who may attach as whom (issue 9), against a real server process: an
// attach-scoped static token and its `agents` allow-list, agent tokens, open
// registration minting a token in READY, an agent owned by another credential
// refused before READY, the second-attachment rule, and the origin check.
import { chmod, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { perTestWorkspace, startCli, type Started } from "../process/cli-harness.js";
import { attach, AttachClient, isRefused } from "./ws-client.js";

const ws = perTestWorkspace();

async function server(config: string): Promise<Started> {
  const path = join(ws.dir.path, "moltnet.yaml");
  await writeFile(path, config);
  await chmod(path, 0o600);
  return startCli({ cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` } });
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const wsUrl = (base: string) => `${base.replace("http", "ws")}/v1/attach`;

const BEARER = `auth:
  mode: bearer
  tokens:
    - { id: bot, value: bot-secret, scopes: [attach, write], agents: [alpha] }
    - { id: other, value: other-secret, scopes: [attach] }
    - { id: reader, value: reader-secret, scopes: [observe] }
`;

describe("attachment auth", () => {
  it("bearer: no token 401, wrong scope 403, the agents allow-list, another credential's agent refused before READY", async () => {
    const s = await server(BEARER);
    try {
      const none = await AttachClient.open(wsUrl(s.baseUrl));
      expect(isRefused(none) && none.status).toBe(401);
      const bad = await AttachClient.open(wsUrl(s.baseUrl), bearer("nope"));
      expect(isRefused(bad) && bad.status).toBe(401);
      const reader = await AttachClient.open(wsUrl(s.baseUrl), bearer("reader-secret"));
      expect(isRefused(reader) && reader.status).toBe(403);

      const notAllowed = await attach(s.baseUrl, "beta", { headers: bearer("bot-secret") });
      expect(notAllowed.ready).toMatchObject({
        op: "ERROR",
        error: 'attachment agent.id "beta" is not allowed for this token',
      });
      await notAllowed.client.closedBy();

      const alpha = await attach(s.baseUrl, "alpha", { headers: bearer("bot-secret") });
      expect(alpha.ready).toMatchObject({ op: "READY", agent_id: "alpha" });
      // The same credential may hold a second attachment of alpha; another credential may not.
      const again = await attach(s.baseUrl, "alpha", { headers: bearer("bot-secret") });
      expect(again.ready.op).toBe("READY");
      const foreign = await attach(s.baseUrl, "alpha", { headers: bearer("other-secret") });
      expect(foreign.ready).toMatchObject({
        op: "ERROR",
        error: 'agent "alpha" is already registered with different credentials',
      });
      await foreign.client.closedBy();
      // Nothing was delivered to the refused socket.
      expect(foreign.client.frames.map((f) => f.op)).toEqual(["HELLO", "ERROR"]);
      alpha.client.close();
      again.client.close();
    } finally {
      await s.stop();
    }
  });

  it("open registration mints a token in READY; the id then needs that token", async () => {
    const s = await server(
      `auth:\n  mode: bearer\n  agent_registration: open\n  tokens: [ { id: ops, value: ops-secret, scopes: [admin] } ]\n`,
    );
    try {
      const first = await attach(s.baseUrl, "newbie", { name: "Newbie" });
      expect(first.ready).toMatchObject({ op: "READY", agent_id: "newbie" });
      const token = String(first.ready.agent_token);
      expect(token).toMatch(/^magt_v1_/);
      first.client.close();
      await first.client.closedBy();

      const anonymous = await attach(s.baseUrl, "newbie");
      expect(anonymous.ready).toMatchObject({ op: "ERROR", error: 'agent "newbie" requires its agent token' });
      await anonymous.client.closedBy();

      const withToken = await attach(s.baseUrl, "newbie", { headers: bearer(token) });
      expect(withToken.ready).toMatchObject({ op: "READY", agent_id: "newbie" });
      expect(withToken.ready.agent_token).toBeUndefined();
      // The agent token is for newbie only.
      const elsewhere = await attach(s.baseUrl, "someone-else", { headers: bearer(token) });
      expect(elsewhere.ready).toMatchObject({
        op: "ERROR",
        error: 'attachment agent.id "someone-else" is not allowed for this token',
      });
      withToken.client.close();
    } finally {
      await s.stop();
    }
  });

  it("a second anonymous attachment of a live agent is refused", async () => {
    const s = await server(`storage: { kind: memory }\n`);
    try {
      const first = await attach(s.baseUrl, "solo");
      expect(first.ready.op).toBe("READY");
      const second = await attach(s.baseUrl, "solo");
      expect(second.ready).toMatchObject({
        op: "ERROR",
        error: 'agent "solo" already has an active attachment; attach with an actor credential to reconnect',
      });
      first.client.close();
      await first.client.closedBy();
      // Once the first one is gone the id is free again.
      const third = await attach(s.baseUrl, "solo");
      expect(third.ready.op).toBe("READY");
      third.client.close();
    } finally {
      await s.stop();
    }
  });

  it("browser origins: the localhost default from listen_addr, then server.allowed_origins", async () => {
    let s = await server(`storage: { kind: memory }\n`);
    try {
      const evil = await AttachClient.open(wsUrl(s.baseUrl), { Origin: "https://evil.example" });
      expect(isRefused(evil) && evil.status).toBe(403);
      for (const origin of [
        `http://localhost:${ws.port}`,
        `http://127.0.0.1:${ws.port}`,
        `https://127.0.0.1:${ws.port}`,
      ]) {
        const ok = await AttachClient.open(wsUrl(s.baseUrl), { Origin: origin });
        expect(isRefused(ok)).toBe(false);
        (ok as AttachClient).close();
      }
      const otherPort = await AttachClient.open(wsUrl(s.baseUrl), { Origin: `http://localhost:${ws.port + 1}` });
      expect(isRefused(otherPort) && otherPort.status).toBe(403);
    } finally {
      await s.stop();
    }
    s = await server(`server: { allowed_origins: ["https://app.example"] }\nstorage: { kind: memory }\n`);
    try {
      const allowed = await AttachClient.open(wsUrl(s.baseUrl), { Origin: "https://app.example" });
      expect(isRefused(allowed)).toBe(false);
      (allowed as AttachClient).close();
      const local = await AttachClient.open(wsUrl(s.baseUrl), { Origin: `http://localhost:${ws.port}` });
      expect(isRefused(local) && local.status).toBe(403);
    } finally {
      await s.stop();
    }
  });
});

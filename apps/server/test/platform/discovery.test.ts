// /skill.md, /install.md and /llms.txt for several configurations and callers
// (issue 9): generated from the live configuration and the caller's access.
import { describe, expect, it } from "vitest";
import { makeApp } from "./helpers.js";

describe("discovery documents", () => {
  it("mode none: everything allowed; rooms listed; DM commands while DMs are on", async () => {
    const { app, call } = await makeApp({ rooms: [{ id: "lobby", members: ["alpha"] }] } as never);
    await app.reconcile();
    const res = await call("/skill.md", { headers: { Host: "moltnet.example:8787" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    const text = await res.text();
    expect(text).toContain("Use Local Moltnet Moltnet at http://moltnet.example:8787 with read, send, admin access.");
    expect(text).toContain("moltnet send --network local --target room:lobby");
    expect(text).toContain("--target dm:<dm-id>");
    expect(text).toContain("--auth-mode none");
    expect(text).toContain("ws://moltnet.example:8787/v1/attach");
    const llms = await (await call("/llms.txt", { headers: { Host: "moltnet.example:8787" } })).text();
    expect(llms).toBe(
      "# Local Moltnet Moltnet\n\nAgent join guide:\nhttp://moltnet.example:8787/install.md\n\nMoltnet skill:\nhttp://moltnet.example:8787/skill.md\n\nConsole:\nhttp://moltnet.example:8787/console/\n\nNetwork metadata:\nhttp://moltnet.example:8787/v1/network\n\n",
    );
    const install = await (await call("/install.md")).text();
    expect(install).toContain("# Join Local Moltnet");
    expect(install).toContain("      - id: lobby");
    expect(install).toContain("    dms:\n      enabled: true\n      wake: all");
  });

  it("direct messages off: no dm: examples anywhere", async () => {
    const { app, call } = await makeApp({ directMessages: false } as never);
    await app.reconcile();
    const skill = await (await call("/skill.md")).text();
    expect(skill).not.toContain("--target dm:");
    expect(skill).toContain("Direct messages are off on this network");
    const install = await (await call("/install.md")).text();
    expect(install).toContain("    dms:\n      enabled: false");
  });

  it("bearer: a read-only token gets no send commands; an attach-only token no room list; no token 401", async () => {
    const auth = {
      mode: "bearer",
      publicRead: false,
      agentRegistration: "disabled",
      tokens: [
        { id: "reader", value: "reader-secret", scopes: ["observe"], agents: [] },
        { id: "bot", value: "bot-secret", scopes: ["attach"], agents: [] },
      ],
    };
    const { app, call } = await makeApp({ auth, rooms: [{ id: "lobby" }] } as never);
    await app.reconcile();
    expect((await call("/skill.md")).status).toBe(401);
    expect((await call("/install.md")).status).toBe(401);
    const reader = await (await call("/skill.md", { headers: { Authorization: "Bearer reader-secret" } })).text();
    expect(reader).toContain("moltnet read --network local --target room:lobby");
    expect(reader).not.toContain("moltnet send --network");
    expect(reader).toContain("Sending is not available with your access");
    expect(reader).toContain("--auth-mode bearer");
    const bot = await call("/skill.md", { headers: { Authorization: "Bearer bot-secret" } });
    expect(bot.status).toBe(200);
    const botText = await bot.text();
    expect(botText).toContain("not listed for this token");
    expect(botText).not.toContain("moltnet read --network");
    expect((await call("/install.md", { headers: { Authorization: "Bearer bot-secret" } })).status).toBe(403);
  });

  it("open registration: connect with --registration open; sending only after connecting", async () => {
    const auth = { mode: "open", publicRead: true, agentRegistration: "open", tokens: [] };
    const { app, call } = await makeApp({
      auth,
      rooms: [{ id: "agora", visibility: "public", write_policy: "registered_agents" }],
    } as never);
    await app.reconcile();
    const skill = await (await call("/skill.md")).text();
    expect(skill).toContain("--registration open");
    expect(skill).toContain("Sending needs an agent id");
    expect(skill).toContain("--target room:agora");
    expect(skill).not.toContain("moltnet admin agent remove");
  });
});

import { describe, expect, it } from "vitest";
import { TOKENS, makeApp } from "./helpers.js";
import { startupApplyRequest } from "../../src/app.js";
import { makeSettings } from "./helpers.js";

describe("createApp", () => {
  it("reconcile - creates declared rooms, emits room.created, binds token agents to token:<id>", async () => {
    const { app, store, call } = await makeApp({
      rooms: [{ id: "lobby", members: ["alpha"], visibility: "public" }],
      auth: {
        mode: "bearer",
        tokens: [...TOKENS, { id: "bot", value: "bot-secret", scopes: ["write"], agents: ["alpha", " beta "] }],
      },
    });
    await app.reconcile();
    expect((await store.getRoom("lobby"))?.members).toEqual(["alpha"]);
    expect((await store.getRegisteredAgent("alpha"))?.credential_key).toBe("token:bot");
    expect((await store.getRegisteredAgent("beta"))?.credential_key).toBe("token:bot");
    const types = async () => (await store.events.read(0, 100)).map((e) => e.type);
    expect(await types()).toEqual(["room.created"]);
    // a second boot re-applies without new events
    await app.reconcile();
    expect(await types()).toEqual(["room.created"]);
    expect((await call("/v1/rooms/lobby", { token: "observe-secret" })).status).toBe(200);
  });

  it("startup request - refuses an agent bound to two tokens", () => {
    const settings = makeSettings({
      auth: {
        mode: "bearer",
        tokens: [
          { id: "a", value: "va", scopes: ["write"], agents: ["x"] },
          { id: "b", value: "vb", scopes: ["write"], agents: ["x"] },
        ],
      },
    });
    expect(() => startupApplyRequest(settings)).toThrow('agent "x" is declared by multiple auth tokens');
  });

  it("domain routes - are mounted (405 on a wrong method with the full Allow list)", async () => {
    const { call } = await makeApp();
    const res = await call("/v1/rooms", { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET, HEAD, POST");
  });
});

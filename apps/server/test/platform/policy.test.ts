import { describe, expect, it } from "vitest";
import { MonotonicClock, openStore, type Room, type Store } from "@moltnet/store";
import type { AppContext, Principal } from "../../src/context.js";
import type { Actor, MessageOrigin } from "@moltnet/store";
import { agentTokenCredentialKey } from "../../src/auth/tokens.js";
import { canReadRoom, checkWritePolicy, roomAccess } from "../../src/auth/rooms.js";
import { checkSender } from "../../src/auth/sender-policy.js";
import { readSender, storedActor } from "../../src/service/sender.js";
import { HttpError } from "../../src/http/errors.js";
import { makeSettings, recordingLogger } from "./helpers.js";

const clock = new MonotonicClock();
const room = (over: Partial<Room> = {}): Room => ({
  id: "lobby",
  network_id: "local",
  fqid: "molt://local/rooms/lobby",
  name: "lobby",
  members: ["alpha", "remote:beta"],
  visibility: "private",
  write_policy: "members",
  created_at: clock.now(),
  ...over,
});

const open: Principal = { kind: "open-access" };
const anonymous: Principal = { kind: "anonymous" };
const stat = (scopes: string[], agents: string[] = [], id = "t"): Principal => ({
  kind: "static",
  tokenId: id,
  scopes: new Set(scopes) as never,
  agents,
  credentialKey: `token:${id}`,
});
const agent = (id: string, key = agentTokenCredentialKey(`tok-${id}`)): Principal => ({
  kind: "agent",
  agentId: id,
  scopes: new Set(["write", "attach"]) as never,
  credentialKey: key,
});

async function context(mode: "none" | "bearer" | "open", publicRead = false, store?: Store): Promise<AppContext> {
  return {
    settings: makeSettings({ auth: { mode, publicRead } }),
    store: store ?? (await openStore({ kind: "memory" })),
    clock,
    log: recordingLogger(),
    events: { publish: async () => {} },
  };
}

/** The sender as POST /v1/messages reads it from a decoded `from`. */
const senderOf = (ctx: AppContext, actor: Partial<Actor>) =>
  readSender({ type: "", id: "", name: "", network_id: "", fqid: "", ...actor }, ctx.settings.networkId);

const senderCheck = (
  ctx: AppContext,
  principal: Principal,
  actor: Partial<Actor>,
  origin: Partial<MessageOrigin> = {},
) => checkSender(ctx, ctx.store, principal, senderOf(ctx, actor), origin);

function writeCheck(ctx: AppContext, principal: Principal, r: Room, actor: Partial<Actor>) {
  const sender = senderOf(ctx, actor);
  return checkWritePolicy(ctx.store, principal, r, storedActor(sender, ctx.settings.networkId), sender);
}

async function register(store: Store, agentId: string, credentialKey: string) {
  const now = clock.now();
  await store.registerAgent({
    network_id: "local",
    agent_id: agentId,
    actor_uid: `actor_${agentId}`,
    actor_uri: `molt://local/agents/${agentId}`,
    credential_key: credentialKey,
    created_at: now,
    updated_at: now,
  });
}

async function outcome(p: Promise<void>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (err) {
    if (err instanceof HttpError) return `${err.status} ${err.message}`;
    throw err;
  }
}

describe("read visibility", () => {
  it("canReadRoom - open-access reads all; observe/admin read all; others only public rooms with public read", async () => {
    const bearer = (await context("bearer")).settings;
    const publicRead = (await context("bearer", true)).settings;
    expect(canReadRoom(open, room(), (await context("none")).settings)).toBe(true);
    expect(canReadRoom(stat(["observe"]), room(), bearer)).toBe(true);
    expect(canReadRoom(stat(["write"]), room({ visibility: "public" }), bearer)).toBe(false);
    expect(canReadRoom(anonymous, room({ visibility: "public" }), publicRead)).toBe(true);
    expect(canReadRoom(anonymous, room(), publicRead)).toBe(false);
    expect(canReadRoom(agent("alpha"), room(), publicRead)).toBe(false);
  });

  it("roomAccess - reports can_write for the caller and the reason", async () => {
    const none = (await context("none")).settings;
    expect(roomAccess(open, room(), none)).toEqual({
      can_read: true,
      can_write: true,
      reason: "private/members-write",
    });
    const pr = (await context("open", true)).settings;
    expect(roomAccess(anonymous, room({ visibility: "public" }), pr)).toEqual({
      can_read: true,
      can_write: false,
      reason: "public-read/members-write",
    });
    expect(roomAccess(agent("alpha"), room({ visibility: "public" }), pr)).toEqual({
      can_read: true,
      can_write: true,
      reason: "public-read/members-write",
    });
    expect(
      roomAccess(agent("gamma"), room({ visibility: "public", write_policy: "registered_agents" }), pr)?.can_write,
    ).toBe(true);
    expect(roomAccess(stat(["observe", "write"]), room({ write_policy: "operators" }), pr)?.can_write).toBe(true);
    expect(roomAccess(agent("alpha"), room({ visibility: "public", write_policy: "operators" }), pr)?.can_write).toBe(
      false,
    );
    expect(roomAccess(anonymous, room(), pr)).toBeNull();
  });
});

describe("write policy", () => {
  it("members - admits listed senders in plain, scoped or FQID form", async () => {
    const ctx = await context("bearer");
    const writer = stat(["write"]);
    expect(await outcome(writeCheck(ctx, writer, room(), { type: "agent", id: "alpha" }))).toBe("ok");
    expect(
      await outcome(writeCheck(ctx, writer, room({ members: ["local:alpha"] }), { type: "agent", id: "alpha" })),
    ).toBe("ok");
    expect(
      await outcome(
        writeCheck(ctx, writer, room({ members: ["molt://local/agents/alpha"] }), { type: "agent", id: "alpha" }),
      ),
    ).toBe("ok");
    expect(await outcome(writeCheck(ctx, writer, room(), { type: "agent", id: "beta", network_id: "remote" }))).toBe(
      "ok",
    );
    expect(await outcome(writeCheck(ctx, writer, room(), { type: "agent", id: "gamma" }))).toBe(
      '403 room "lobby" write policy forbids sender',
    );
  });

  it("mode none and admin+write - bypass the policy", async () => {
    expect(await outcome(writeCheck(await context("none"), open, room(), { type: "agent", id: "x" }))).toBe("ok");
    expect(
      await outcome(
        writeCheck(await context("bearer"), stat(["admin", "write"]), room({ write_policy: "operators" }), {
          type: "agent",
          id: "x",
        }),
      ),
    ).toBe("ok");
  });

  it("operators - only static tokens with write", async () => {
    const ctx = await context("bearer");
    expect(
      await outcome(writeCheck(ctx, stat(["write"]), room({ write_policy: "operators" }), { type: "human", id: "op" })),
    ).toBe("ok");
    expect(
      await outcome(
        writeCheck(ctx, agent("alpha"), room({ write_policy: "operators" }), { type: "agent", id: "alpha" }),
      ),
    ).toMatch(/^403/);
  });

  it("registered_agents - admits a local sender using its own agent token", async () => {
    const ctx = await context("bearer");
    await register(ctx.store, "gamma", agentTokenCredentialKey("tok-gamma"));
    const r = room({ write_policy: "registered_agents" });
    expect(await outcome(writeCheck(ctx, agent("gamma"), r, { type: "agent", id: "gamma" }))).toBe("ok");
    expect(
      await outcome(writeCheck(ctx, agent("gamma", "agent-token:other"), r, { type: "agent", id: "gamma" })),
    ).toMatch(/^403/);
    expect(await outcome(writeCheck(ctx, stat(["write"]), r, { type: "agent", id: "gamma" }))).toMatch(/^403/);
  });
});

describe("sender checks", () => {
  it("mode none - unregistered agents pass; an id registered under a token conflicts", async () => {
    const ctx = await context("none");
    expect(await outcome(senderCheck(ctx, open, { type: "agent", id: "alpha" }))).toBe("ok");
    await register(ctx.store, "alpha", "token:t");
    expect(await outcome(senderCheck(ctx, open, { type: "agent", id: "alpha" }))).toBe(
      '409 agent "alpha" is already registered with different credentials',
    );
    await register(ctx.store, "anon", "anonymous");
    expect(await outcome(senderCheck(ctx, open, { type: "agent", id: "anon" }))).toBe("ok");
  });

  it("mode open - requires registration and the agent's own token", async () => {
    const ctx = await context("open", true);
    const key = agentTokenCredentialKey("tok-alpha");
    expect(await outcome(senderCheck(ctx, agent("alpha", key), { type: "agent", id: "alpha" }))).toBe(
      '401 agent "alpha" must be registered before sending',
    );
    await register(ctx.store, "alpha", key);
    expect(await outcome(senderCheck(ctx, agent("alpha", key), { type: "agent", id: "alpha" }))).toBe("ok");
    expect(await outcome(senderCheck(ctx, agent("beta"), { type: "agent", id: "alpha" }))).toBe(
      '409 agent token is not valid for agent "alpha"',
    );
    expect(await outcome(senderCheck(ctx, anonymous, { type: "agent", id: "alpha" }))).toBe(
      '401 agent "alpha" requires its agent token',
    );
    expect(await outcome(senderCheck(ctx, stat(["write"]), { type: "agent", id: "alpha" }))).toBe(
      '409 agent "alpha" is already registered with different credentials',
    );
    expect(await outcome(senderCheck(ctx, stat(["admin", "write"]), { type: "agent", id: "alpha" }))).toBe("ok");
    expect(
      await outcome(senderCheck(ctx, agent("alpha", key), { type: "agent", id: "x", network_id: "elsewhere" })),
    ).toBe('403 remote-origin agent "x" requires pair scope');
  });

  it("static tokens - agents allowlist and pair-only tokens", async () => {
    const ctx = await context("bearer");
    expect(await outcome(senderCheck(ctx, stat(["write"], ["alpha"]), { type: "agent", id: "beta" }))).toBe(
      '403 agent "beta" is not allowed for this token',
    );
    expect(await outcome(senderCheck(ctx, stat(["pair"]), { type: "agent", id: "beta" }))).toBe(
      "403 pair tokens cannot assert local agents",
    );
    expect(
      await outcome(senderCheck(ctx, stat(["write"]), { type: "agent", id: "beta", fqid: "molt://far/agents/beta" })),
    ).toBe('409 agent "beta" is already registered with different credentials');
    expect(await outcome(senderCheck(ctx, stat(["write"], [], "t"), { type: "agent", id: "local:gamma" }))).toBe("ok");
  });

  it("remote origins - need a pair-scoped, consistent actor", async () => {
    const ctx = await context("bearer");
    const pair = stat(["pair"]);
    expect(
      await outcome(
        senderCheck(
          ctx,
          pair,
          { type: "agent", id: "beta", network_id: "remote" },
          { network_id: "remote", message_id: "m" },
        ),
      ),
    ).toBe("ok");
    expect(
      await outcome(
        senderCheck(
          ctx,
          pair,
          { type: "agent", id: "beta", network_id: "other" },
          { network_id: "remote", message_id: "m" },
        ),
      ),
    ).toBe('409 agent "remote origin actor" is already registered with different credentials');
  });

  it("humans - need a static write token, pair scope for remote origins", async () => {
    const bearer = await context("bearer");
    expect(await outcome(senderCheck(bearer, stat(["write"]), { type: "human", id: "h" }))).toBe("ok");
    // Where we differ on purpose: a token bound to agents sends as those agents only, unless it is also admin.
    expect(await outcome(senderCheck(bearer, stat(["write"], ["alpha"]), { type: "human", id: "h" }))).toBe(
      "403 a token bound to agents cannot send as a human",
    );
    expect(await outcome(senderCheck(bearer, stat(["write", "admin"], ["alpha"]), { type: "human", id: "h" }))).toBe(
      "ok",
    );
    expect(await outcome(senderCheck(bearer, agent("alpha"), { type: "human", id: "h" }))).toBe(
      "403 human ingress requires a static write token",
    );
    expect(await outcome(senderCheck(bearer, anonymous, { type: "human", id: "h" }))).toBe(
      "401 human ingress requires a write token",
    );
    const none = await context("none");
    expect(await outcome(senderCheck(none, open, { type: "human", id: "h" }))).toBe("ok");
    expect(
      await outcome(senderCheck(none, open, { type: "human", id: "h" }, { network_id: "far", message_id: "" })),
    ).toBe("403 remote-origin human sender requires pair scope");
  });
});

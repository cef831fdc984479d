// Contract §2.9: the agent registry.
import { expect } from "vitest";
import { defineCases } from "./case.js";
import { expectStoreError, sameRegistration, wire } from "./expect-store.js";
import { at, registration } from "../fixtures/records.js";

export const agentCases = defineCases("agents", [
  {
    name: "registerAgent - a new id is stored and returned as given",
    async run({ store }) {
      const reg = registration("alpha", { display_name: "Alpha <One>", created_at: at(1, 5), updated_at: at(1, 5) });
      sameRegistration(await store.registerAgent(reg), reg);
      sameRegistration(await store.getRegisteredAgent("alpha"), reg);
    },
  },
  {
    name: "registerAgent - a new id without display name has none",
    async run({ store }) {
      const reg = registration("alpha", { display_name: "" });
      await store.registerAgent(reg);
      expect((await store.getRegisteredAgent("alpha"))?.display_name ?? "").toBe("");
    },
  },
  {
    name: "registerAgent - the same key is idempotent: keeps actor ids and created_at, takes name and updated_at",
    async run({ store }) {
      const first = registration("alpha", { display_name: "Alpha", created_at: at(1), updated_at: at(1) });
      await store.registerAgent(first);
      const again = registration("alpha", {
        actor_uid: "actor_other",
        actor_uri: "molt://local/agents/other",
        display_name: "Alpha Prime",
        created_at: at(5),
        updated_at: at(5),
      });
      const expected = { ...first, display_name: "Alpha Prime", updated_at: at(5) };
      sameRegistration(await store.registerAgent(again), expected);
      sameRegistration(await store.getRegisteredAgent("alpha"), expected);
    },
  },
  {
    name: "registerAgent - an empty display name keeps the stored one",
    async run({ store }) {
      await store.registerAgent(registration("alpha", { display_name: "Alpha", created_at: at(1), updated_at: at(1) }));
      const out = await store.registerAgent(
        registration("alpha", { display_name: "", created_at: at(2), updated_at: at(2) }),
      );
      expect(out.display_name).toBe("Alpha");
      expect(out.updated_at).toBe(at(2));
      const stored = await store.getRegisteredAgent("alpha");
      expect([stored?.display_name, stored?.updated_at, stored?.created_at]).toEqual(["Alpha", at(2), at(1)]);
    },
  },
  {
    name: "registerAgent - another credential key fails with agent_credential and changes nothing",
    async run({ store }) {
      const first = registration("alpha", { credential_key: "token:alpha" });
      await store.registerAgent(first);
      await expectStoreError(
        store.registerAgent(
          registration("alpha", { credential_key: "token:mallory", display_name: "Mallory", updated_at: at(9) }),
        ),
        "agent_credential",
      );
      sameRegistration(await store.getRegisteredAgent("alpha"), first);
      expect(await store.getRegisteredAgentByCredentialKey("token:mallory")).toBeNull();
    },
  },
  {
    name: "reconcileRegisteredAgent - rebinds the credential key, keeps actor ids and created_at",
    async run({ store }) {
      const first = registration("alpha", {
        credential_key: "agent-token:abc",
        display_name: "Alpha",
        created_at: at(1),
        updated_at: at(1),
      });
      await store.registerAgent(first);
      const desired = registration("alpha", {
        credential_key: "token:alpha",
        actor_uid: "actor_x",
        actor_uri: "molt://x/agents/x",
        display_name: "",
        created_at: at(7),
        updated_at: at(7),
      });
      const expected = { ...first, credential_key: "token:alpha", updated_at: at(7) };
      sameRegistration(await store.reconcileRegisteredAgent(desired), expected);
      sameRegistration(await store.getRegisteredAgent("alpha"), expected);
      expect(await store.getRegisteredAgentByCredentialKey("agent-token:abc")).toBeNull();
      sameRegistration(await store.getRegisteredAgentByCredentialKey("token:alpha"), expected);
    },
  },
  {
    name: "reconcileRegisteredAgent - a new id is inserted; a non-empty name replaces the old",
    async run({ store }) {
      const reg = registration("beta", { display_name: "Beta", created_at: at(2), updated_at: at(2) });
      sameRegistration(await store.reconcileRegisteredAgent(reg), reg);
      sameRegistration(await store.getRegisteredAgent("beta"), reg);
      const renamed = await store.reconcileRegisteredAgent(
        registration("beta", { display_name: "Beta Two", updated_at: at(3) }),
      );
      expect([renamed.display_name, renamed.created_at, renamed.updated_at]).toEqual(["Beta Two", at(2), at(3)]);
    },
  },
  {
    name: "getRegisteredAgentByCredentialKey - finds by key; blank or unknown keys are null",
    async run({ store }) {
      const alpha = registration("alpha", { credential_key: "agent-token:aaa" });
      await store.registerAgent(alpha);
      sameRegistration(await store.getRegisteredAgentByCredentialKey("agent-token:aaa"), alpha);
      sameRegistration(await store.getRegisteredAgentByCredentialKey("  agent-token:aaa\t"), alpha);
      expect(await store.getRegisteredAgentByCredentialKey("")).toBeNull();
      expect(await store.getRegisteredAgentByCredentialKey("   ")).toBeNull();
      expect(await store.getRegisteredAgentByCredentialKey("agent-token:AAA")).toBeNull();
      expect(await store.getRegisteredAgentByCredentialKey("agent-token:aa")).toBeNull();
    },
  },
  {
    name: "getRegisteredAgentByCredentialKey - several matches return the lowest agent id",
    async run({ store }) {
      await store.reconcileRegisteredAgent(registration("zeta", { credential_key: "anonymous" }));
      await store.reconcileRegisteredAgent(registration("Beta", { credential_key: "anonymous" }));
      await store.reconcileRegisteredAgent(registration("alpha", { credential_key: "anonymous" }));
      expect((await store.getRegisteredAgentByCredentialKey("anonymous"))?.agent_id).toBe("Beta");
    },
  },
  {
    name: "getRegisteredAgent - trims the id; an unknown id is null",
    async run({ store }) {
      const alpha = registration("alpha");
      await store.registerAgent(alpha);
      sameRegistration(await store.getRegisteredAgent(" alpha "), alpha);
      expect(await store.getRegisteredAgent("beta")).toBeNull();
      expect(await store.getRegisteredAgent("ALPHA")).toBeNull();
    },
  },
  {
    name: "listRegisteredAgents - sorted by agent id bytewise; none is an empty list",
    async run({ store }) {
      expect(await store.listRegisteredAgents()).toEqual([]);
      for (const id of ["beta", "Zed", "alpha", "a-1", "a.1", "a_1"]) await store.registerAgent(registration(id));
      const listed = await store.listRegisteredAgents();
      expect(listed.map((r) => r.agent_id)).toEqual(["Zed", "a-1", "a.1", "a_1", "alpha", "beta"]);
      expect(wire.registration(listed[4]!)).toEqual(wire.registration(registration("alpha")));
    },
  },
  {
    name: "listRegisteredAgentsIn - a keyset range in bytewise order on either side of a bound that need not exist",
    async run({ store }) {
      expect(await store.listRegisteredAgentsIn({ limit: 3 })).toEqual([]);
      for (const id of ["beta", "Zed", "alpha", "a-1", "a.1", "a_1"]) await store.registerAgent(registration(id));
      const ids = async (range: Parameters<typeof store.listRegisteredAgentsIn>[0]) =>
        (await store.listRegisteredAgentsIn(range)).map((r) => r.agent_id);
      expect(await ids({ limit: 3 })).toEqual(["Zed", "a-1", "a.1"]);
      expect(await ids({ limit: 3, after: "a.1" })).toEqual(["a_1", "alpha", "beta"]);
      expect(await ids({ limit: 2, before: "a_1" })).toEqual(["a-1", "a.1"]);
      // Bounds that are no registration: between ids, below the first, past the last.
      expect(await ids({ limit: 2, after: "a0" })).toEqual(["a_1", "alpha"]);
      expect(await ids({ limit: 10, before: "a" })).toEqual(["Zed"]);
      expect(await ids({ limit: 5, after: "zzz" })).toEqual([]);
      expect(await ids({ limit: 10, before: "zzz" })).toEqual(["Zed", "a-1", "a.1", "a_1", "alpha", "beta"]);
      const [alpha] = await store.listRegisteredAgentsIn({ limit: 1, after: "a_1" });
      expect(wire.registration(alpha!)).toEqual(wire.registration(registration("alpha")));
    },
  },
  {
    name: "removeRegisteredAgent - removes by trimmed id and is idempotent",
    async run({ store }) {
      await store.registerAgent(registration("alpha"));
      await store.registerAgent(registration("beta"));
      await store.removeRegisteredAgent(" alpha ");
      expect(await store.getRegisteredAgent("alpha")).toBeNull();
      expect(await store.getRegisteredAgentByCredentialKey("token:alpha")).toBeNull();
      await store.removeRegisteredAgent("alpha");
      await store.removeRegisteredAgent("never-there");
      expect((await store.listRegisteredAgents()).map((r) => r.agent_id)).toEqual(["beta"]);
      // a removed id can register again, under any key
      const back = registration("alpha", { credential_key: "token:new", created_at: at(9), updated_at: at(9) });
      sameRegistration(await store.registerAgent(back), back);
    },
  },
]);

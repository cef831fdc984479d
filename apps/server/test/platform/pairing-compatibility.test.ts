// The compatibility rules a pairing's remote is judged by (pairings/compatibility.ts),
// and the request that relays a message (pairings/relay.ts), as pure functions.
import { describe, expect, it } from "vitest";
import { evaluateCompatibility } from "../../src/pairings/compatibility.js";
import { relayRequest } from "../../src/pairings/relay.js";

const AT = "2026-12-03T10:00:00Z";
const modern = {
  id: "far",
  version: "1.2.3",
  protocols: { http: ["moltnet.http.v1"], attach: ["moltnet.attach.v1"], pair: ["moltnet.pair.v1"] },
  capabilities: { message_pagination: "cursor", direct_messages: true },
};

describe("pairing compatibility", () => {
  it("a matching modern network is connected, with diagnostics in the reference's key order", () => {
    const r = evaluateCompatibility("far", modern, "relay", AT);
    expect(r.status).toBe("connected");
    expect(Object.keys(r.diagnostics)).toEqual([
      "checked_at",
      "remote_version",
      "remote_network_id",
      "remote_protocols",
    ]);
    expect(r.diagnostics.remote_protocols).toEqual(modern.protocols);
  });

  it("another network id is incompatible; a blank expected id is not checked", () => {
    expect(evaluateCompatibility("near", modern, "relay", AT)).toMatchObject({
      status: "incompatible",
      diagnostics: { reason: "network_id_mismatch" },
    });
    expect(evaluateCompatibility("", modern, "relay", AT).status).toBe("connected");
  });

  it("protocols: http.v1 required (or a legacy document with cursor pagination); pair.v1 or none beside http.v1", () => {
    const with_ = (protocols: object, capabilities: object = modern.capabilities) =>
      evaluateCompatibility("far", { id: "far", protocols, capabilities }, "relay", AT);
    expect(with_({ http: ["moltnet.http.v2"] }).diagnostics.reason).toBe("unsupported_http_protocol");
    expect(with_({ http: ["moltnet.http.v1"], pair: ["moltnet.pair.v9"] }).diagnostics.reason).toBe(
      "unsupported_pair_protocol",
    );
    expect(with_({ http: ["moltnet.http.v1"] }).status).toBe("connected");
    // Legacy: no protocols at all.
    expect(with_({}).status).toBe("connected");
    expect(with_({}, { direct_messages: true }).diagnostics.reason).toBe("unsupported_http_protocol");
    // Garbage shapes are read as absent, never thrown on.
    expect(evaluateCompatibility("far", { id: 7, protocols: "x", capabilities: null }, "relay", AT).status).toBe(
      "incompatible",
    );
  });

  it("degraded: no cursor pagination (discovery only) or direct messages off", () => {
    const noCursor = { ...modern, capabilities: { direct_messages: true } };
    expect(evaluateCompatibility("far", noCursor, "discovery", AT).diagnostics.reason).toBe(
      "missing_cursor_pagination",
    );
    expect(evaluateCompatibility("far", noCursor, "relay", AT).status).toBe("connected");
    const noDms = { ...modern, capabilities: { message_pagination: "cursor", direct_messages: false } };
    expect(evaluateCompatibility("far", noDms, "relay", AT)).toMatchObject({
      status: "degraded",
      directMessages: false,
      diagnostics: { reason: "direct_messages_disabled", message: "Remote server has direct_messages disabled." },
    });
  });
});

describe("relay request", () => {
  const pairing = { id: "link_far", remote_network_id: "far", remote_base_url: "http://far" };
  const base = {
    id: "m1",
    origin: { network_id: "near", message_id: "m1" },
    from: { type: "agent", id: "alpha", network_id: "near" },
    parts: [{ kind: "text", text: "hi" }],
  };

  it("a room message goes as it is, with its id and origin", () => {
    const body = relayRequest(pairing, { ...base, target: { kind: "room", room_id: "general" } });
    expect(body).toEqual({ ...base, target: { kind: "room", room_id: "general" } });
  });

  it("a DM goes only when a participant is of the remote network, with plain ids qualified", () => {
    const dm = (participant_ids: string[]) =>
      relayRequest(pairing, { ...base, target: { kind: "dm", dm_id: "d1", participant_ids } });
    expect(dm(["alpha", "near:beta"])).toBeNull();
    expect((dm(["alpha", "far:bob"])?.target as any).participant_ids).toEqual(["near:alpha", "far:bob"]);
    expect((dm(["alpha", "molt://far/agents/bob", "carol"])?.target as any).participant_ids).toEqual([
      "near:alpha",
      "far:bob",
      "far:carol",
    ]);
  });
});

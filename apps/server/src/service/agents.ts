// Agent views (§2.10): summaries merge room memberships (keyed by the raw
// member string) with registrations, over the rooms the caller may read.
// `connected` is true while the agent has a live attachment on any server
// sharing the store (ctx.presence, fed by /v1/attach).
import { collectionPageInfo, compareBytewise, windowOf, type AgentRegistration, type Room, type Window } from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { HttpError } from "../http/errors.js";
import { windowCursor } from "../http/query.js";
import { goQuote } from "../http/quote.js";
import { agentFqid, memberIdError } from "../ids.js";
import { eventRecord } from "./events.js";
import { memberIdentity } from "./identity.js";
import { unknownAgent } from "./not-found.js";
import { allReadableRooms, canReadPrivateRoster } from "./readable-rooms.js";

export interface AgentSummary {
  id: string;
  name?: string;
  actor_uid?: string;
  fqid?: string;
  network_id: string;
  rooms: string[];
  connected: boolean;
}

export function wireAgentSummary(a: AgentSummary): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id };
  if (a.name) out.name = a.name;
  if (a.actor_uid) out.actor_uid = a.actor_uid;
  if (a.fqid) out.fqid = a.fqid;
  out.network_id = a.network_id;
  if (a.rooms.length > 0) out.rooms = a.rooms;
  out.connected = a.connected;
  return out;
}

/** A registered agent over the given rooms: a room counts when any member parses to the agent's (network, id). */
function registeredSummary(registration: AgentRegistration, rooms: readonly Room[]): AgentSummary {
  const summary: AgentSummary = {
    id: registration.agent_id,
    network_id: registration.network_id,
    rooms: [],
    connected: false,
  };
  if (registration.display_name) summary.name = registration.display_name;
  if (registration.actor_uid) summary.actor_uid = registration.actor_uid;
  if (registration.actor_uri) summary.fqid = registration.actor_uri;
  for (const room of rooms) {
    const present = room.members.some((member) => {
      const who = memberIdentity(registration.network_id, member);
      return who.networkId === registration.network_id && who.agentId === registration.agent_id;
    });
    if (present) summary.rooms.push(room.id);
  }
  summary.rooms.sort(compareBytewise);
  return summary;
}

export async function listAgents(ctx: AppContext, principal: Principal, window: Window): Promise<Record<string, unknown>> {
  const networkId = ctx.settings.networkId;
  const rooms = await allReadableRooms(ctx, principal);
  const byId = new Map<string, AgentSummary>();
  for (const room of rooms) {
    for (const member of room.members) {
      let summary = byId.get(member);
      if (!summary) {
        const who = memberIdentity(networkId, member);
        summary = { id: member, fqid: agentFqid(who.networkId, who.agentId), network_id: who.networkId, rooms: [], connected: false };
        byId.set(member, summary);
      }
      summary.rooms.push(room.id);
    }
  }
  const roster = canReadPrivateRoster(principal);
  for (const registration of await ctx.store.listRegisteredAgents()) {
    const existing = byId.get(registration.agent_id);
    if (existing) {
      // The registration names the agent; the rooms stay those of the exact member string.
      if (registration.display_name) existing.name = registration.display_name;
      else delete existing.name;
      existing.actor_uid = registration.actor_uid;
      existing.fqid = registration.actor_uri;
      existing.network_id = registration.network_id;
      continue;
    }
    const summary = registeredSummary(registration, rooms);
    if (summary.rooms.length === 0 && !roster) continue;
    byId.set(registration.agent_id, summary);
  }
  const agents = [...byId.values()];
  const connected = await connectedAgents(ctx);
  for (const agent of agents) {
    agent.rooms.sort(compareBytewise);
    agent.connected = connected.has(agent.id);
  }
  agents.sort((a, b) => compareBytewise(a.id, b.id));

  const positions = new Map(agents.map((agent, index) => [agent.id, index]));
  const result = windowOf(agents, window, (cursor) => positions.get(cursor) ?? -1, "start");
  if (result === "invalid_cursor") throw new HttpError(422, `invalid cursor ${goQuote(windowCursor(window))}`);
  return { agents: result.items.map(wireAgentSummary), page: collectionPageInfo(window, result) };
}

/** One agent as the caller may see it; 404 `unknown agent "<id>"` otherwise. */
export async function findAgent(ctx: AppContext, principal: Principal, rawId: string): Promise<AgentSummary> {
  const summary = await findAgentSummary(ctx, principal, rawId);
  summary.connected = (await connectedAgents(ctx)).has(summary.id);
  return summary;
}

const connectedAgents = async (ctx: AppContext): Promise<Set<string>> => (await ctx.presence?.connectedAgents()) ?? new Set();

async function findAgentSummary(ctx: AppContext, principal: Principal, rawId: string): Promise<AgentSummary> {
  const id = rawId.trim();
  if (id === "") throw unknownAgent(id);
  const roster = canReadPrivateRoster(principal);
  const registration = await ctx.store.getRegisteredAgent(id);
  if (registration) {
    const summary = registeredSummary(registration, await allReadableRooms(ctx, principal));
    if (summary.rooms.length === 0 && !roster) throw unknownAgent(id);
    return summary;
  }
  if (!roster) throw unknownAgent(id);
  // An unregistered member, by its exact member string over every active room.
  const rooms = (await ctx.store.listMemberships()).filter((m) => m.member_id === id).map((m) => m.room_id);
  if (rooms.length === 0) throw unknownAgent(id);
  const first = await ctx.store.getRoom(rooms[0]!);
  const roomNetwork = first?.network_id || ctx.settings.networkId;
  return { id, fqid: agentFqid(roomNetwork, id), network_id: roomNetwork, rooms: [...rooms].sort(compareBytewise), connected: false };
}

export async function getAgent(ctx: AppContext, principal: Principal, rawId: string): Promise<Record<string, unknown>> {
  return wireAgentSummary(await findAgent(ctx, principal, rawId));
}

/** Drops the agent's exact-id memberships and its registration (its token stops working); its messages stay. */
export async function removeAgent(ctx: AppContext, rawId: string): Promise<Record<string, unknown>> {
  const id = rawId.trim();
  if (memberIdError(id) !== undefined) throw unknownAgent(id);
  // Looked up as the reference does: with unrestricted visibility, whoever the caller is.
  const summary = await findAgent(ctx, { kind: "open-access" }, id);
  const agent: Record<string, unknown> = { agent_id: id, network_id: ctx.settings.networkId };
  if (summary.fqid) agent.fqid = summary.fqid;
  if (summary.name) agent.name = summary.name;
  agent.reason = "removed";
  await ctx.store.removeMemberships(id);
  // The event commits with the registration's removal, the last step.
  await ctx.store.removeRegisteredAgent(id, [eventRecord(ctx, "agent.removed", { agent }, ctx.clock.now())]);
  return { removed: true, kind: "agent", id, mode: "soft" };
}

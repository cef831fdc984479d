// Agent views (§2.10): summaries merge room memberships (keyed by the raw
// member string) with registrations, over the rooms the caller may read.
// `connected` is true while the agent has a live attachment on any server
// sharing the store (ctx.presence, fed by /v1/attach).
import {
  agentFqid,
  collectionPageInfo,
  compareBytewise,
  type AgentRegistration,
  type Room,
  type Window,
} from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { memberIdError } from "../ids.js";
import { eventRecord } from "./events.js";
import { memberIdentity } from "./member-identity.js";
import { invalidCursor, unknownAgent } from "./not-found.js";
import { allReadableRooms, canReadPrivateRoster } from "./readable-rooms.js";

interface AgentSummary {
  id: string;
  name?: string;
  actor_uid?: string;
  fqid?: string;
  network_id: string;
  rooms: string[];
  connected: boolean;
}

function wireAgentSummary(a: AgentSummary): Record<string, unknown> {
  const out: Record<string, unknown> = { id: a.id };
  if (a.name) out.name = a.name;
  if (a.actor_uid) out.actor_uid = a.actor_uid;
  if (a.fqid) out.fqid = a.fqid;
  out.network_id = a.network_id;
  if (a.rooms.length > 0) out.rooms = a.rooms;
  out.connected = a.connected;
  return out;
}

/**
 * Who is in the readable rooms, indexed once per request: each exact member
 * string (member entries are keyed by it) and each (network, agent) a member
 * names (a registration's rooms are those of any spelling of it).
 */
class RoomIndex {
  /** Exact member string → its rooms, in room id order. */
  readonly byMember = new Map<string, string[]>();
  /** Members sorted bytewise. */
  readonly members: string[];
  readonly #plain = new Map<string, string[]>();
  readonly #qualified = new Map<string, string[]>();
  /** Exact member string → the network of its lowest room. */
  readonly #networkOf = new Map<string, string>();

  constructor(rooms: readonly Room[]) {
    for (const room of rooms) {
      for (const member of room.members) {
        push(this.byMember, member, room.id);
        if (!this.#networkOf.has(member)) this.#networkOf.set(member, room.network_id);
        const qualified = memberIdentity("", member);
        if (qualified.networkId === "") push(this.#plain, qualified.agentId, room.id);
        else push(this.#qualified, `${qualified.networkId}\0${qualified.agentId}`, room.id);
      }
    }
    this.members = [...this.byMember.keys()].sort(compareBytewise);
  }

  /** The rooms where any member names the registered agent, sorted. */
  roomsOf(registration: AgentRegistration): string[] {
    // A plain member belongs to the registration's own network (compared as memberIdentity trims it).
    const plain =
      registration.network_id.trim() === registration.network_id ? (this.#plain.get(registration.agent_id) ?? []) : [];
    const qualified = this.#qualified.get(`${registration.network_id}\0${registration.agent_id}`) ?? [];
    return [...new Set([...plain, ...qualified])].sort(compareBytewise);
  }

  /** The agent ids a member string could be registered under: itself, and the agent half of a qualified spelling. */
  candidateAgentIds(): string[] {
    const ids = new Set<string>();
    for (const member of this.members) {
      ids.add(member.trim());
      ids.add(memberIdentity("", member).agentId);
    }
    return [...ids].filter((id) => id !== "");
  }

  /** A member as the directory lists it: the network and FQID its member string names (plain: `networkId`). */
  listedMember(member: string, networkId: string): AgentSummary {
    const who = memberIdentity(networkId, member);
    return {
      id: member,
      fqid: agentFqid(who.networkId, who.agentId),
      network_id: who.networkId,
      rooms: this.#roomsOfMember(member),
      connected: false,
    };
  }

  /** A member as GET /v1/agents/{id} shows it (the reference's lookup): the exact string under its lowest room's network. */
  foundMember(member: string, networkId: string): AgentSummary {
    const network = this.#networkOf.get(member) || networkId;
    return {
      id: member,
      fqid: agentFqid(network, member),
      network_id: network,
      rooms: this.#roomsOfMember(member),
      connected: false,
    };
  }

  #roomsOfMember(member: string): string[] {
    return [...(this.byMember.get(member) ?? [])].sort(compareBytewise);
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function registeredSummary(registration: AgentRegistration, rooms: readonly string[]): AgentSummary {
  const summary: AgentSummary = {
    id: registration.agent_id,
    network_id: registration.network_id,
    rooms: [...rooms],
    connected: false,
  };
  if (registration.display_name) summary.name = registration.display_name;
  if (registration.actor_uid) summary.actor_uid = registration.actor_uid;
  if (registration.actor_uri) summary.fqid = registration.actor_uri;
  return summary;
}

/** A member entry named by the registration of the same id; the rooms stay those of the exact member string. */
function namedMember(member: AgentSummary, registration: AgentRegistration): AgentSummary {
  const out: AgentSummary = { ...member };
  if (registration.display_name) out.name = registration.display_name;
  else delete out.name;
  out.actor_uid = registration.actor_uid;
  out.fqid = registration.actor_uri;
  out.network_id = registration.network_id;
  return out;
}

/** How many ids of `sorted` are below `id` (or at most `id` when `inclusive`). */
function countBelow(sorted: readonly string[], id: string, inclusive: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareBytewise(sorted[mid]!, id);
    if (c < 0 || (inclusive && c === 0)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The ids of `sorted` on the window's side of its cursor: at most `take` of them, nearest the cursor (or the start). */
function near(sorted: readonly string[], window: Window, take: number): string[] {
  if (window.before !== undefined) {
    const end = countBelow(sorted, window.before, false);
    return sorted.slice(Math.max(0, end - take), end);
  }
  const start = window.after === undefined ? 0 : countBelow(sorted, window.after, true);
  return sorted.slice(start, start + take);
}

/**
 * GET /v1/agents: the members of the readable rooms merged with the registry,
 * in id order. The registry is read by keyset, one page of it per request
 * (idx_agents_id_bytewise on Postgres), never whole: open registration lets
 * anyone add rows to it. Callers who may not see the whole roster only see
 * registrations their rooms name, looked up by those names.
 */
export async function listAgents(
  ctx: AppContext,
  principal: Principal,
  window: Window,
): Promise<Record<string, unknown>> {
  const index = new RoomIndex(await allReadableRooms(ctx, principal));
  const limit = Math.max(1, window.limit);
  const cursor = window.before ?? window.after;

  let registrations: AgentRegistration[];
  if (canReadPrivateRoster(principal)) {
    if (cursor !== undefined && !index.byMember.has(cursor) && !(await ctx.store.getRegisteredAgent(cursor)))
      throw invalidCursor(window);
    registrations = await ctx.store.listRegisteredAgentsIn(
      window.before !== undefined
        ? { limit: limit + 1, before: window.before }
        : window.after !== undefined
          ? { limit: limit + 1, after: window.after }
          : { limit: limit + 1 },
    );
  } else {
    const found = await Promise.all(index.candidateAgentIds().map((id) => ctx.store.getRegisteredAgent(id)));
    registrations = found
      .filter(
        (r): r is AgentRegistration => r !== null && (index.byMember.has(r.agent_id) || index.roomsOf(r).length > 0),
      )
      .sort((a, b) => compareBytewise(a.agent_id, b.agent_id));
    if (cursor !== undefined && !index.byMember.has(cursor) && !registrations.some((r) => r.agent_id === cursor))
      throw invalidCursor(window);
  }
  const byId = new Map(registrations.map((r) => [r.agent_id, r]));

  const ids = [
    ...new Set([...near(index.members, window, limit + 1), ...near([...byId.keys()], window, limit + 1)]),
  ].sort(compareBytewise);
  const hasMore = ids.length > limit;
  const page = window.before !== undefined ? ids.slice(Math.max(0, ids.length - limit)) : ids.slice(0, limit);

  const agents = page.map((id) => {
    const registration = byId.get(id);
    if (index.byMember.has(id)) {
      const member = index.listedMember(id, ctx.settings.networkId);
      return registration ? namedMember(member, registration) : member;
    }
    return registeredSummary(registration!, index.roomsOf(registration!));
  });
  const connected = await connectedAgents(ctx);
  for (const agent of agents) agent.connected = connected.has(agent.id);
  return { agents: agents.map(wireAgentSummary), page: collectionPageInfo(window, { items: agents, hasMore }) };
}

/** One agent as the caller may see it; 404 `unknown agent "<id>"` otherwise. */
export async function findAgent(ctx: AppContext, principal: Principal, rawId: string): Promise<AgentSummary> {
  const summary = await findAgentSummary(ctx, principal, rawId);
  summary.connected = (await connectedAgents(ctx)).has(summary.id);
  return summary;
}

const connectedAgents = async (ctx: AppContext): Promise<Set<string>> =>
  (await ctx.presence?.connectedAgents()) ?? new Set();

async function findAgentSummary(ctx: AppContext, principal: Principal, rawId: string): Promise<AgentSummary> {
  const id = rawId.trim();
  if (id === "") throw unknownAgent(id);
  const roster = canReadPrivateRoster(principal);
  const index = new RoomIndex(await allReadableRooms(ctx, principal));
  const registration = await ctx.store.getRegisteredAgent(id);
  if (registration) {
    const rooms = index.roomsOf(registration);
    if (rooms.length === 0 && !roster) throw unknownAgent(id);
    return registeredSummary(registration, rooms);
  }
  // An unregistered member, by its exact member string. Whoever may see the
  // whole roster reads every active room, so the index holds all of them.
  if (!roster || !index.byMember.has(id)) throw unknownAgent(id);
  return index.foundMember(id, ctx.settings.networkId);
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

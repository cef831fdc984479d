// How member strings name agents. A room member, DM participant or mention can
// be a plain id (`alpha`, local network), a scoped id (`remote:alpha`) or an
// agent FQID (`molt://remote/agents/alpha`); these helpers turn any of them into
// a (network, agent) pair so the three spellings compare equal. The parsers
// themselves live in ../ids.ts.
import type { Actor } from "@moltnet/store";
import { agentFqid, parseAgentFqid, parseScopedAgentId, scopedAgentId } from "../ids.js";

export interface AgentIdentity {
  networkId: string;
  agentId: string;
}

/** The (network, agent) a member string names; a plain id belongs to `defaultNetwork`. FQID is tried first. */
export function memberIdentity(defaultNetwork: string, member: string): AgentIdentity {
  const trimmed = member.trim();
  return parseAgentFqid(trimmed) ?? parseScopedAgentId(trimmed) ?? { networkId: defaultNetwork.trim(), agentId: trimmed };
}

/** Fills a blank network id with the server's and derives the FQID when missing; caller-supplied values are kept verbatim. */
export function normalizeActor(networkId: string, actor: Actor): Actor {
  const out: Actor = { ...actor };
  if (!(out.network_id ?? "").trim()) out.network_id = networkId.trim();
  const net = out.network_id ?? "";
  if (!(out.fqid ?? "").trim() && out.id.trim() && net.trim()) out.fqid = agentFqid(net, out.id);
  return out;
}

/** The sender's DM participant id: `<net>:<id>` when the actor is remote, else the plain id. */
export function remoteParticipantId(serverNetwork: string, actor: Actor): string {
  const normalized = normalizeActor(serverNetwork, actor);
  const net = normalized.network_id ?? "";
  return net && net !== serverNetwork ? scopedAgentId(net, normalized.id) : normalized.id;
}

// Mentions (§5.8): candidates come from the explicit `mentions` list and from
// `@…` tokens in text parts; each is resolved against the conversation's
// members to a canonical agent FQID. Mentions are routing metadata, so a
// candidate that names nobody (or several agents) is dropped, never an error.
import { agentFqid, parseAgentFqid, parseScopedAgentId, type Part } from "@moltnet/store";
import type { PairingSettings } from "../settings.js";
import { memberIdError } from "../ids.js";
import { memberIdentity } from "./member-identity.js";

// Go's RE2 `\s` is ASCII whitespace only, hence the explicit class. The first
// alternative swallows a bare `@molt://…` so it yields no candidate.
const MENTION = /@molt:\/\/[^\t\n\f\r >]+|<@(molt:\/\/[^>\t\n\f\r ]+)>|@([A-Za-z0-9._-]+(?::[A-Za-z0-9._-]+)?)/g;

/** Explicit entries (non-empty, first occurrence) then text matches, de-duplicated, in order. */
export function mentionCandidates(parts: readonly Part[], explicit: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  const add = (value: string) => {
    if (!value || seen.has(value)) return;
    seen.add(value);
    out.push(value);
  };
  for (const mention of explicit ?? []) add(mention);
  for (const part of parts) {
    if (part.kind !== "text" || !part.text) continue;
    for (const match of part.text.matchAll(MENTION)) add(match[1] ?? match[2] ?? "");
  }
  return out;
}

export interface MentionNetwork {
  id: string;
  name: string;
  pairings: readonly PairingSettings[];
}

/** Canonical FQIDs of the candidates that name exactly one member; undefined when none resolve. */
export function resolveMentions(
  candidates: readonly string[],
  members: readonly string[],
  network: MentionNetwork,
): string[] | undefined {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const candidate of candidates) {
    const resolved = resolveCandidate(candidate, members, network);
    if (!resolved || seen.has(resolved)) continue;
    seen.add(resolved);
    out.push(resolved);
  }
  return out.length > 0 ? out : undefined;
}

function resolveCandidate(candidate: string, members: readonly string[], network: MentionNetwork): string | null {
  const trimmed = candidate.trim();
  if (!trimmed) return null;
  const fqid = parseAgentFqid(trimmed);
  if (fqid) {
    if (memberIdError(trimmed) !== undefined) return null;
    return resolveScoped(members, network.id, fqid.networkId, fqid.agentId);
  }
  const scoped = parseScopedAgentId(trimmed);
  if (scoped) {
    const resolvedNetwork = resolveNetworkAlias(scoped.networkId, network);
    return resolvedNetwork === null ? null : resolveScoped(members, network.id, resolvedNetwork, scoped.agentId);
  }
  return resolveShort(members, network.id, trimmed);
}

/** An alias names the local network (id or name) or a pairing (id, remote id, remote name); it must name exactly one network. */
function resolveNetworkAlias(alias: string, network: MentionNetwork): string | null {
  const trimmed = alias.trim();
  if (!trimmed) return null;
  const matches = new Set<string>();
  if (trimmed === network.id || trimmed === network.name) matches.add(network.id.trim());
  for (const pairing of network.pairings) {
    const remoteName = pairing.remote_network_name ?? "";
    if (
      trimmed === pairing.id ||
      trimmed === pairing.remote_network_id ||
      (remoteName.trim() && trimmed === remoteName)
    ) {
      matches.add(pairing.remote_network_id.trim());
    }
  }
  matches.delete("");
  return matches.size === 1 ? [...matches][0]! : null;
}

function resolveScoped(members: readonly string[], defaultNetwork: string, net: string, agent: string): string | null {
  const targetNetwork = net.trim();
  const targetAgent = agent.trim();
  if (!targetNetwork || !targetAgent) return null;
  for (const member of members) {
    const identity = memberIdentity(defaultNetwork, member);
    if (identity.networkId === targetNetwork && identity.agentId === targetAgent)
      return agentFqid(targetNetwork, targetAgent);
  }
  return null;
}

function resolveShort(members: readonly string[], defaultNetwork: string, agent: string): string | null {
  const matches = new Set<string>();
  for (const member of members) {
    const identity = memberIdentity(defaultNetwork, member);
    if (identity.agentId === agent) matches.add(agentFqid(identity.networkId, identity.agentId));
  }
  return matches.size === 1 ? [...matches][0]! : null;
}

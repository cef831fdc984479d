// How member strings name agents. A room member, DM participant or mention can
// be a plain id (`alpha`, local network), a scoped id (`remote:alpha`) or an
// agent FQID (`molt://remote/agents/alpha`); memberIdentity turns any of them
// into a (network, agent) pair so the three spellings compare equal. The
// parsers live in the store's fqid.ts.
import { parseAgentFqid, parseScopedAgentId, type QualifiedAgent } from "@moltnet/store";

/** The (network, agent) a member string names; a plain id belongs to `defaultNetwork`. FQID is tried first. */
export function memberIdentity(defaultNetwork: string, member: string): QualifiedAgent {
  const trimmed = member.trim();
  return (
    parseAgentFqid(trimmed) ?? parseScopedAgentId(trimmed) ?? { networkId: defaultNetwork.trim(), agentId: trimmed }
  );
}

// Moltnet's fully qualified ids, `molt://<network>/<kind>/<id>`, and the two
// spellings that name an agent of a given network (`net:agent` and the agent
// FQID). The one place these strings are built and taken apart: the store
// writes conversation and artifact FQIDs, the server agent and room ones.

export const roomFqid = (networkId: string, id: string): string => `molt://${networkId}/rooms/${id}`;
export const threadFqid = (networkId: string, id: string): string => `molt://${networkId}/threads/${id}`;
export const dmFqid = (networkId: string, id: string): string => `molt://${networkId}/dms/${id}`;
export const agentFqid = (networkId: string, id: string): string => `molt://${networkId}/agents/${id}`;
export const artifactFqid = (networkId: string, id: string): string => `molt://${networkId}/artifacts/${id}`;

/** An agent named with its network. Halves are as written (untrimmed). */
export interface QualifiedAgent {
  networkId: string;
  agentId: string;
}

/** `net:agent` (not `molt://…`), split at the first `:`; both halves non-blank. */
export function parseScopedAgentId(value: string): QualifiedAgent | null {
  const trimmed = value.trim();
  if (trimmed === "" || trimmed.startsWith("molt://")) return null;
  const at = trimmed.indexOf(":");
  if (at < 0) return null;
  const networkId = trimmed.slice(0, at);
  const agentId = trimmed.slice(at + 1);
  if (networkId.trim() === "" || agentId.trim() === "") return null;
  return { networkId, agentId };
}

/** `molt://<net>/agents/<agent>`, split at the first `/agents/`. */
export function parseAgentFqid(value: string): QualifiedAgent | null {
  const trimmed = value.trim();
  if (!trimmed.startsWith("molt://")) return null;
  const rest = trimmed.slice("molt://".length);
  const at = rest.indexOf("/agents/");
  if (at < 0) return null;
  const networkId = rest.slice(0, at);
  const agentId = rest.slice(at + "/agents/".length);
  if (networkId.trim() === "" || agentId.trim() === "") return null;
  return { networkId, agentId };
}

/** Either qualified spelling (scoped first, as the reference's ValidateMemberID tries them), or null for a plain id. */
export function parseQualifiedAgent(value: string): QualifiedAgent | null {
  return parseScopedAgentId(value) ?? parseAgentFqid(value);
}

/** `net:agent`, or just the agent id when either half is blank. */
export function scopedAgentId(networkId: string, agentId: string): string {
  const net = networkId.trim();
  const agent = agentId.trim();
  return net === "" || agent === "" ? agent : `${net}:${agent}`;
}

/** True when `candidate` names the actor: plain id, `net:id` or the agent FQID. */
export function actorMatches(networkId: string, actorId: string, candidate: string): boolean {
  const id = actorId.trim();
  const c = candidate.trim();
  if (id === "" || c === "") return false;
  return c === id || c === scopedAgentId(networkId, id) || c === agentFqid(networkId, id);
}

// Which events of the log an attachment receives, and which of them are
// targeted wakes. As the reference (attach_filters.go): every event, except
// that with public read on a caller without observe or admin gets only the
// public events plus its own DMs. We differ on purpose in one place: DM
// events (`dm.created`, DM-targeted `message.created`) reach only the DM's
// participants, never every attachment (nor do wake reports about a DM).
import type { AppContext, MoltnetEvent } from "../context.js";
import { isDirectMessageEvent } from "../events/feed.js";
import { anonymousEventFilter } from "../events/filters.js";
import { memberIdentity } from "../service/member-identity.js";

type Payload = Record<string, unknown> | undefined;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);

/** True when `candidate` (plain id, scoped id or FQID) names this network's agent `agentId`. */
export function actorMatches(networkId: string, agentId: string, candidate: string): boolean {
  const id = agentId.trim();
  const c = candidate.trim();
  if (id === "" || c === "") return false;
  if (c === id) return true;
  const who = memberIdentity(networkId, c);
  return who.networkId === networkId && who.agentId === id;
}

function dmParticipants(event: MoltnetEvent): string[] {
  if (event.dm) return strings((event.dm as Payload)?.participant_ids);
  if (event.message) return strings(((event.message as Payload)?.target as Payload)?.participant_ids);
  return strings(((event.agent as Payload)?.target as Payload)?.participant_ids);
}

/** DM events, and wake reports about a DM message (they name the DM and its participants). */
function isDmEvent(event: MoltnetEvent): boolean {
  return isDirectMessageEvent(event) || ((event.agent as Payload)?.target as Payload)?.kind === "dm";
}

export interface AttachedAgent {
  id: string;
  name: string;
}

export type DeliveryFilter = (event: MoltnetEvent) => Promise<boolean>;

/** The filter for one attachment; `publicOnly` when public read applies to a caller without observe/admin. */
export function deliveryFilter(ctx: AppContext, agent: AttachedAgent, publicOnly: boolean): DeliveryFilter {
  const networkId = ctx.settings.networkId;
  const isPublic = publicOnly ? anonymousEventFilter(ctx) : null;
  return async (event) => {
    if (isDmEvent(event)) return dmParticipants(event).some((p) => actorMatches(networkId, agent.id, p));
    return isPublic ? isPublic(event) : true;
  };
}

/** A message that should wake this agent: a DM it takes part in, or a mention of its id, FQID or name. */
export function isWake(networkId: string, agent: AttachedAgent, event: MoltnetEvent): boolean {
  if (event.type !== "message.created" || !event.message) return false;
  const target = (event.message as Payload)?.target as Payload;
  if (target?.kind === "dm") return dmParticipants(event).some((p) => actorMatches(networkId, agent.id, p));
  return strings((event.message as Payload)?.mentions).some(
    (m) => actorMatches(networkId, agent.id, m) || (agent.name !== "" && m === agent.name),
  );
}

/** Why a wake targeted the agent: `dm`, `mention`, else `targeted`. */
export function wakeReason(networkId: string, agent: AttachedAgent, event: MoltnetEvent): string {
  const target = (event.message as Payload)?.target as Payload;
  if (target?.kind === "dm") return "dm";
  if (
    strings((event.message as Payload)?.mentions).some((m) => actorMatches(networkId, agent.id, m) || m === agent.name)
  )
    return "mention";
  return "targeted";
}

/** `agent.removed` of this agent: the attachment ends. */
export function isRemoval(networkId: string, agentId: string, event: MoltnetEvent): boolean {
  return (
    event.type === "agent.removed" && actorMatches(networkId, agentId, String((event.agent as Payload)?.agent_id ?? ""))
  );
}

// Turning a decoded send request into the records the store keeps. Values are
// kept as received (the reference stores target and parts untrimmed), except
// the conversation ids of the target (see storedTarget); empty optional fields
// are dropped so records match their `omitempty` wire form. Origin defaults
// and the DM participant rewrite (§2.6) live here too.
import {
  actorMatches,
  parseQualifiedAgent,
  scopedAgentId,
  type Actor,
  type MessageOrigin,
  type Part,
  type Target,
} from "@moltnet/store";
import { uniqueTrimmed } from "./request-rules.js";
import type { SendMessageRequest } from "./request-schemas.js";

function setIf<T extends object, K extends keyof T>(out: T, key: K, value: T[K] | undefined): void {
  if (typeof value === "string" ? value !== "" : value !== undefined) out[key] = value as T[K];
}

export function targetFromRequest(target: SendMessageRequest["target"]): Target {
  const out: Target = { kind: target.kind };
  setIf(out, "room_id", target.room_id);
  setIf(out, "thread_id", target.thread_id);
  setIf(out, "parent_message_id", target.parent_message_id);
  setIf(out, "dm_id", target.dm_id);
  if (target.participant_ids.length > 0) out.participant_ids = [...target.participant_ids];
  return out;
}

/**
 * The target as stored: conversation ids trimmed. Validation, write policy and
 * lookups all use trimmed ids; the reference then filed the message under the
 * raw id, so a padded `" general "` was lost in memory and broke a foreign key
 * (500) in SQL. Trimming files it where it was checked, on every backend.
 */
export function storedTarget(target: Target): Target {
  const out: Target = { kind: target.kind };
  setIf(out, "room_id", target.room_id?.trim());
  setIf(out, "thread_id", target.thread_id?.trim());
  setIf(out, "parent_message_id", target.parent_message_id?.trim());
  setIf(out, "dm_id", target.dm_id?.trim());
  if (target.participant_ids) out.participant_ids = target.participant_ids;
  return out;
}

export function partsFromRequest(parts: SendMessageRequest["parts"]): Part[] {
  return parts.map((part) => {
    const out: Part = { kind: part.kind };
    setIf(out, "text", part.text);
    setIf(out, "media_type", part.media_type);
    setIf(out, "url", part.url);
    setIf(out, "filename", part.filename);
    if (part.data && Object.keys(part.data).length > 0) out.data = part.data;
    return out;
  });
}

/** Blank network id → the server's; blank message id → the message's own id. Other values are kept verbatim. */
export function originFromRequest(
  origin: SendMessageRequest["origin"],
  networkId: string,
  messageId: string,
): MessageOrigin {
  const { network_id: net, message_id: id } = origin;
  return { network_id: net.trim() ? net : networkId, message_id: id.trim() ? id : messageId };
}

/** `net:agent` for a scoped or FQID participant, "" for a plain id. */
function scopedParticipant(value: string): string {
  const parsed = parseQualifiedAgent(value);
  return parsed ? scopedAgentId(parsed.networkId, parsed.agentId) : "";
}

/**
 * When any participant is scoped or an FQID, the list is rewritten: the
 * sender's own entry becomes `<sender net>:<sender id>`, other scoped/FQID
 * entries become `net:agent`, plain entries of others are dropped. Otherwise
 * the list is kept as sent.
 */
export function dmTarget(target: Target, from: Actor): Target {
  const participants = target.participant_ids ?? [];
  if (!participants.some((p) => scopedParticipant(p) !== "")) return target;
  const senderNetwork = from.network_id ?? "";
  const rewritten = participants.map((p) =>
    actorMatches(senderNetwork, from.id, p) ? scopedAgentId(senderNetwork, from.id) : scopedParticipant(p),
  );
  return { ...target, participant_ids: uniqueTrimmed(rewritten) };
}

// Who a POST /v1/messages speaks as. The request's `from` is read once, here:
// its id is parsed (plain, `net:agent` or an agent FQID) and the result travels
// with the request through the sender checks, the write policy and the stored
// record, so nothing further down parses it again.
//
// Where we differ on purpose (README): the server derives a local actor's
// network and FQID from its id. The reference stores whatever `fqid` the
// caller sends, so an agent could file its messages under another agent's
// FQID; here an `fqid` that names anyone else is refused (409).
import { agentFqid, parseAgentFqid, parseQualifiedAgent, type Actor, type QualifiedAgent } from "@moltnet/store";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import type { SendMessageRequest } from "./request-schemas.js";

export interface Sender {
  /** The actor as received: values untrimmed, empty optional fields dropped. */
  received: Actor;
  /** The qualified id (`net:agent` or an agent FQID) the `id` field holds, or null for a plain id. */
  qualified: QualifiedAgent | null;
  /** The network the caller's `fqid` names, trimmed, or null when the fqid is blank or not an agent FQID. */
  fqidNetwork: string | null;
  /** The id the sender has among this network's agents (the agent half of a qualified id), trimmed. */
  agentId: string;
  /** No qualified id, `network_id` or `fqid` names another network. */
  local: boolean;
}

function setIf<K extends "name" | "network_id" | "fqid">(actor: Actor, key: K, value: string | undefined): void {
  if (value !== undefined && value !== "") actor[key] = value;
}

export function readSender(from: SendMessageRequest["from"], networkId: string): Sender {
  const received: Actor = { type: from.type, id: from.id };
  setIf(received, "name", from.name);
  setIf(received, "network_id", from.network_id);
  setIf(received, "fqid", from.fqid);

  const qualified = parseQualifiedAgent(received.id);
  const fqidNetwork = parseAgentFqid(received.fqid ?? "")?.networkId.trim() ?? null;
  if (qualified) {
    return {
      received,
      qualified,
      fqidNetwork,
      agentId: qualified.agentId.trim(),
      local: qualified.networkId.trim() === networkId,
    };
  }
  const net = (received.network_id ?? "").trim();
  const local = (fqidNetwork === null || fqidNetwork === networkId) && (net === "" || net === networkId);
  return { received, qualified, fqidNetwork, agentId: received.id.trim(), local };
}

/** Every network the sender names (network_id, fqid, a qualified id) is `networkId`. For pair-relayed remote actors. */
export function namesOnlyNetwork(sender: Sender, networkId: string): boolean {
  if ((sender.received.network_id ?? "").trim() !== networkId) return false;
  if (sender.fqidNetwork !== null && sender.fqidNetwork !== networkId) return false;
  return sender.qualified === null || sender.qualified.networkId.trim() === networkId;
}

/**
 * The actor as stored. A plain id gets its network (`network_id` as sent,
 * else the one its `fqid` names, else ours) and the FQID derived from both;
 * a caller's `fqid` must be that FQID. A qualified id keeps the reference's
 * normalization: blanks are filled, given values kept.
 */
export function storedActor(sender: Sender, networkId: string): Actor {
  const actor: Actor = { ...sender.received };
  if (sender.qualified) {
    if (!(actor.network_id ?? "").trim()) actor.network_id = networkId.trim();
    if (!(actor.fqid ?? "").trim() && actor.id.trim()) actor.fqid = agentFqid(actor.network_id!, actor.id);
    return actor;
  }
  const net = (actor.network_id ?? "").trim() || sender.fqidNetwork || networkId.trim();
  const fqid = agentFqid(net, sender.agentId);
  const claimed = (sender.received.fqid ?? "").trim();
  if (claimed !== "" && claimed !== fqid) {
    throw new HttpError(409, `from.fqid ${goQuote(claimed)} does not match from.id ${goQuote(sender.agentId)}`);
  }
  actor.network_id = net;
  actor.fqid = fqid;
  return actor;
}

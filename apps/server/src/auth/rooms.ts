// Room read visibility and write policy (§7.4, §7.5 first bullet), computed
// for the caller the way the reference's service does.
import {
  actorMatches,
  normalizeVisibility,
  normalizeWritePolicy,
  parseQualifiedAgent,
  type Actor,
  type Room,
} from "@moltnet/store";
import type { Principal } from "../context.js";
import type { AppSettings } from "../settings.js";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import type { Sender } from "../service/sender.js";
import type { Reads } from "../service/checked-reads.js";
import { allows, allowsAgent, allowsAny, effectivePublicRead, hasClaims } from "./principal.js";

/** The `access` object of GET /v1/rooms and GET /v1/rooms/{id}. */
export interface RoomAccess {
  can_read: boolean;
  can_write: boolean;
  reason?: string;
}

const visibilityOf = (room: Pick<Room, "visibility">): string => normalizeVisibility(room.visibility);
const writePolicyOf = (room: Pick<Room, "write_policy">): string => normalizeWritePolicy(room.write_policy);

/** Readable: mode none; or observe/admin; or public read on and the room public. */
export function canReadRoom(principal: Principal, room: Pick<Room, "visibility">, settings: AppSettings): boolean {
  if (principal.kind === "open-access") return true;
  if (allowsAny(principal, ["observe", "admin"])) return true;
  return effectivePublicRead(settings) && visibilityOf(room) === "public";
}

/** `<public-read|private>/<write_policy>-write`. */
export function roomAccessReason(room: Pick<Room, "visibility" | "write_policy">, settings: AppSettings): string {
  const prefix = effectivePublicRead(settings) && visibilityOf(room) === "public" ? "public-read" : "private";
  return `${prefix}/${writePolicyOf(room)}-write`;
}

/**
 * The caller's `access` for a readable room, or null when the room is not readable
 * (lists skip it; direct reads answer 403 `room <id> is not readable`).
 * `can_write` is evaluated for the caller's own agent (agent tokens) or an empty actor.
 */
export function roomAccess(principal: Principal, room: Room, settings: AppSettings): RoomAccess | null {
  if (!canReadRoom(principal, room, settings)) return null;
  return {
    can_read: true,
    can_write: canWriteAsCaller(principal, room, settings),
    reason: roomAccessReason(room, settings),
  };
}

/** The 403 for a direct read of an unreadable room (no quotes around the id, as in the reference). */
export function roomNotReadable(roomId: string): HttpError {
  return new HttpError(403, `room ${roomId.trim()} is not readable`);
}

function canWriteAsCaller(principal: Principal, room: Room, settings: AppSettings): boolean {
  const base = writeShortcut(principal, room);
  if (base !== undefined) return base;
  if (principal.kind !== "agent") return false; // the empty actor matches no member
  if (isMember(room, { type: "agent", id: principal.agentId })) return true;
  // registered_agents: an agent token is, by construction, its agent's current credential.
  const qualified = parseQualifiedAgent(principal.agentId);
  return (
    writePolicyOf(room) === "registered_agents" &&
    (qualified === null || qualified.networkId.trim() === settings.networkId)
  );
}

/** The decisions that need no actor: mode none; admin+write; operators. */
function writeShortcut(principal: Principal, room: Room): boolean | undefined {
  if (principal.kind === "open-access") return true;
  if (allows(principal, "admin") && allows(principal, "write")) return true;
  if (writePolicyOf(room) === "operators") return principal.kind === "static" && allows(principal, "write");
  return undefined;
}

function isMember(room: Room, actor: Actor): boolean {
  // The actor is normalized against the room's network, as the reference does.
  const networkId = actor.network_id && actor.network_id.trim() !== "" ? actor.network_id : room.network_id.trim();
  return room.members.some((member) => actorMatches(networkId, actor.id, member));
}

/**
 * Whether the sender, stored as `from`, may post into `room` under its write policy.
 * Async because `registered_agents` checks the sender's registration.
 */
async function canWriteRoom(
  reads: Reads,
  principal: Principal,
  room: Room,
  from: Actor,
  sender: Sender,
): Promise<boolean> {
  const base = writeShortcut(principal, room);
  if (base !== undefined) return base;
  if (isMember(room, from)) return true;
  if (writePolicyOf(room) !== "registered_agents" || !hasClaims(principal) || principal.kind !== "agent") return false;
  const { agentId, local } = sender;
  if (!local || agentId === "" || !allowsAgent(principal, agentId)) return false;
  const registration = await reads.getRegisteredAgent(agentId);
  return registration !== null && registration.credential_key === principal.credentialKey.trim();
}

/** Throws 403 `room "<id>" write policy forbids sender` unless canWriteRoom. */
export async function checkWritePolicy(
  reads: Reads,
  principal: Principal,
  room: Room,
  from: Actor,
  sender: Sender,
): Promise<void> {
  if (!(await canWriteRoom(reads, principal, room, from, sender))) {
    throw new HttpError(403, `room ${goQuote(room.id)} write policy forbids sender`);
  }
}

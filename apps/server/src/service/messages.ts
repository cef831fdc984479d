// POST /v1/messages (§5.7), one pass in the reference's order: network
// switches, who the sender is and whether the caller may speak as them, id and
// field validation, the stored sender, write policy, mentions, then the atomic
// append and its events. The sender's id is parsed once (readSender) and that
// reading is used by every later step. Idempotency is by message id: a retry
// answers like the original (same event id) but changes nothing.
import {
  wireDirectConversation,
  wireMessage,
  wireThread,
  type AppendedResult,
  type CheckedReads,
  type Message,
  type Room,
  type Target,
} from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { checkSender } from "../auth/sender-policy.js";
import { checkWritePolicy } from "../auth/rooms.js";
import { HttpError } from "../http-error.js";
import { newPrefixedId } from "../ids.js";
import { eventRecord, messageEventId } from "./events.js";
import { mentionCandidates, resolveMentions } from "./mentions.js";
import { sendMessageError } from "./message-request.js";
import { dmTarget, originFromRequest, partsFromRequest, storedTarget, targetFromRequest } from "./message-shape.js";
import { directMessagesDisabled, unknownRoom } from "./not-found.js";
import type { SendMessageRequest } from "./request-schemas.js";
import { readSender, storedActor, type Sender } from "./sender.js";
import { STALE, withCheckedReads, type Reads } from "./checked-reads.js";

export interface MessageAccepted {
  message_id: string;
  event_id: string;
  accepted: true;
  thread_created: boolean;
  dm_created: boolean;
}

export async function sendMessage(
  ctx: AppContext,
  principal: Principal,
  request: SendMessageRequest,
): Promise<MessageAccepted> {
  const { settings, store } = ctx;
  const networkId = settings.networkId;
  if (request.target.kind.trim() === "dm" && !settings.directMessages) throw directMessagesDisabled();
  if (request.from.type === "human" && !settings.humanIngress) {
    throw new HttpError(403, "human ingress is disabled for this network");
  }

  const sender = readSender(request.from, networkId);
  return withCheckedReads(store, (reads, checked) => acceptMessage(ctx, principal, request, sender, reads, checked));
}

/** One attempt at sendMessage from the sender checks on, over `reads` (checked-reads.ts). */
async function acceptMessage(
  ctx: AppContext,
  principal: Principal,
  request: SendMessageRequest,
  sender: Sender,
  reads: Reads,
  checked: CheckedReads | null,
): Promise<MessageAccepted | typeof STALE> {
  const { settings, store } = ctx;
  const networkId = settings.networkId;
  await checkSender(ctx, reads, principal, sender, request.origin);

  const id = request.id.trim() || newPrefixedId("msg");
  const invalid = sendMessageError(request, sender);
  if (invalid !== undefined) throw new HttpError(422, invalid);

  const from = storedActor(sender, networkId);
  const target = targetFromRequest(request.target);
  let writeRoom: Room | null = null;
  if (target.kind === "room" || target.kind === "thread") {
    writeRoom = await roomForWrite(ctx, reads, target);
    await checkWritePolicy(reads, principal, writeRoom, from, sender);
  }

  const parts = partsFromRequest(request.parts);
  const candidates = mentionCandidates(parts, request.mentions);
  const mentions =
    candidates.length === 0
      ? undefined
      : resolveMentions(candidates, await mentionMembers(reads, target, writeRoom), {
          id: networkId,
          name: settings.networkName,
          pairings: settings.pairings,
        });

  const createdAt = ctx.clock.now();
  const message: Message = {
    id,
    network_id: networkId,
    origin: originFromRequest(request.origin, networkId, id),
    target: storedTarget(target.kind === "dm" ? dmTarget(target, from) : target),
    from,
    parts,
    created_at: createdAt,
  };
  if (mentions) message.mentions = mentions;

  const eventId = messageEventId(id);
  // The events are computed from the append's outcome and committed with it.
  const events = (appended: AppendedResult) => {
    const records = [];
    if (appended.createdThread)
      records.push(eventRecord(ctx, "thread.created", { thread: wireThread(appended.createdThread) }, createdAt));
    if (appended.createdDm)
      records.push(eventRecord(ctx, "dm.created", { dm: wireDirectConversation(appended.createdDm) }, createdAt));
    records.push(eventRecord(ctx, "message.created", { message: wireMessage(message) }, createdAt, eventId));
    return records;
  };
  const result = checked
    ? await store.appendMessage(message, events, checked.mark)
    : await store.appendMessage(message, events);
  if (result.status === "stale") return STALE;
  if (result.status === "duplicate") {
    return { message_id: id, event_id: eventId, accepted: true, thread_created: false, dm_created: false };
  }
  return {
    message_id: id,
    event_id: eventId,
    accepted: true,
    thread_created: result.createdThread !== null,
    dm_created: result.createdDm !== null,
  };
}

/** The room whose write policy applies: an existing thread's own room, else `target.room_id`. */
async function roomForWrite(ctx: AppContext, reads: Reads, target: Target): Promise<Room> {
  let roomId = (target.room_id ?? "").trim();
  if (target.kind === "thread") {
    const thread = await ctx.store.getThread((target.thread_id ?? "").trim());
    if (thread) roomId = thread.room_id;
  }
  const room = await reads.getRoom(roomId);
  if (!room) throw unknownRoom(roomId);
  return room;
}

/**
 * Who mentions resolve against: the room named by the target (even for a
 * thread of another room), or the DM's declared participants. `loaded` is the
 * room the write policy was checked against; it is reused when it is that room.
 */
async function mentionMembers(reads: Reads, target: Target, loaded: Room | null): Promise<readonly string[]> {
  if (target.kind === "dm") return target.participant_ids ?? [];
  const roomId = target.room_id ?? "";
  if (loaded && loaded.id === roomId.trim()) return loaded.members;
  const room = await reads.getRoom(roomId.trim());
  if (!room) throw unknownRoom(roomId);
  return room.members;
}

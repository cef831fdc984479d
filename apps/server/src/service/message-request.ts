// Field validation of POST /v1/messages (§5.7 step 6). The first failure wins
// and its text is the reference's, so checks run in exactly this order:
// sender, parts, message id, then the target for its kind.
import { idError, memberIdError, parsedMemberIdError, roomIdError } from "../ids.js";
import { goQuote } from "../go-quote.js";
import { partUrlError } from "./part-url.js";
import { MAX_IDS_PER_LIST, nulError, uniqueTrimmed } from "./request-rules.js";
import type { SendMessageRequest } from "./request-schemas.js";
import type { Sender } from "./sender.js";

const PART_KINDS = new Set(["text", "url", "data", "file", "image", "audio"]);

/** The 422 message for the first invalid field, or undefined. The sender's id comes as readSender parsed it. */
export function sendMessageError(request: SendMessageRequest, sender: Sender): string | undefined {
  const fromId = sender.received.id.trim();
  const fromError = parsedMemberIdError(fromId, sender.qualified);
  if (fromError !== undefined) return fromId === "" ? "from.id is required" : `from.id ${fromError}`;

  const parts = request.parts;
  if (parts.length === 0) return "parts must not be empty";
  for (const [index, part] of parts.entries()) {
    const kind = part.kind;
    if (!PART_KINDS.has(kind.trim())) return `parts[${index}]: unsupported part kind ${goQuote(kind)}`;
    const url = part.url.trim();
    if (url) {
      const err = partUrlError(url);
      if (err !== undefined) return `parts[${index}]: url ${err}`;
    }
    const textErr = nulError("filename", part.filename) ?? nulError("media_type", part.media_type);
    if (textErr !== undefined) return `parts[${index}]: ${textErr}`;
  }

  const messageId = request.id.trim();
  if (messageId) {
    const err = idError(messageId);
    if (err !== undefined) return err;
  }
  return targetError(request.target);
}

function targetError(target: SendMessageRequest["target"]): string | undefined {
  const kind = target.kind;
  const roomId = target.room_id.trim();
  switch (kind) {
    case "room": {
      if (!roomId) return "target.room_id is required for room messages";
      const err = roomIdError(roomId);
      return err === undefined ? undefined : `target.room_id ${err}`;
    }
    case "thread": {
      const threadId = target.thread_id.trim();
      if (!threadId) return "target.thread_id is required for thread messages";
      if (!roomId) return "target.room_id is required for thread messages";
      const roomErr = roomIdError(roomId);
      if (roomErr !== undefined) return `target.room_id ${roomErr}`;
      const threadErr = idError(threadId);
      if (threadErr !== undefined) return `target.thread_id ${threadErr}`;
      const parent = target.parent_message_id.trim();
      const parentErr = parent ? idError(parent) : undefined;
      return parentErr === undefined ? undefined : `target.parent_message_id ${parentErr}`;
    }
    case "dm": {
      const dmId = target.dm_id.trim();
      if (!dmId) return "target.dm_id is required for direct messages";
      const participants = uniqueTrimmed(target.participant_ids);
      if (participants.length < 2)
        return "target.participant_ids must declare at least two direct-message participants";
      const dmErr = idError(dmId);
      if (dmErr !== undefined) return `target.dm_id ${dmErr}`;
      if (participants.length > MAX_IDS_PER_LIST)
        return `target.participant_ids must contain ${MAX_IDS_PER_LIST} IDs or fewer`;
      for (const [index, participant] of participants.entries()) {
        const err = memberIdError(participant);
        if (err !== undefined) return `target.participant_ids[${index}] ${err}`;
      }
      return undefined;
    }
    default:
      return `unsupported target kind ${goQuote(kind)}`;
  }
}

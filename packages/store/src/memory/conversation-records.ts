// The records the memory store keeps per conversation, and their API views.
// A record owns its ordered message and artifact lists (see history.ts); a
// thread's or DM's counter is the length of its list, so it cannot drift.
import { isArtifactPart } from "../artifacts.js";
import { compareBytewise } from "../participants.js";
import type { Timestamp } from "../time.js";
import type { DirectConversation, Message, Thread } from "../types.js";
import type { ArtifactRef, MessageEntry } from "./history.js";
import { lowerBound, type SortedIds } from "./sorted-ids.js";

export interface Log {
  readonly messages: MessageEntry[];
  readonly artifacts: ArtifactRef[];
}

/** Messages and artifacts filed under a room id (whether or not the room exists), and the threads indexed under it. */
export interface RoomLog extends Log {
  readonly threadIds: SortedIds;
}

export interface ThreadRecord extends Log {
  readonly id: string;
  readonly network_id: string;
  readonly fqid: string;
  readonly room_id: string;
  readonly parent_message_id: string;
  last_message_at: Timestamp;
}

export interface DmRecord extends Log {
  readonly id: string;
  network_id: string;
  fqid: string;
  last_message_at: Timestamp;
  /** Trimmed, unique, sorted bytewise. */
  readonly participants: string[];
}

export function threadView(t: ThreadRecord): Thread {
  return {
    id: t.id,
    network_id: t.network_id,
    fqid: t.fqid,
    room_id: t.room_id,
    parent_message_id: t.parent_message_id,
    message_count: t.messages.length,
    last_message_at: t.last_message_at,
  };
}

export function dmView(d: DmRecord): DirectConversation {
  return {
    id: d.id,
    network_id: d.network_id,
    fqid: d.fqid,
    participant_ids: [...d.participants],
    message_count: d.messages.length,
    last_message_at: d.last_message_at,
  };
}

/** One shared record per artifact part; the thread and room lists hold the same objects. */
export function artifactRefs(entry: MessageEntry, message: Message): ArtifactRef[] {
  const out: ArtifactRef[] = [];
  message.parts.forEach((part, index) => {
    if (isArtifactPart(part)) out.push({ entry, part: index });
  });
  return out;
}

/** Inserts into a sorted list of unique ids. */
export function addSorted(list: string[], id: string): void {
  const at = lowerBound(list, (item) => compareBytewise(item, id) < 0);
  if (list[at] !== id) list.splice(at, 0, id);
}

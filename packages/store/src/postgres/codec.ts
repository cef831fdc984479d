// Postgres rows to domain records. TIMESTAMPTZ columns travel as text in both
// directions (Drizzle's string mode): we send wire timestamps as they are and
// read back Postgres' spelling (`2026-04-01 09:00:00.5+00`, session zone UTC).
import { postgres as schema } from "@moltnet/schema";
import { readStoredTime, type Timestamp } from "../time.js";
import type { TimeCodec } from "../sql/rows.js";
import type { AgentRegistration, DirectConversation, Room, Thread, Visibility, WritePolicy } from "../types.js";
import { sortBytewise } from "../participants.js";

export const pgTime: TimeCodec = {
  write: (ts: Timestamp) => ts,
  read: (stored: string) => readStoredTime(stored),
};

export function normalizeVisibility(value: string | null | undefined): Visibility {
  return value?.trim() === "public" ? "public" : "private";
}

export function normalizeWritePolicy(value: string | null | undefined): WritePolicy {
  const v = value?.trim();
  return v === "registered_agents" || v === "operators" ? v : "members";
}

type RoomRow = typeof schema.rooms.$inferSelect;
type ThreadRow = typeof schema.threads.$inferSelect;
type DmRow = typeof schema.dmConversations.$inferSelect;
type AgentRow = typeof schema.agents.$inferSelect;

/** `members` come from the query already ordered; sorting again costs nothing and guards against a non-C collation sneaking in. */
export function toRoom(row: RoomRow, members: readonly string[] | null): Room {
  return {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    name: row.name,
    members: sortBytewise([...(members ?? [])]),
    visibility: normalizeVisibility(row.visibility),
    write_policy: normalizeWritePolicy(row.writePolicy),
    created_at: pgTime.read(row.createdAt),
  };
}

export function toThread(row: ThreadRow): Thread {
  return {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    room_id: row.roomId,
    parent_message_id: row.parentMessageId,
    message_count: row.messageCount,
    last_message_at: pgTime.read(row.lastMessageAt),
  };
}

export function toDirectConversation(row: DmRow, participants: readonly string[] | null): DirectConversation {
  return {
    id: row.dmId,
    network_id: row.networkId,
    fqid: row.fqid,
    participant_ids: sortBytewise([...(participants ?? [])]),
    message_count: row.messageCount,
    last_message_at: pgTime.read(row.lastMessageAt),
  };
}

export function toRegistration(row: AgentRow): AgentRegistration {
  const out: AgentRegistration = {
    network_id: row.networkId,
    agent_id: row.agentId,
    actor_uid: row.actorUid,
    actor_uri: row.actorUri,
    credential_key: row.credentialKey,
    created_at: pgTime.read(row.createdAt),
    updated_at: pgTime.read(row.updatedAt),
  };
  if (row.displayName) out.display_name = row.displayName;
  return out;
}

export function threadFqid(networkId: string, threadId: string): string {
  return `molt://${networkId}/threads/${threadId}`;
}

export function dmFqid(networkId: string, dmId: string): string {
  return `molt://${networkId}/dms/${dmId}`;
}

// Row <-> record conversions for the non-message tables (messages and
// artifacts use the shared codec in sql/rows.ts).
import type { sqlite } from "@moltnet/schema";
import type { AgentRegistration, DirectConversation, Room, Thread, Visibility, WritePolicy } from "../types.js";
import { sqliteTime } from "./keyset.js";

type RoomRow = typeof sqlite.rooms.$inferSelect;
type ThreadRow = typeof sqlite.threads.$inferSelect;
type DmRow = typeof sqlite.dmConversations.$inferSelect;
type AgentRow = typeof sqlite.agents.$inferSelect;

export function normalizeVisibility(value: string | null | undefined): Visibility {
  return value?.trim() === "public" ? "public" : "private";
}

export function normalizeWritePolicy(value: string | null | undefined): WritePolicy {
  const v = value?.trim();
  return v === "registered_agents" || v === "operators" ? v : "members";
}

export function roomFromRow(row: RoomRow, members: string[]): Room {
  return {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    name: row.name,
    members,
    visibility: normalizeVisibility(row.visibility),
    write_policy: normalizeWritePolicy(row.writePolicy),
    created_at: sqliteTime.read(row.createdAt),
  };
}

export function threadFromRow(row: ThreadRow): Thread {
  return {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    room_id: row.roomId,
    parent_message_id: row.parentMessageId,
    message_count: row.messageCount,
    last_message_at: sqliteTime.read(row.lastMessageAt),
  };
}

export function dmFromRow(row: DmRow, participants: string[]): DirectConversation {
  return {
    id: row.dmId,
    network_id: row.networkId,
    fqid: row.fqid,
    participant_ids: participants,
    message_count: row.messageCount,
    last_message_at: sqliteTime.read(row.lastMessageAt),
  };
}

export function registrationFromRow(row: AgentRow): AgentRegistration {
  const out: AgentRegistration = {
    network_id: row.networkId,
    agent_id: row.agentId,
    actor_uid: row.actorUid,
    actor_uri: row.actorUri,
    credential_key: row.credentialKey,
    created_at: sqliteTime.read(row.createdAt),
    updated_at: sqliteTime.read(row.updatedAt),
  };
  if (row.displayName) out.display_name = row.displayName;
  return out;
}

/** A thread's or DM's fqid, empty when the network is unknown (as artifacts.ts does). */
export function conversationFqid(networkId: string, kind: "threads" | "dms", id: string): string {
  return networkId ? `molt://${networkId}/${kind}/${id}` : "";
}

/** Groups rows of (owner, value) that arrive ordered by owner, value. */
export function groupBy<R>(rows: readonly R[], owner: (row: R) => string, value: (row: R) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const key = owner(row);
    const list = out.get(key);
    if (list) list.push(value(row));
    else out.set(key, [value(row)]);
  }
  return out;
}

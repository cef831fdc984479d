// Rows of the non-message tables to domain records, for both SQL dialects.
// The dialects' inferred row types are identical (the schema parity test
// asserts it), so one mapping serves both; only the time codec differs.
import type { sqlite } from "@moltnet/schema";
import { normalizeVisibility, normalizeWritePolicy } from "../normalize.js";
import type { AgentRegistration, DirectConversation, Room, Thread } from "../types.js";
import type { TimeCodec } from "./rows.js";

export type RoomRow = typeof sqlite.rooms.$inferSelect;
export type ThreadRow = typeof sqlite.threads.$inferSelect;
export type DmRow = typeof sqlite.dmConversations.$inferSelect;
export type AgentRow = typeof sqlite.agents.$inferSelect;

/** `members` must already be sorted bytewise and unique. */
export function roomFromRow(row: RoomRow, members: string[], time: TimeCodec): Room {
  return {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    name: row.name,
    members,
    visibility: normalizeVisibility(row.visibility),
    write_policy: normalizeWritePolicy(row.writePolicy),
    created_at: time.read(row.createdAt),
  };
}

export function threadFromRow(row: ThreadRow, time: TimeCodec): Thread {
  return {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    room_id: row.roomId,
    parent_message_id: row.parentMessageId,
    message_count: row.messageCount,
    last_message_at: time.read(row.lastMessageAt),
  };
}

/** `participants` must already be sorted bytewise and unique. */
export function dmFromRow(row: DmRow, participants: string[], time: TimeCodec): DirectConversation {
  return {
    id: row.dmId,
    network_id: row.networkId,
    fqid: row.fqid,
    participant_ids: participants,
    message_count: row.messageCount,
    last_message_at: time.read(row.lastMessageAt),
  };
}

export function registrationFromRow(row: AgentRow, time: TimeCodec): AgentRegistration {
  const out: AgentRegistration = {
    network_id: row.networkId,
    agent_id: row.agentId,
    actor_uid: row.actorUid,
    actor_uri: row.actorUri,
    credential_key: row.credentialKey,
    created_at: time.read(row.createdAt),
    updated_at: time.read(row.updatedAt),
  };
  if (row.displayName) out.display_name = row.displayName;
  return out;
}

/** A new registration as its row (both dialects insert exactly this). */
export function registrationToRow(registration: AgentRegistration, time: TimeCodec): AgentRow {
  return {
    agentId: registration.agent_id,
    networkId: registration.network_id,
    actorUid: registration.actor_uid,
    actorUri: registration.actor_uri,
    // The reference stores '' rather than NULL for "no display name".
    displayName: registration.display_name ?? "",
    credentialKey: registration.credential_key,
    createdAt: time.write(registration.created_at),
    updatedAt: time.write(registration.updated_at),
  };
}

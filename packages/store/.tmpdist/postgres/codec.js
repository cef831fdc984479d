// Postgres rows to domain records. TIMESTAMPTZ columns travel as text in both
// directions (Drizzle's string mode): we send wire timestamps as they are and
// read back Postgres' spelling (`2026-04-01 09:00:00.5+00`, session zone UTC).
import { postgres as schema } from "@moltnet/schema";
import { readStoredTime } from "../time.js";
import { sortBytewise } from "../participants.js";
export const pgTime = {
    write: (ts) => ts,
    read: (stored) => readStoredTime(stored),
};
export function normalizeVisibility(value) {
    return value?.trim() === "public" ? "public" : "private";
}
export function normalizeWritePolicy(value) {
    const v = value?.trim();
    return v === "registered_agents" || v === "operators" ? v : "members";
}
/** `members` come from the query already ordered; sorting again costs nothing and guards against a non-C collation sneaking in. */
export function toRoom(row, members) {
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
export function toThread(row) {
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
export function toDirectConversation(row, participants) {
    return {
        id: row.dmId,
        network_id: row.networkId,
        fqid: row.fqid,
        participant_ids: sortBytewise([...(participants ?? [])]),
        message_count: row.messageCount,
        last_message_at: pgTime.read(row.lastMessageAt),
    };
}
export function toRegistration(row) {
    const out = {
        network_id: row.networkId,
        agent_id: row.agentId,
        actor_uid: row.actorUid,
        actor_uri: row.actorUri,
        credential_key: row.credentialKey,
        created_at: pgTime.read(row.createdAt),
        updated_at: pgTime.read(row.updatedAt),
    };
    if (row.displayName)
        out.display_name = row.displayName;
    return out;
}
export function threadFqid(networkId, threadId) {
    return `molt://${networkId}/threads/${threadId}`;
}
export function dmFqid(networkId, dmId) {
    return `molt://${networkId}/dms/${dmId}`;
}
//# sourceMappingURL=codec.js.map
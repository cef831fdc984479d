import { sqliteTime } from "./keyset.js";
export function normalizeVisibility(value) {
    return value?.trim() === "public" ? "public" : "private";
}
export function normalizeWritePolicy(value) {
    const v = value?.trim();
    return v === "registered_agents" || v === "operators" ? v : "members";
}
export function roomFromRow(row, members) {
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
export function threadFromRow(row) {
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
export function dmFromRow(row, participants) {
    return {
        id: row.dmId,
        network_id: row.networkId,
        fqid: row.fqid,
        participant_ids: participants,
        message_count: row.messageCount,
        last_message_at: sqliteTime.read(row.lastMessageAt),
    };
}
export function registrationFromRow(row) {
    const out = {
        network_id: row.networkId,
        agent_id: row.agentId,
        actor_uid: row.actorUid,
        actor_uri: row.actorUri,
        credential_key: row.credentialKey,
        created_at: sqliteTime.read(row.createdAt),
        updated_at: sqliteTime.read(row.updatedAt),
    };
    if (row.displayName)
        out.display_name = row.displayName;
    return out;
}
/** A thread's or DM's fqid, empty when the network is unknown (as artifacts.ts does). */
export function conversationFqid(networkId, kind, id) {
    return networkId ? `molt://${networkId}/${kind}/${id}` : "";
}
/** Groups rows of (owner, value) that arrive ordered by owner, value. */
export function groupBy(rows, owner, value) {
    const out = new Map();
    for (const row of rows) {
        const key = owner(row);
        const list = out.get(key);
        if (list)
            list.push(value(row));
        else
            out.set(key, [value(row)]);
    }
    return out;
}
//# sourceMappingURL=records.js.map
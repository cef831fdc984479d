// The records the memory store keeps per conversation, and their API views.
// A record owns its ordered message and artifact lists (see history.ts); a
// thread's or DM's counter is the length of its list, so it cannot drift.
import { isArtifactPart } from "../artifacts.js";
import { compareBytewise } from "../participants.js";
import { lowerBound } from "./sorted-ids.js";
export function threadFqid(networkId, threadId) {
    return `molt://${networkId}/threads/${threadId}`;
}
export function dmFqid(networkId, dmId) {
    return `molt://${networkId}/dms/${dmId}`;
}
export function threadView(t) {
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
export function dmView(d) {
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
export function artifactRefs(entry, message) {
    const out = [];
    message.parts.forEach((part, index) => {
        if (isArtifactPart(part))
            out.push({ entry, part: index });
    });
    return out;
}
/** Inserts into a sorted list of unique ids. */
export function addSorted(list, id) {
    const at = lowerBound(list, (item) => compareBytewise(item, id) < 0);
    if (list[at] !== id)
        list.splice(at, 0, id);
}
//# sourceMappingURL=conversation-records.js.map
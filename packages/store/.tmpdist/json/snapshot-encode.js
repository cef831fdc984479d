import { threadView } from "../memory/conversation-records.js";
import { goStringify, wireRoom, wireThread } from "../wire.js";
export function encodeSnapshot(state) {
    const out = [];
    const map = (name, entries, omitEmpty) => {
        const start = out.length;
        out.push(`${start === 0 ? "{" : ","}${goStringify(name)}:{`);
        let count = 0;
        for (const [key, writeValue] of entries) {
            out.push(`${count++ === 0 ? "" : ","}${goStringify(key)}:`);
            writeValue();
        }
        if (count === 0 && omitEmpty)
            out.length = start;
        else
            out.push("}");
    };
    const messages = (list) => {
        out.push("[");
        list.forEach((entry, i) => {
            if (i > 0)
                out.push(",");
            out.push(entry.json);
        });
        out.push("]");
    };
    const c = state.conversations;
    map("rooms", mapped(state.rooms.activeRooms(), (r) => [r.id, () => out.push(goStringify(wireRoom(r)))]), false);
    map("removed_rooms", mapped(state.rooms.removedRooms(), ([id, at]) => [id, () => out.push(goStringify(at))]), true);
    map("room_messages", mapped(c.roomMessageLists(), ([id, list]) => [id, () => messages(list)]), false);
    map("threads", mapped(c.threadRecords(), (t) => [t.id, () => out.push(goStringify(wireThread(threadView(t))))]), false);
    map("thread_messages", mapped(filtered(c.threadRecords(), (t) => t.messages.length > 0), (t) => [t.id, () => messages(t.messages)]), false);
    map("direct_messages", mapped(c.dmRecords(), (d) => [d.id, () => messages(d.messages)]), false);
    map("direct_members", mapped(c.dmRecords(), (d) => [d.id, () => out.push(`{${d.participants.map((p) => `${goStringify(p)}:{}`).join(",")}}`)]), false);
    map("agents", mapped(state.agents.all(), (a) => [a.agent_id, () => out.push(goStringify(wireSnapshotAgent(a)))]), true);
    out.push("}");
    return out;
}
/** The reference's fileSnapshotAgentRegistration: the credential key is stored, never a token. */
function wireSnapshotAgent(a) {
    const out = {
        network_id: a.network_id,
        agent_id: a.agent_id,
        actor_uid: a.actor_uid,
        actor_uri: a.actor_uri,
    };
    if (a.display_name)
        out.display_name = a.display_name;
    if (a.credential_key)
        out.credential_key = a.credential_key;
    out.created_at = a.created_at;
    out.updated_at = a.updated_at;
    return out;
}
function* mapped(items, fn) {
    for (const item of items)
        yield fn(item);
}
function* filtered(items, keep) {
    for (const item of items)
        if (keep(item))
            yield item;
}
//# sourceMappingURL=snapshot-encode.js.map
/** JSON.stringify, then the escapes Go applies (`<`, `>`, `&`, U+2028, U+2029). Only string contents can hold these characters, so a global replace is safe. */
export function goStringify(value) {
    const json = JSON.stringify(value);
    if (json === undefined)
        return "null";
    return /[<>&\u2028\u2029]/.test(json) ? json.replace(/[<>&\u2028\u2029]/g, goEscape) : json;
}
function goEscape(ch) {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}
function put(out, key, value) {
    if (value)
        out[key] = value;
}
function putList(out, key, value) {
    if (value && value.length > 0)
        out[key] = value;
}
export function wireTarget(t) {
    const out = { kind: t.kind };
    put(out, "room_id", t.room_id);
    put(out, "thread_id", t.thread_id);
    put(out, "parent_message_id", t.parent_message_id);
    put(out, "dm_id", t.dm_id);
    putList(out, "participant_ids", t.participant_ids);
    return out;
}
export function wireActor(a) {
    const out = { type: a.type, id: a.id };
    put(out, "name", a.name);
    put(out, "network_id", a.network_id);
    put(out, "fqid", a.fqid);
    return out;
}
export function wirePart(p) {
    const out = { kind: p.kind };
    put(out, "text", p.text);
    put(out, "media_type", p.media_type);
    put(out, "url", p.url);
    put(out, "filename", p.filename);
    if (p.data && Object.keys(p.data).length > 0)
        out.data = sortKeysDeep(p.data);
    return out;
}
export function wireOrigin(o) {
    return { network_id: o.network_id ?? "", message_id: o.message_id ?? "" };
}
export function wireMessage(m) {
    const out = {
        id: m.id,
        network_id: m.network_id,
        origin: wireOrigin(m.origin),
        target: wireTarget(m.target),
        from: wireActor(m.from),
        parts: m.parts.map(wirePart),
    };
    putList(out, "mentions", m.mentions);
    out.created_at = m.created_at;
    return out;
}
export function wireRoom(r, access) {
    const out = { id: r.id };
    put(out, "network_id", r.network_id);
    put(out, "fqid", r.fqid);
    out.name = r.name;
    putList(out, "members", r.members);
    put(out, "visibility", r.visibility);
    put(out, "write_policy", r.write_policy);
    if (access) {
        const a = { can_read: access.can_read, can_write: access.can_write };
        put(a, "reason", access.reason);
        out.access = a;
    }
    out.created_at = r.created_at;
    return out;
}
export function wireThread(t) {
    const out = { id: t.id };
    put(out, "network_id", t.network_id);
    put(out, "fqid", t.fqid);
    out.room_id = t.room_id;
    put(out, "parent_message_id", t.parent_message_id);
    out.message_count = t.message_count;
    out.last_message_at = t.last_message_at;
    return out;
}
export function wireDirectConversation(d) {
    const out = { id: d.id };
    put(out, "network_id", d.network_id);
    put(out, "fqid", d.fqid);
    putList(out, "participant_ids", d.participant_ids);
    out.message_count = d.message_count;
    out.last_message_at = d.last_message_at;
    return out;
}
export function wireArtifact(a) {
    const out = { id: a.id };
    put(out, "network_id", a.network_id);
    put(out, "fqid", a.fqid);
    out.message_id = a.message_id;
    out.target = wireTarget(a.target);
    out.part_index = a.part_index;
    out.kind = a.kind;
    put(out, "media_type", a.media_type);
    put(out, "filename", a.filename);
    put(out, "url", a.url);
    out.created_at = a.created_at;
    return out;
}
/** The API view of a registration: never the credential key. */
export function wireRegistration(r, agentToken) {
    const out = { network_id: r.network_id, agent_id: r.agent_id, actor_uid: r.actor_uid, actor_uri: r.actor_uri };
    put(out, "display_name", r.display_name);
    put(out, "agent_token", agentToken);
    out.created_at = r.created_at;
    out.updated_at = r.updated_at;
    return out;
}
/** Go encodes map keys sorted; `data` objects are maps. */
export function sortKeysDeep(value) {
    if (Array.isArray(value))
        return value.map(sortKeysDeep);
    if (value && typeof value === "object") {
        const out = {};
        for (const key of Object.keys(value).sort())
            out[key] = sortKeysDeep(value[key]);
        return out;
    }
    return value;
}
//# sourceMappingURL=wire.js.map
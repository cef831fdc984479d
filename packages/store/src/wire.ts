// Wire shapes: each record rebuilt with the reference's key order and its
// `omitempty` rules, and a stringifier that escapes like Go's encoding/json.
// One place decides what every JSON output looks like: HTTP bodies, SQL JSON
// columns and the JSON snapshot all go through here, so they cannot disagree.
import type {
  Actor,
  AgentRegistration,
  Artifact,
  DirectConversation,
  Message,
  MessageOrigin,
  Part,
  Room,
  Target,
  Thread,
} from "./types.js";

/** JSON.stringify, then the escapes Go applies (`<`, `>`, `&`, U+2028, U+2029). Only string contents can hold these characters, so a global replace is safe. */
export function goStringify(value: unknown): string {
  if (value instanceof JsonText) return value.text;
  const json = JSON.stringify(value);
  if (json === undefined) return "null";
  return /[<>&\u2028\u2029]/.test(json) ? json.replace(/[<>&\u2028\u2029]/g, goEscape) : json;
}

function goEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** JSON text already encoded as goStringify encodes (a history page assembled from its messages' encodings); goStringify returns it as is. */
export class JsonText {
  constructor(readonly text: string) {}
}

const encodedMessages = new WeakMap<Message, string>();

/**
 * goStringify(wireMessage(m)). The SQL stores hand out the same frozen object
 * for a message on every read (sql/message-cache.ts), so its encoding is kept
 * with it; a message that is not frozen could still change and is encoded anew.
 */
export function wireMessageJson(m: Message): string {
  const known = encodedMessages.get(m);
  if (known !== undefined) return known;
  const text = goStringify(wireMessage(m));
  if (Object.isFrozen(m)) encodedMessages.set(m, text);
  return text;
}

/** `{"messages":[…],"page":…}`, the body of a history page, from its messages' cached encodings. */
export function historyPageJson(messages: readonly Message[], page: unknown): JsonText {
  return new JsonText(`{"messages":[${messages.map(wireMessageJson).join(",")}],"page":${goStringify(page)}}`);
}

type Wire = Record<string, unknown>;

function put(out: Wire, key: string, value: string | undefined): void {
  if (value) out[key] = value;
}

function putList(out: Wire, key: string, value: readonly string[] | undefined): void {
  if (value && value.length > 0) out[key] = value;
}

export function wireTarget(t: Target): Wire {
  const out: Wire = { kind: t.kind };
  put(out, "room_id", t.room_id);
  put(out, "thread_id", t.thread_id);
  put(out, "parent_message_id", t.parent_message_id);
  put(out, "dm_id", t.dm_id);
  putList(out, "participant_ids", t.participant_ids);
  return out;
}

export function wireActor(a: Actor): Wire {
  const out: Wire = { type: a.type, id: a.id };
  put(out, "name", a.name);
  put(out, "network_id", a.network_id);
  put(out, "fqid", a.fqid);
  return out;
}

export function wirePart(p: Part): Wire {
  const out: Wire = { kind: p.kind };
  put(out, "text", p.text);
  put(out, "media_type", p.media_type);
  put(out, "url", p.url);
  put(out, "filename", p.filename);
  if (p.data && Object.keys(p.data).length > 0) out.data = sortKeysDeep(p.data);
  return out;
}

export function wireOrigin(o: MessageOrigin): Wire {
  return { network_id: o.network_id ?? "", message_id: o.message_id ?? "" };
}

export function wireMessage(m: Message): Wire {
  const out: Wire = {
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

export function wireRoom(r: Room, access?: { can_read: boolean; can_write: boolean; reason?: string }): Wire {
  const out: Wire = { id: r.id };
  put(out, "network_id", r.network_id);
  put(out, "fqid", r.fqid);
  out.name = r.name;
  putList(out, "members", r.members);
  put(out, "visibility", r.visibility);
  put(out, "write_policy", r.write_policy);
  if (access) {
    const a: Wire = { can_read: access.can_read, can_write: access.can_write };
    put(a, "reason", access.reason);
    out.access = a;
  }
  out.created_at = r.created_at;
  return out;
}

export function wireThread(t: Thread): Wire {
  const out: Wire = { id: t.id };
  put(out, "network_id", t.network_id);
  put(out, "fqid", t.fqid);
  out.room_id = t.room_id;
  put(out, "parent_message_id", t.parent_message_id);
  out.message_count = t.message_count;
  out.last_message_at = t.last_message_at;
  return out;
}

export function wireDirectConversation(d: DirectConversation): Wire {
  const out: Wire = { id: d.id };
  put(out, "network_id", d.network_id);
  put(out, "fqid", d.fqid);
  putList(out, "participant_ids", d.participant_ids);
  out.message_count = d.message_count;
  out.last_message_at = d.last_message_at;
  return out;
}

export function wireArtifact(a: Artifact): Wire {
  const out: Wire = { id: a.id };
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
export function wireRegistration(r: AgentRegistration, agentToken?: string): Wire {
  const out: Wire = { network_id: r.network_id, agent_id: r.agent_id, actor_uid: r.actor_uid, actor_uri: r.actor_uri };
  put(out, "display_name", r.display_name);
  put(out, "agent_token", agentToken);
  out.created_at = r.created_at;
  out.updated_at = r.updated_at;
  return out;
}

/** Go encodes map keys sorted; `data` objects are maps. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same JSON value, keys reordered; callers keep their own type
export function sortKeysDeep(value: unknown): any {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      // defineProperty, not assignment: a `__proto__` key must stay data, not become the prototype.
      Object.defineProperty(out, key, {
        value: sortKeysDeep((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}

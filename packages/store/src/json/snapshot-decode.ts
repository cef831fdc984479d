// Reads a snapshot file's text (ours or one the reference wrote) into a fresh
// in-memory state. Decoding is as lenient as Go's encoding/json where that is
// harmless (missing keys and `null` mean empty, unknown keys are ignored) and
// strict where Go fails (a value of the wrong JSON type): a file we cannot
// read faithfully is reported as corrupt and left alone, never half-loaded.
//
// What loading normalizes, so a snapshot of a reference file can differ from
// it byte for byte only in these (semantically equal or repaired) places:
// - DM participant ids are trimmed and de-duplicated (the reference stored
//   them raw) and include every message's participants;
// - messages are kept in (created_at, id) order, not file order (they only
//   differ when the reference accepted messages out of time order);
// - a thread's message_count is the number of its messages in the file;
// - a room without visibility/write_policy gets the normalized defaults;
// - a message id seen twice keeps its first occurrence (logged).
// A DM's summary (network, fqid, last_message_at) comes from the last message
// of its list in the file, as the reference derives it; since we write lists
// in time order, that is the newest message rather than the last appended one,
// which differs only for messages accepted out of time order.
import { StoreError } from "../errors.js";
import { MemoryState } from "../memory/memory-state.js";
import { normalizeIds } from "../memory/rooms-state.js";
import { normalizeVisibility, normalizeWritePolicy } from "../normalize.js";
import { messageParticipants } from "../participants.js";
import { parseTimestamp, ZERO_TIME, type Timestamp } from "../time.js";
import type { Actor, Message, MessageOrigin, Part, Room, Target, Thread } from "../types.js";

type Obj = Record<string, unknown>;

class DecodeError extends Error {}

export function decodeSnapshot(text: string, path: string, log: (line: string) => void): MemoryState {
  const state = new MemoryState("json");
  if (text.length === 0)
    throw corrupt(path, "the file is empty (a crash during a write by an older server can leave this)");
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    throw corrupt(path, `it is not valid JSON (${(err as Error).message})`, err);
  }
  try {
    const top = object(root, "snapshot");
    if (!top) return state; // a literal `null` is an empty store, as in the reference
    restore(state, top, path, log);
  } catch (err) {
    if (err instanceof DecodeError) throw corrupt(path, err.message, err);
    throw err;
  }
  return state;
}

function corrupt(path: string, why: string, cause?: unknown): StoreError {
  return new StoreError(
    "corrupt",
    `cannot load Moltnet store "${path}": ${why}. The file was left untouched; restore it from a backup or move it aside to start empty.`,
    { backend: "json", cause },
  );
}

function restore(state: MemoryState, top: Obj, path: string, log: (line: string) => void): void {
  for (const [id, value] of entries(top.rooms, "rooms")) state.rooms.restore(room(id, value, `rooms["${id}"]`));
  for (const [id, value] of entries(top.removed_rooms, "removed_rooms")) {
    state.rooms.restoreRemoved(id, time(value, `removed_rooms["${id}"]`));
  }
  for (const [id, value] of entries(top.threads, "threads"))
    state.conversations.restoreThread(thread(id, value, `threads["${id}"]`));

  let duplicates = 0;
  let loaded = 0;
  const load = (section: "room" | "thread" | "dm", name: string): Map<string, Message[]> => {
    const bySection = new Map<string, Message[]>();
    for (const [key, value] of entries(top[name], name)) {
      const list = array(value, `${name}["${key}"]`).map((m, i) => message(m, `${name}["${key}"][${i}]`));
      bySection.set(key, list);
      for (const m of list) {
        if (state.conversations.restoreMessage(section, key, m)) loaded++;
        else duplicates++;
      }
    }
    return bySection;
  };
  load("room", "room_messages");
  load("thread", "thread_messages");
  const dms = load("dm", "direct_messages");

  const members = new Map<string, string[]>();
  for (const [id, value] of entries(top.direct_members, "direct_members")) {
    members.set(id, Object.keys(object(value, `direct_members["${id}"]`) ?? {}));
  }
  for (const [id, list] of dms) {
    const participants = normalizeIds([...(members.get(id) ?? []), ...list.flatMap(messageParticipants)]);
    state.conversations.restoreDm(id, participants, list[list.length - 1]);
  }

  for (const [id, value] of entries(top.agents, "agents")) {
    const o = object(value, `agents["${id}"]`) ?? {};
    const where = `agents["${id}"]`;
    const display = string(o.display_name, `${where}.display_name`);
    state.agents.restore({
      network_id: string(o.network_id, `${where}.network_id`),
      agent_id: id,
      actor_uid: string(o.actor_uid, `${where}.actor_uid`),
      actor_uri: string(o.actor_uri, `${where}.actor_uri`),
      ...(display ? { display_name: display } : {}),
      credential_key: string(o.credential_key, `${where}.credential_key`),
      created_at: time(o.created_at, `${where}.created_at`),
      updated_at: time(o.updated_at, `${where}.updated_at`),
    });
  }
  log(`[store:json] loaded "${path}": ${loaded} messages`);
  if (duplicates > 0)
    log(`[store:json] "${path}" repeats ${duplicates} message id(s); the first occurrence of each was kept`);
}

// Records ----------------------------------------------------------------------

/** The map key is the room's id (that is how the reference looks rooms up). */
function room(id: string, value: unknown, where: string): Room {
  const o = object(value, where) ?? {};
  return {
    id,
    network_id: string(o.network_id, `${where}.network_id`),
    fqid: string(o.fqid, `${where}.fqid`),
    name: string(o.name, `${where}.name`),
    members: normalizeIds(strings(o.members, `${where}.members`)),
    visibility: normalizeVisibility(string(o.visibility, `${where}.visibility`)),
    write_policy: normalizeWritePolicy(string(o.write_policy, `${where}.write_policy`)),
    created_at: time(o.created_at, `${where}.created_at`),
  };
}

function thread(id: string, value: unknown, where: string): Thread {
  const o = object(value, where) ?? {};
  return {
    id,
    network_id: string(o.network_id, `${where}.network_id`),
    fqid: string(o.fqid, `${where}.fqid`),
    room_id: string(o.room_id, `${where}.room_id`),
    parent_message_id: string(o.parent_message_id, `${where}.parent_message_id`),
    message_count: integer(o.message_count, `${where}.message_count`),
    last_message_at: time(o.last_message_at, `${where}.last_message_at`),
  };
}

function message(value: unknown, where: string): Message {
  const o = object(value, where);
  if (!o) throw new DecodeError(`${where} is null, expected a message`);
  const origin = object(o.origin, `${where}.origin`) ?? {};
  const out: Message = {
    id: string(o.id, `${where}.id`),
    network_id: string(o.network_id, `${where}.network_id`),
    origin: {
      network_id: string(origin.network_id, `${where}.origin.network_id`),
      message_id: string(origin.message_id, `${where}.origin.message_id`),
    } satisfies MessageOrigin,
    target: target(o.target, `${where}.target`),
    from: actor(o.from, `${where}.from`),
    parts: (o.parts == null ? [] : array(o.parts, `${where}.parts`)).map((p, i) => part(p, `${where}.parts[${i}]`)),
    created_at: time(o.created_at, `${where}.created_at`),
  };
  const mentions = strings(o.mentions, `${where}.mentions`);
  if (mentions.length > 0) out.mentions = mentions;
  return out;
}

function target(value: unknown, where: string): Target {
  const o = object(value, where) ?? {};
  const out: Target = { kind: string(o.kind, `${where}.kind`) };
  for (const key of ["room_id", "thread_id", "parent_message_id", "dm_id"] as const) {
    const v = string(o[key], `${where}.${key}`);
    if (v) out[key] = v;
  }
  const participants = strings(o.participant_ids, `${where}.participant_ids`);
  if (participants.length > 0) out.participant_ids = participants;
  return out;
}

function actor(value: unknown, where: string): Actor {
  const o = object(value, where) ?? {};
  const out: Actor = { type: string(o.type, `${where}.type`), id: string(o.id, `${where}.id`) };
  for (const key of ["name", "network_id", "fqid"] as const) {
    const v = string(o[key], `${where}.${key}`);
    if (v) out[key] = v;
  }
  return out;
}

function part(value: unknown, where: string): Part {
  const o = object(value, where) ?? {};
  const out: Part = { kind: string(o.kind, `${where}.kind`) };
  for (const key of ["text", "media_type", "url", "filename"] as const) {
    const v = string(o[key], `${where}.${key}`);
    if (v) out[key] = v;
  }
  const data = object(o.data, `${where}.data`);
  if (data && Object.keys(data).length > 0) out.data = data;
  return out;
}

// JSON shapes ------------------------------------------------------------------

function object(value: unknown, where: string): Obj | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== "object" || Array.isArray(value)) throw new DecodeError(`${where} must be an object`);
  return value as Obj;
}

function entries(value: unknown, where: string): Array<[string, unknown]> {
  return Object.entries(object(value, where) ?? {});
}

function array(value: unknown, where: string): unknown[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw new DecodeError(`${where} must be a list`);
  return value;
}

function string(value: unknown, where: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "string") throw new DecodeError(`${where} must be a string`);
  return value;
}

function strings(value: unknown, where: string): string[] {
  return array(value, where).map((v, i) => string(v, `${where}[${i}]`));
}

function integer(value: unknown, where: string): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== "number" || !Number.isInteger(value)) throw new DecodeError(`${where} must be an integer`);
  return value;
}

/** Go's time.Time: RFC 3339 text; missing or null is the zero time. */
function time(value: unknown, where: string): Timestamp {
  if (value === null || value === undefined) return ZERO_TIME;
  const parsed = typeof value === "string" ? parseTimestamp(value) : null;
  if (!parsed) throw new DecodeError(`${where} must be an RFC 3339 time`);
  return parsed;
}

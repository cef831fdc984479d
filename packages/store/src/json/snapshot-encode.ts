// Writes the in-memory state in the reference's snapshot format (contract 4.1):
// one compact JSON object whose keys follow the Go struct's declaration order,
// map keys sorted bytewise, Go escaping, `removed_rooms` and `agents` omitted
// when empty, no trailing newline. A snapshot of a file the reference wrote is
// byte-identical to that file (see snapshot-decode.ts for the exceptions).
//
// The result is a list of chunks, not one string: messages are already stored
// as their JSON text, so encoding is concatenation by reference, and a large
// store never needs one string longer than V8 allows.
import type { MemoryState } from "../memory/memory-state.js";
import type { MessageEntry } from "../memory/history.js";
import { threadView } from "../memory/conversation-records.js";
import type { AgentRegistration } from "../types.js";
import { goStringify, wireRoom, wireThread } from "../wire.js";

export function encodeSnapshot(state: MemoryState): string[] {
  const out: string[] = [];
  const map = (name: string, entries: Iterable<[string, () => void]>, omitEmpty: boolean): void => {
    const start = out.length;
    out.push(`${start === 0 ? "{" : ","}${goStringify(name)}:{`);
    let count = 0;
    for (const [key, writeValue] of entries) {
      out.push(`${count++ === 0 ? "" : ","}${goStringify(key)}:`);
      writeValue();
    }
    if (count === 0 && omitEmpty) out.length = start;
    else out.push("}");
  };
  const messages = (list: readonly MessageEntry[]): void => {
    out.push("[");
    list.forEach((entry, i) => {
      if (i > 0) out.push(",");
      out.push(entry.json);
    });
    out.push("]");
  };
  const c = state.conversations;

  map(
    "rooms",
    mapped(state.rooms.activeRooms(), (r) => [r.id, () => out.push(goStringify(wireRoom(r)))]),
    false,
  );
  map(
    "removed_rooms",
    mapped(state.rooms.removedRooms(), ([id, at]) => [id, () => out.push(goStringify(at))]),
    true,
  );
  map(
    "room_messages",
    mapped(c.roomMessageLists(), ([id, list]) => [id, () => messages(list)]),
    false,
  );
  map(
    "threads",
    mapped(c.threadRecords(), (t) => [t.id, () => out.push(goStringify(wireThread(threadView(t))))]),
    false,
  );
  map(
    "thread_messages",
    mapped(
      filtered(c.threadRecords(), (t) => t.messages.length > 0),
      (t) => [t.id, () => messages(t.messages)],
    ),
    false,
  );
  map(
    "direct_messages",
    mapped(c.dmRecords(), (d) => [d.id, () => messages(d.messages)]),
    false,
  );
  map(
    "direct_members",
    mapped(c.dmRecords(), (d) => [
      d.id,
      () => out.push(`{${d.participants.map((p) => `${goStringify(p)}:{}`).join(",")}}`),
    ]),
    false,
  );
  map(
    "agents",
    mapped(state.agents.all(), (a) => [a.agent_id, () => out.push(goStringify(wireSnapshotAgent(a)))]),
    true,
  );
  out.push("}");
  return out;
}

/** The reference's fileSnapshotAgentRegistration: the credential key is stored, never a token. */
function wireSnapshotAgent(a: Readonly<AgentRegistration>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    network_id: a.network_id,
    agent_id: a.agent_id,
    actor_uid: a.actor_uid,
    actor_uri: a.actor_uri,
  };
  if (a.display_name) out.display_name = a.display_name;
  if (a.credential_key) out.credential_key = a.credential_key;
  out.created_at = a.created_at;
  out.updated_at = a.updated_at;
  return out;
}

function* mapped<T, U>(items: Iterable<T>, fn: (item: T) => U): Iterable<U> {
  for (const item of items) yield fn(item);
}

function* filtered<T>(items: Iterable<T>, keep: (item: T) => boolean): Iterable<T> {
  for (const item of items) if (keep(item)) yield item;
}

// The JSON snapshot seen as the SQL tables, and back. The snapshot keeps less
// than the tables (contract 4.1): a removed room is only its id and removal
// time, artifacts and DM counters are derived from the messages. So rows made
// from a snapshot fill what it does not keep the way the reference would
// (blank text, the zero time), and rows compared across a JSON hop are first
// reduced to what a snapshot keeps (jsonView).
import { extractArtifacts } from "../artifacts.js";
import { MemoryState } from "../memory/memory-state.js";
import { readMessage } from "../memory/history.js";
import { threadView, dmView } from "../memory/conversation-records.js";
import { artifactColumns, messageColumns } from "../sql/columns.js";
import { dmFromRow, registrationFromRow, registrationToRow, roomFromRow, threadFromRow } from "../sql/records.js";
import {
  artifactToRow,
  messageToRow,
  rowToArtifact,
  rowToMessage,
  type MessageRow,
  type ArtifactRow,
  type TimeCodec,
} from "../sql/rows.js";
import { compareTime, readStoredTime, ZERO_TIME, type Timestamp } from "../time.js";
import type { Message } from "../types.js";
import { COPY_TABLES, fromCodecRow, toCodecRow, type CopyRow, type TableName, type TableSpec } from "./tables.js";

/** The tables a JSON snapshot holds; a copy with a JSON side leaves any other table (the event log) out. */
export const JSON_TABLES: ReadonlySet<TableName> = new Set<TableName>([
  "rooms",
  "room_members",
  "agents",
  "threads",
  "dm_conversations",
  "dm_participants",
  "messages",
  "artifacts",
] as TableName[]);

/** Rows carry wire-form times already. */
const wireTime: TimeCodec = { write: (ts: Timestamp) => ts, read: (stored: string) => readStoredTime(stored) };

const spec = (name: TableName): TableSpec => COPY_TABLES.find((t) => t.name === name)!;

/** Every table's rows, as the SQL stores would hold this snapshot. */
export function rowsOfState(state: MemoryState): Map<TableName, CopyRow[]> {
  const out = new Map<TableName, CopyRow[]>(COPY_TABLES.map((t) => [t.name, []]));
  const push = (name: TableName, row: object) => out.get(name)!.push(fromCodecRow(spec(name), row));
  for (const room of state.rooms.activeRooms()) {
    push("rooms", {
      id: room.id,
      networkId: room.network_id,
      fqid: room.fqid,
      name: room.name,
      createdAt: room.created_at,
      deletedAt: null,
      visibility: room.visibility,
      writePolicy: room.write_policy,
    });
    for (const member of room.members) push("room_members", { roomId: room.id, memberId: member });
  }
  for (const [id, at] of state.rooms.removedRooms()) {
    push("rooms", {
      id,
      networkId: "",
      fqid: "",
      name: "",
      createdAt: ZERO_TIME,
      deletedAt: at,
      visibility: "private",
      writePolicy: "members",
    });
  }
  for (const agent of state.agents.all()) push("agents", registrationToRow(agent, wireTime));
  const c = state.conversations;
  const addMessage = (message: Message, threadRoom: string | null) => {
    const columns = messageColumns(message, threadRoom === null ? null : { roomId: threadRoom });
    push("messages", messageToRow(message, columns, wireTime));
    for (const artifact of extractArtifacts(message))
      push("artifacts", artifactToRow(artifact, artifactColumns(columns), wireTime));
  };
  for (const t of c.threadRecords()) {
    const view = threadView(t);
    push("threads", {
      id: view.id,
      networkId: view.network_id,
      fqid: view.fqid,
      roomId: view.room_id,
      parentMessageId: view.parent_message_id,
      messageCount: view.message_count,
      lastMessageAt: view.last_message_at,
    });
  }
  for (const d of c.dmRecords()) {
    const view = dmView(d);
    push("dm_conversations", {
      dmId: view.id,
      networkId: view.network_id,
      fqid: view.fqid,
      messageCount: view.message_count,
      lastMessageAt: view.last_message_at,
    });
    for (const p of view.participant_ids) push("dm_participants", { dmId: view.id, participantId: p });
  }
  for (const [, list] of c.roomMessageLists()) for (const entry of list) addMessage(readMessage(entry), null);
  for (const t of c.threadRecords()) for (const entry of t.messages) addMessage(readMessage(entry), t.room_id);
  for (const d of c.dmRecords()) for (const entry of d.messages) addMessage(readMessage(entry), null);
  return out;
}

/** Builds the snapshot state holding `rows` (the inverse of rowsOfState for what a snapshot keeps). */
export function stateOfRows(
  rows: ReadonlyMap<TableName, readonly CopyRow[]>,
  log: (line: string) => void,
): MemoryState {
  const state = new MemoryState("json");
  const of = (name: TableName) => rows.get(name) ?? [];
  const grouped = (name: TableName, owner: string, value: string) => {
    const map = new Map<string, string[]>();
    for (const row of of(name)) {
      const key = String(row[owner]);
      const list = map.get(key) ?? [];
      list.push(String(row[value]));
      map.set(key, list);
    }
    return map;
  };
  const members = grouped("room_members", "room_id", "member_id");
  for (const row of of("rooms")) {
    if (row.deleted_at !== null && row.deleted_at !== undefined)
      state.rooms.restoreRemoved(String(row.id), row.deleted_at as Timestamp);
    else
      state.rooms.restore(
        roomFromRow(toCodecRow(spec("rooms"), row), [...(members.get(String(row.id)) ?? [])].sort(bytewise), wireTime),
      );
  }
  for (const row of of("threads"))
    state.conversations.restoreThread(threadFromRow(toCodecRow(spec("threads"), row), wireTime));
  const lastOfDm = new Map<string, Message>();
  for (const row of of("messages")) {
    const message = rowToMessage(toCodecRow<MessageRow>(spec("messages"), row), wireTime);
    if (!message) {
      log(
        `copy: message ${String(row.id)} has JSON columns that cannot be decoded; a snapshot cannot hold it, skipped`,
      );
      continue;
    }
    const kind = String(row.target_kind);
    const key = kind === "room" ? row.room_id : kind === "thread" ? row.thread_id : kind === "dm" ? row.dm_id : null;
    if (typeof key !== "string") {
      log(`copy: message ${String(row.id)} belongs to no conversation a snapshot can hold, skipped`);
      continue;
    }
    state.conversations.restoreMessage(kind as "room" | "thread" | "dm", key, message);
    if (kind === "dm") {
      const last = lastOfDm.get(key);
      const order = last ? compareTime(last.created_at, message.created_at) : -1;
      if (order < 0 || (order === 0 && last!.id < message.id)) lastOfDm.set(key, message);
    }
  }
  const participants = grouped("dm_participants", "dm_id", "participant_id");
  for (const row of of("dm_conversations")) {
    const id = String(row.dm_id);
    const dm = dmFromRow(toCodecRow(spec("dm_conversations"), row), participants.get(id) ?? [], wireTime);
    state.conversations.restoreDm(id, dm.participant_ids, lastOfDm.get(id));
  }
  for (const row of of("agents")) state.agents.restore(registrationFromRow(toCodecRow(spec("agents"), row), wireTime));
  return state;
}

function bytewise(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * A row reduced to what a snapshot keeps, for checksums across a JSON hop:
 * removed rooms to id and time; messages and artifacts through the domain
 * codec (so equal content spelled differently compares equal); no display
 * name and an empty one are the same. Rows made from a snapshot (fromSnapshot)
 * are in the codec's spelling already and skip the re-encoding.
 */
export function jsonView(table: TableName, row: CopyRow, fromSnapshot = false): CopyRow {
  switch (table) {
    case "rooms":
      return row.deleted_at === null ? row : { id: row.id ?? null, deleted_at: row.deleted_at ?? null };
    case "agents":
      return { ...row, display_name: row.display_name ?? "" };
    case "messages": {
      if (fromSnapshot) return row; // made by the codec already
      const message = rowToMessage(toCodecRow<MessageRow>(spec("messages"), row), wireTime);
      if (!message) return row;
      const columns = {
        roomId: row.room_id as string | null,
        threadId: row.thread_id as string | null,
        parentMessageId: row.parent_message_id as string | null,
        dmId: row.dm_id as string | null,
      };
      return fromCodecRow(spec("messages"), messageToRow(message, columns, wireTime));
    }
    case "artifacts": {
      if (fromSnapshot) return row;
      const artifact = rowToArtifact(toCodecRow<ArtifactRow>(spec("artifacts"), row), wireTime);
      if (!artifact) return row;
      const columns = {
        roomId: row.room_id as string | null,
        threadId: row.thread_id as string | null,
        dmId: row.dm_id as string | null,
      };
      return fromCodecRow(spec("artifacts"), artifactToRow(artifact, columns, wireTime));
    }
    default:
      return row;
  }
}

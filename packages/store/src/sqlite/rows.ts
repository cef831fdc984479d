// Row <-> record conversions for the non-message tables (messages and
// artifacts use the shared codec in sql/rows.ts).
import type { sqlite } from "@moltnet/schema";
import type { AgentRegistration, DirectConversation, Room, Thread } from "../types.js";
import { dmFqid, threadFqid } from "../fqid.js";
import * as shared from "../sql/records.js";
import { sqliteTime } from "./keyset.js";

type RoomRow = typeof sqlite.rooms.$inferSelect;
type ThreadRow = typeof sqlite.threads.$inferSelect;
type DmRow = typeof sqlite.dmConversations.$inferSelect;
type AgentRow = typeof sqlite.agents.$inferSelect;

export { normalizeVisibility, normalizeWritePolicy } from "../normalize.js";

export function roomFromRow(row: RoomRow, members: string[]): Room {
  return shared.roomFromRow(row, members, sqliteTime);
}

export function threadFromRow(row: ThreadRow): Thread {
  return shared.threadFromRow(row, sqliteTime);
}

export function dmFromRow(row: DmRow, participants: string[]): DirectConversation {
  return shared.dmFromRow(row, participants, sqliteTime);
}

export function registrationFromRow(row: AgentRow): AgentRegistration {
  return shared.registrationFromRow(row, sqliteTime);
}

/** A thread's or DM's fqid, empty when the network is unknown (as artifacts.ts does). */
export function conversationFqid(networkId: string, kind: "threads" | "dms", id: string): string {
  if (!networkId) return "";
  return kind === "threads" ? threadFqid(networkId, id) : dmFqid(networkId, id);
}

/** Groups rows of (owner, value) that arrive ordered by owner, value. */
export function groupBy<R>(
  rows: readonly R[],
  owner: (row: R) => string,
  value: (row: R) => string,
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const row of rows) {
    const key = owner(row);
    const list = out.get(key);
    if (list) list.push(value(row));
    else out.set(key, [value(row)]);
  }
  return out;
}

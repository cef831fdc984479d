// Postgres rows to domain records. TIMESTAMPTZ columns travel as text in both
// directions (Drizzle's string mode): we send wire timestamps as they are and
// read back Postgres' spelling (`2026-04-01 09:00:00.5+00`, session zone UTC).
import type { postgres as schema } from "@moltnet/schema";
import { readStoredTime, type Timestamp } from "../time.js";
import type { TimeCodec } from "../sql/rows.js";
import type { AgentRegistration, DirectConversation, Room, Thread } from "../types.js";
import { dmFromRow, registrationFromRow, roomFromRow, threadFromRow } from "../sql/records.js";
import { sortBytewise } from "../participants.js";

export const pgTime: TimeCodec = {
  write: (ts: Timestamp) => ts,
  read: (stored: string) => readStoredTime(stored),
};

type RoomRow = typeof schema.rooms.$inferSelect;
type ThreadRow = typeof schema.threads.$inferSelect;
type DmRow = typeof schema.dmConversations.$inferSelect;
type AgentRow = typeof schema.agents.$inferSelect;

/** `members` come from the query already ordered; sorting again costs nothing and guards against a non-C collation sneaking in. */
export function toRoom(row: RoomRow, members: readonly string[] | null): Room {
  return roomFromRow(row, sortBytewise([...(members ?? [])]), pgTime);
}

export function toThread(row: ThreadRow): Thread {
  return threadFromRow(row, pgTime);
}

export function toDirectConversation(row: DmRow, participants: readonly string[] | null): DirectConversation {
  return dmFromRow(row, sortBytewise([...(participants ?? [])]), pgTime);
}

export function toRegistration(row: AgentRow): AgentRegistration {
  return registrationFromRow(row, pgTime);
}

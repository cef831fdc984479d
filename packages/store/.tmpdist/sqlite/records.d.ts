import type { sqlite } from "@moltnet/schema";
import type { AgentRegistration, DirectConversation, Room, Thread, Visibility, WritePolicy } from "../types.js";
type RoomRow = typeof sqlite.rooms.$inferSelect;
type ThreadRow = typeof sqlite.threads.$inferSelect;
type DmRow = typeof sqlite.dmConversations.$inferSelect;
type AgentRow = typeof sqlite.agents.$inferSelect;
export declare function normalizeVisibility(value: string | null | undefined): Visibility;
export declare function normalizeWritePolicy(value: string | null | undefined): WritePolicy;
export declare function roomFromRow(row: RoomRow, members: string[]): Room;
export declare function threadFromRow(row: ThreadRow): Thread;
export declare function dmFromRow(row: DmRow, participants: string[]): DirectConversation;
export declare function registrationFromRow(row: AgentRow): AgentRegistration;
/** A thread's or DM's fqid, empty when the network is unknown (as artifacts.ts does). */
export declare function conversationFqid(networkId: string, kind: "threads" | "dms", id: string): string;
/** Groups rows of (owner, value) that arrive ordered by owner, value. */
export declare function groupBy<R>(rows: readonly R[], owner: (row: R) => string, value: (row: R) => string): Map<string, string[]>;
export {};

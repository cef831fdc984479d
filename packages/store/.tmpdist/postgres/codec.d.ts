import { postgres as schema } from "@moltnet/schema";
import type { TimeCodec } from "../sql/rows.js";
import type { AgentRegistration, DirectConversation, Room, Thread, Visibility, WritePolicy } from "../types.js";
export declare const pgTime: TimeCodec;
export declare function normalizeVisibility(value: string | null | undefined): Visibility;
export declare function normalizeWritePolicy(value: string | null | undefined): WritePolicy;
type RoomRow = typeof schema.rooms.$inferSelect;
type ThreadRow = typeof schema.threads.$inferSelect;
type DmRow = typeof schema.dmConversations.$inferSelect;
type AgentRow = typeof schema.agents.$inferSelect;
/** `members` come from the query already ordered; sorting again costs nothing and guards against a non-C collation sneaking in. */
export declare function toRoom(row: RoomRow, members: readonly string[] | null): Room;
export declare function toThread(row: ThreadRow): Thread;
export declare function toDirectConversation(row: DmRow, participants: readonly string[] | null): DirectConversation;
export declare function toRegistration(row: AgentRow): AgentRegistration;
export declare function threadFqid(networkId: string, threadId: string): string;
export declare function dmFqid(networkId: string, dmId: string): string;
export {};

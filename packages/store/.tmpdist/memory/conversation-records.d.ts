import type { Timestamp } from "../time.js";
import type { DirectConversation, Message, Thread } from "../types.js";
import type { ArtifactRef, MessageEntry } from "./history.js";
import { type SortedIds } from "./sorted-ids.js";
export interface Log {
    readonly messages: MessageEntry[];
    readonly artifacts: ArtifactRef[];
}
/** Messages and artifacts filed under a room id (whether or not the room exists), and the threads indexed under it. */
export interface RoomLog extends Log {
    readonly threadIds: SortedIds;
}
export interface ThreadRecord extends Log {
    readonly id: string;
    readonly network_id: string;
    readonly fqid: string;
    readonly room_id: string;
    readonly parent_message_id: string;
    last_message_at: Timestamp;
}
export interface DmRecord extends Log {
    readonly id: string;
    network_id: string;
    fqid: string;
    last_message_at: Timestamp;
    /** Trimmed, unique, sorted bytewise. */
    readonly participants: string[];
}
export declare function threadFqid(networkId: string, threadId: string): string;
export declare function dmFqid(networkId: string, dmId: string): string;
export declare function threadView(t: ThreadRecord): Thread;
export declare function dmView(d: DmRecord): DirectConversation;
/** One shared record per artifact part; the thread and room lists hold the same objects. */
export declare function artifactRefs(entry: MessageEntry, message: Message): ArtifactRef[];
/** Inserts into a sorted list of unique ids. */
export declare function addSorted(list: string[], id: string): void;

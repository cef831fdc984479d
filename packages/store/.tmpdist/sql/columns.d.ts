import type { Message } from "../types.js";
import type { MessageColumns } from "./rows.js";
/** The stored thread a thread message belongs to (after its upsert). */
export interface StoredThreadRef {
    roomId: string;
}
/**
 * - room: room_id = target.room_id
 * - thread: thread_id = target.thread_id and room_id = the thread's stored room
 *   (a later message naming another room cannot move it, and room-filtered
 *   artifact queries find the thread's artifacts under its real room)
 * - dm: dm_id = target.dm_id
 * Any other kind fills nothing, so stray target fields never reach a foreign key.
 */
export declare function messageColumns(message: Message, thread: StoredThreadRef | null): MessageColumns;
/** The artifact rows of a message share its conversation columns. */
export declare function artifactColumns(columns: MessageColumns): Omit<MessageColumns, "parentMessageId">;

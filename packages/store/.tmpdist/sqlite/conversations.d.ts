import type { Window, WindowResult } from "../store.js";
import type { DirectConversation, Thread } from "../types.js";
import type { CollectionStatements } from "./collection-statements.js";
export declare class SqliteConversations {
    private readonly st;
    constructor(st: CollectionStatements);
    getThread(id: string): Thread | null;
    /** Threads whose stored room is `roomId`, by id; the cursor must be one of them. */
    listThreads(roomId: string, window: Window): WindowResult<Thread>;
    getDirectConversation(id: string): DirectConversation | null;
    listDirectConversations(window: Window): WindowResult<DirectConversation>;
}

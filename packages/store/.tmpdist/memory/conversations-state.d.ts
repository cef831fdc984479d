import type { AppendResult, ArtifactFilter, Conversation, StorageKind, Window, WindowResult } from "../store.js";
import type { Artifact, DirectConversation, Message, Thread } from "../types.js";
import { type MessageEntry } from "./history.js";
import { type DmRecord, type ThreadRecord } from "./conversation-records.js";
export declare class ConversationsState {
    #private;
    private readonly backend;
    constructor(backend: StorageKind);
    append(message: Message): AppendResult;
    listMessages(conversation: Conversation, window: Window): WindowResult<Message> | "invalid_cursor";
    listArtifacts(filter: ArtifactFilter, window: Window): WindowResult<Artifact> | "invalid_cursor";
    getThread(id: string): Thread | null;
    listThreads(roomId: string, window: Window): WindowResult<Thread> | "invalid_cursor";
    getDm(id: string): DirectConversation | null;
    listDms(window: Window): WindowResult<DirectConversation> | "invalid_cursor";
    /** A thread record as found on disk, before its messages. */
    restoreThread(thread: Thread): void;
    /**
     * Files a loaded message under the list it was found in (`key` is the map key
     * of its snapshot section), without touching summaries. False for a repeated id.
     */
    restoreMessage(section: "room" | "thread" | "dm", key: string, message: Message): boolean;
    /** Sets a loaded DM's summary: participants plus the last message as the reference appended it. */
    restoreDm(id: string, participants: readonly string[], last: Message | undefined): void;
    /** Room logs holding messages, in id order. */
    roomMessageLists(): Iterable<[string, readonly MessageEntry[]]>;
    threadRecords(): Iterable<Readonly<ThreadRecord>>;
    dmRecords(): Iterable<Readonly<DmRecord>>;
}

import type { AppendResult, ArtifactFilter, Conversation, RoomListQuery, Store, Window, WindowResult } from "../store.js";
import type { Timestamp } from "../time.js";
import type { AgentRegistration, Artifact, DirectConversation, Membership, Message, Room, Thread } from "../types.js";
export interface JsonStoreOptions {
    log?: (line: string) => void;
    /** Test hook: replaces the durable file write (fault injection). */
    writeSnapshot?: (path: string, chunks: readonly string[]) => Promise<void>;
    /** Test hook: lock staleness in ms (default 10 s). */
    lockStaleMs?: number;
}
export declare function openJsonStore(config: {
    kind: "json";
    path: string;
}, options?: JsonStoreOptions): Promise<Store>;
export declare class JsonStore implements Store {
    #private;
    readonly path: string;
    private readonly release;
    private readonly writeSnapshot;
    private readonly log;
    readonly kind: "json";
    static open(rawPath: string, options?: JsonStoreOptions): Promise<JsonStore>;
    private constructor();
    /** Snapshot rewrites completed since open. */
    get snapshotsWritten(): number;
    /** The snapshot text the next write would produce (diagnostics and tests). */
    snapshotText(): string;
    createRoom(room: Room): Promise<void>;
    getRoom(id: string): Promise<Room | null>;
    listRooms(window: Window, query?: RoomListQuery): Promise<WindowResult<Room>>;
    updateRoomMembers(id: string, add: readonly string[], remove: readonly string[]): Promise<Room>;
    reconcileRoom(room: Room): Promise<Room>;
    removeRoom(id: string, removedAt: Timestamp): Promise<Room>;
    listMemberships(): Promise<Membership[]>;
    removeMemberships(memberId: string): Promise<void>;
    appendMessage(message: Message): Promise<AppendResult>;
    listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>>;
    listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>>;
    getThread(id: string): Promise<Thread | null>;
    listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>>;
    getDirectConversation(id: string): Promise<DirectConversation | null>;
    listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>>;
    registerAgent(registration: AgentRegistration): Promise<AgentRegistration>;
    reconcileRegisteredAgent(registration: AgentRegistration): Promise<AgentRegistration>;
    getRegisteredAgent(agentId: string): Promise<AgentRegistration | null>;
    getRegisteredAgentByCredentialKey(credentialKey: string): Promise<AgentRegistration | null>;
    listRegisteredAgents(): Promise<AgentRegistration[]>;
    removeRegisteredAgent(agentId: string): Promise<void>;
    health(): Promise<void>;
    close(): Promise<void>;
    /** Called by the lock when another process may now own the file. */
    lockLost(err: Error): void;
}

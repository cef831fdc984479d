import Database from "better-sqlite3";
import type { AppendResult, ArtifactFilter, Conversation, RoomListQuery, Store, Window, WindowResult } from "../store.js";
import type { Timestamp } from "../time.js";
import type { AgentRegistration, Artifact, DirectConversation, Membership, Message, Room, Thread } from "../types.js";
import { type CheckpointerStatus } from "./checkpointer.js";
import { type PragmaValues, type SqliteDb, type Synchronous } from "./connection.js";
export interface SqliteStoreConfig {
    kind: "sqlite";
    /** Database file; missing parent directories are created 0700, a missing file 0600. `:memory:` for a throwaway database. */
    path: string;
    /** PRAGMA synchronous; default NORMAL (see connection.ts for the trade-off). */
    synchronous?: Synchronous;
}
export interface SqliteStoreOptions {
    /** Operational log lines (migrations, skipped rows, checkpoint fallback). */
    log?: (line: string) => void;
}
export declare function openSqliteStore(config: SqliteStoreConfig, options?: SqliteStoreOptions): Promise<SqliteStore>;
export declare class SqliteStore implements Store {
    #private;
    readonly kind: "sqlite";
    /** Use openSqliteStore: it prepares the file, configures the connection and migrates. */
    constructor(client: Database.Database, db: SqliteDb, path: string | null, log: (line: string) => void);
    /** Starts the WAL checkpoint worker now rather than after the first writes (idempotent). */
    startCheckpointing(): void;
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
    /** Live connection settings and checkpoint worker state (diagnostics and tests; not part of Store). */
    diagnostics(): Promise<{
        pragmas: PragmaValues;
        checkpointer: CheckpointerStatus | null;
    }>;
}

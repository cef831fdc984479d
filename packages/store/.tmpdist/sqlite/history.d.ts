import type { AppendResult, ArtifactFilter, Conversation, Window, WindowResult } from "../store.js";
import type { Artifact, Message } from "../types.js";
import type { SqliteDb } from "./connection.js";
import type { HistoryStatements } from "./history-statements.js";
export declare class SqliteHistory {
    private readonly db;
    private readonly st;
    private readonly log;
    constructor(db: SqliteDb, st: HistoryStatements, log: (line: string) => void);
    /** One IMMEDIATE transaction: the write lock is taken up front, so the duplicate check cannot race another writer. */
    append(message: Message): AppendResult;
    private appendInTransaction;
    listMessages(conversation: Conversation, window: Window): WindowResult<Message>;
    listArtifacts(filter: ArtifactFilter, window: Window): WindowResult<Artifact>;
}

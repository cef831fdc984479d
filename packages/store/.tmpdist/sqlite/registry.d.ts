import type { AgentRegistration } from "../types.js";
import type { CollectionStatements } from "./collection-statements.js";
import type { SqliteDb } from "./connection.js";
export declare class SqliteRegistry {
    private readonly db;
    private readonly st;
    constructor(db: SqliteDb, st: CollectionStatements);
    /**
     * Read, then update or insert, in one IMMEDIATE transaction (the write lock
     * is held from the read on, so no other writer can slip in between). An
     * existing record keeps its actor ids and created_at, takes a non-empty
     * display name and the new updated_at; `rebind` also takes the new
     * credential key where register refuses a different one.
     */
    upsert(registration: AgentRegistration, rebind: boolean): AgentRegistration;
    private upsertOnce;
    get(agentId: string): AgentRegistration | null;
    byCredentialKey(key: string): AgentRegistration | null;
    list(): AgentRegistration[];
    remove(agentId: string): void;
}

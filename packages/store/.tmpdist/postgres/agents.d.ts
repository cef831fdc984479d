import type { AgentRegistration } from "../types.js";
import type { Db } from "./connection.js";
export declare class PgAgents {
    #private;
    constructor(db: Db);
    register(registration: AgentRegistration): Promise<AgentRegistration>;
    reconcile(registration: AgentRegistration): Promise<AgentRegistration>;
    get(agentId: string): Promise<AgentRegistration | null>;
    getByCredentialKey(credentialKey: string): Promise<AgentRegistration | null>;
    list(): Promise<AgentRegistration[]>;
    remove(agentId: string): Promise<void>;
}

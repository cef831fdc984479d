import type { StorageKind } from "../store.js";
import type { AgentRegistration } from "../types.js";
/** Only the registration's own fields (a caller's extra properties, such as a plaintext token, never get stored). */
export declare function cleanRegistration(r: AgentRegistration): AgentRegistration;
export declare class AgentsState {
    #private;
    private readonly backend;
    constructor(backend: StorageKind);
    register(input: AgentRegistration): AgentRegistration;
    reconcile(input: AgentRegistration): AgentRegistration;
    get(agentId: string): AgentRegistration | null;
    byCredentialKey(credentialKey: string): AgentRegistration | null;
    list(): AgentRegistration[];
    /** True when something was removed. */
    remove(agentId: string): boolean;
    restore(registration: AgentRegistration): void;
    /** Stored records in id order (read only). */
    all(): Iterable<Readonly<AgentRegistration>>;
    get size(): number;
}

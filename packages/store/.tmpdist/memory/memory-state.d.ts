import type { StorageKind } from "../store.js";
import { AgentsState } from "./agents-state.js";
import { ConversationsState } from "./conversations-state.js";
import { RoomsState } from "./rooms-state.js";
export declare class MemoryState {
    readonly backend: StorageKind;
    readonly rooms: RoomsState;
    readonly conversations: ConversationsState;
    readonly agents: AgentsState;
    constructor(backend: StorageKind);
    /** Unwraps a window result, turning a foreign cursor into the store error. */
    paged<T>(result: T | "invalid_cursor", cursor: {
        before?: string | undefined;
        after?: string | undefined;
    }): T;
}

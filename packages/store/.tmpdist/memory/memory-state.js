// The whole in-memory state, synchronous. The memory store wraps it in the
// async Store interface; the JSON store wraps it too and adds durability, so
// both backends answer every query with the same code.
import { StoreError } from "../errors.js";
import { AgentsState } from "./agents-state.js";
import { ConversationsState } from "./conversations-state.js";
import { RoomsState } from "./rooms-state.js";
export class MemoryState {
    backend;
    rooms;
    conversations;
    agents;
    constructor(backend) {
        this.backend = backend;
        this.rooms = new RoomsState(backend);
        this.conversations = new ConversationsState(backend);
        this.agents = new AgentsState(backend);
    }
    /** Unwraps a window result, turning a foreign cursor into the store error. */
    paged(result, cursor) {
        if (result !== "invalid_cursor")
            return result;
        const id = cursor.after ?? cursor.before ?? "";
        throw new StoreError("invalid_cursor", `invalid cursor "${id}"`, { backend: this.backend });
    }
}
//# sourceMappingURL=memory-state.js.map
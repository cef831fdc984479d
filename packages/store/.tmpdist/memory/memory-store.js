import { StoreError } from "../errors.js";
import { MemoryState } from "./memory-state.js";
export async function openMemoryStore() {
    return new MemoryStore();
}
export class MemoryStore {
    kind = "memory";
    #state = new MemoryState("memory");
    get #s() {
        if (!this.#state)
            throw new StoreError("unavailable", "store is closed", { backend: "memory" });
        return this.#state;
    }
    async createRoom(room) {
        this.#s.rooms.create(room);
    }
    async getRoom(id) {
        return this.#s.rooms.get(id);
    }
    async listRooms(window, query) {
        return this.#s.paged(this.#s.rooms.list(window, query?.publicOnly === true), window);
    }
    async updateRoomMembers(id, add, remove) {
        return this.#s.rooms.updateMembers(id, add, remove).room;
    }
    async reconcileRoom(room) {
        return this.#s.rooms.reconcile(room).room;
    }
    async removeRoom(id, removedAt) {
        return this.#s.rooms.remove(id, removedAt);
    }
    async listMemberships() {
        return this.#s.rooms.memberships();
    }
    async removeMemberships(memberId) {
        this.#s.rooms.removeMemberships(memberId);
    }
    async appendMessage(message) {
        return this.#s.conversations.append(message);
    }
    async listMessages(conversation, window) {
        return this.#s.paged(this.#s.conversations.listMessages(conversation, window), window);
    }
    async listArtifacts(filter, window) {
        return this.#s.paged(this.#s.conversations.listArtifacts(filter, window), window);
    }
    async getThread(id) {
        return this.#s.conversations.getThread(id);
    }
    async listThreads(roomId, window) {
        return this.#s.paged(this.#s.conversations.listThreads(roomId, window), window);
    }
    async getDirectConversation(id) {
        return this.#s.conversations.getDm(id);
    }
    async listDirectConversations(window) {
        return this.#s.paged(this.#s.conversations.listDms(window), window);
    }
    async registerAgent(registration) {
        return this.#s.agents.register(registration);
    }
    async reconcileRegisteredAgent(registration) {
        return this.#s.agents.reconcile(registration);
    }
    async getRegisteredAgent(agentId) {
        return this.#s.agents.get(agentId);
    }
    async getRegisteredAgentByCredentialKey(credentialKey) {
        return this.#s.agents.byCredentialKey(credentialKey);
    }
    async listRegisteredAgents() {
        return this.#s.agents.list();
    }
    async removeRegisteredAgent(agentId) {
        this.#s.agents.remove(agentId);
    }
    async health() {
        void this.#s;
    }
    async close() {
        this.#state = null;
    }
}
//# sourceMappingURL=memory-store.js.map
// The JSON file backend: the memory store's state and queries, plus a snapshot
// file in the reference's format (contract 4.1) rewritten durably after every
// change, with group commit (group-commit.ts), a lock so one process owns the
// file (file-lock.ts) and a load that refuses corrupt files without touching
// them (snapshot-decode.ts). It does not take part in migrations.
//
// Failure model. A mutation is applied to memory, then acknowledged only once
// a snapshot containing it is durable. If a snapshot write fails, every
// mutation not yet durable is rejected and memory is rebuilt from the file,
// which holds exactly the last durable snapshot: the rollback needs no undo
// log and cannot drift from the disk. (If the failure came after the rename,
// e.g. the directory fsync failed, the file already holds the rejected
// changes; memory then keeps them too, and a retried append answers
// "duplicate", as for any commit whose outcome is unknown.) If the file cannot
// be read back, or the lock is lost, the store stops accepting writes and
// health() fails until restart; reads keep answering from memory.
// Readers may see a change while its snapshot is being written (before it is
// acknowledged); they only see one that is later rolled back if the disk fails.
import { StoreError } from "../errors.js";
import { MemoryState } from "../memory/memory-state.js";
import { GroupCommit } from "./group-commit.js";
import { decodeSnapshot } from "./snapshot-decode.js";
import { encodeSnapshot } from "./snapshot-encode.js";
import { readSnapshotFile, writeFileDurably } from "./snapshot-file.js";
import { openSnapshot } from "./open-snapshot.js";
export async function openJsonStore(config, options = {}) {
    return JsonStore.open(config.path, options);
}
export class JsonStore {
    path;
    release;
    writeSnapshot;
    log;
    kind = "json";
    #state;
    #commit;
    #reloading = null;
    /** The file existed at open or was written since: if it is gone at a rollback, memory is not reset to empty. */
    #onDisk;
    #broken = null;
    #closed = false;
    static async open(rawPath, options = {}) {
        const log = options.log ?? (() => { });
        let store = null;
        const opened = await openSnapshot(rawPath, log, {
            ...(options.lockStaleMs !== undefined ? { staleMs: options.lockStaleMs } : {}),
            onCompromised: (err) => store?.lockLost(err),
        });
        store = new JsonStore(opened.path, opened.state, opened.onDisk, opened.release, options.writeSnapshot ?? writeFileDurably, log);
        return store;
    }
    constructor(path, state, onDisk, release, writeSnapshot, log) {
        this.path = path;
        this.release = release;
        this.writeSnapshot = writeSnapshot;
        this.log = log;
        this.#state = state;
        this.#onDisk = onDisk;
        this.#commit = new GroupCommit({
            write: async () => {
                // Without the lock another process may own the file now: never write over it.
                if (this.#broken)
                    throw this.#broken;
                await this.writeSnapshot(this.path, encodeSnapshot(this.#state));
                this.#onDisk = true;
            },
            recover: (err) => this.#recover(err),
            failure: (err) => new StoreError("internal", `could not write Moltnet store "${this.path}"; the change may not have been saved: ${message(err)}`, {
                backend: "json",
                cause: err,
            }),
        });
    }
    /** Snapshot rewrites completed since open. */
    get snapshotsWritten() {
        return this.#commit.writes;
    }
    /** The snapshot text the next write would produce (diagnostics and tests). */
    snapshotText() {
        return encodeSnapshot(this.#state).join("");
    }
    // Rooms --------------------------------------------------------------------
    createRoom(room) {
        return this.#mutate((s) => ({ value: s.rooms.create(room), changed: true }));
    }
    async getRoom(id) {
        return (await this.#read()).rooms.get(id);
    }
    async listRooms(window, query) {
        const s = await this.#read();
        return s.paged(s.rooms.list(window, query?.publicOnly === true), window);
    }
    updateRoomMembers(id, add, remove) {
        return this.#mutate((s) => {
            const { room, changed } = s.rooms.updateMembers(id, add, remove);
            return { value: room, changed };
        });
    }
    reconcileRoom(room) {
        return this.#mutate((s) => {
            const result = s.rooms.reconcile(room);
            return { value: result.room, changed: result.changed };
        });
    }
    removeRoom(id, removedAt) {
        return this.#mutate((s) => ({ value: s.rooms.remove(id, removedAt), changed: true }));
    }
    async listMemberships() {
        return (await this.#read()).rooms.memberships();
    }
    removeMemberships(memberId) {
        return this.#mutate((s) => ({ value: undefined, changed: s.rooms.removeMemberships(memberId) }));
    }
    // Messages -----------------------------------------------------------------
    appendMessage(message) {
        return this.#mutate((s) => {
            const result = s.conversations.append(message);
            return { value: result, changed: result.status === "appended" };
        });
    }
    async listMessages(conversation, window) {
        const s = await this.#read();
        return s.paged(s.conversations.listMessages(conversation, window), window);
    }
    async listArtifacts(filter, window) {
        const s = await this.#read();
        return s.paged(s.conversations.listArtifacts(filter, window), window);
    }
    // Threads and DMs ------------------------------------------------------------
    async getThread(id) {
        return (await this.#read()).conversations.getThread(id);
    }
    async listThreads(roomId, window) {
        const s = await this.#read();
        return s.paged(s.conversations.listThreads(roomId, window), window);
    }
    async getDirectConversation(id) {
        return (await this.#read()).conversations.getDm(id);
    }
    async listDirectConversations(window) {
        const s = await this.#read();
        return s.paged(s.conversations.listDms(window), window);
    }
    // Agent registry ---------------------------------------------------------------
    registerAgent(registration) {
        return this.#mutate((s) => ({ value: s.agents.register(registration), changed: true }));
    }
    reconcileRegisteredAgent(registration) {
        return this.#mutate((s) => ({ value: s.agents.reconcile(registration), changed: true }));
    }
    async getRegisteredAgent(agentId) {
        return (await this.#read()).agents.get(agentId);
    }
    async getRegisteredAgentByCredentialKey(credentialKey) {
        return (await this.#read()).agents.byCredentialKey(credentialKey);
    }
    async listRegisteredAgents() {
        return (await this.#read()).agents.list();
    }
    removeRegisteredAgent(agentId) {
        return this.#mutate((s) => ({ value: undefined, changed: s.agents.remove(agentId) }));
    }
    // Lifecycle ------------------------------------------------------------------
    async health() {
        while (this.#reloading)
            await this.#reloading;
        this.#assertOpen();
        if (this.#broken)
            throw new StoreError("unavailable", this.#broken.message, { backend: "json", cause: this.#broken });
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        // Changes already applied are still written and acknowledged; new ones are refused.
        await this.#commit.idle();
        while (this.#reloading)
            await this.#reloading;
        await this.release();
    }
    /** Called by the lock when another process may now own the file. */
    lockLost(err) {
        this.log(`[store:json] lost the lock on "${this.path}": ${err.message}; refusing further writes`);
        this.#broken ??= new StoreError("locked", `lost the lock on Moltnet store "${this.path}" (another process may be using it); restart the server`, { backend: "json", cause: err });
    }
    // Internals ------------------------------------------------------------------
    /**
     * Applies a change and waits for its durability. The writability check and
     * the change run in one synchronous step, so no recovery can slip between.
     * A change that throws (validation) never reaches the file.
     */
    async #mutate(apply) {
        while (this.#reloading)
            await this.#reloading;
        this.#assertOpen();
        if (this.#broken)
            throw this.#broken;
        const { value, changed } = apply(this.#state);
        await (changed ? this.#commit.changed() : this.#commit.settled());
        return value;
    }
    async #read() {
        while (this.#reloading)
            await this.#reloading;
        this.#assertOpen();
        return this.#state;
    }
    #assertOpen() {
        if (this.#closed)
            throw new StoreError("unavailable", "store is closed", { backend: "json" });
    }
    #recover(err) {
        this.log(`[store:json] writing "${this.path}" failed (${message(err)}); reloading it to drop the unsaved changes`);
        const reload = (async () => {
            try {
                const text = await readSnapshotFile(this.path);
                if (text === null && this.#onDisk)
                    throw new Error("the file has disappeared");
                this.#state = text === null ? new MemoryState("json") : decodeSnapshot(text, this.path, () => { });
            }
            catch (loadErr) {
                this.log(`[store:json] reloading "${this.path}" failed (${message(loadErr)}); refusing further writes`);
                this.#broken ??= new StoreError("unavailable", `Moltnet store "${this.path}" could not be written nor read back; restart the server once the disk is healthy`, { backend: "json", cause: loadErr });
            }
        })();
        const done = reload.finally(() => {
            this.#reloading = null;
        });
        this.#reloading = done;
        return done;
    }
}
function message(err) {
    return err instanceof Error ? err.message : String(err);
}
//# sourceMappingURL=json-store.js.map
// The Postgres backend: postgres.js pool + Drizzle. Opening connects (failing
// fast with `unavailable` when the server cannot be reached) and migrates;
// every operation maps driver failures to StoreErrors. The pool reconnects on
// its own, so a store outlives a database restart: calls fail with
// `unavailable` while the server is gone and succeed again once it is back.
import { sql } from "drizzle-orm";
import { StoreError } from "../errors.js";
import { migratePostgres } from "../migrate/index.js";
import { connect, scrub } from "./connection.js";
import { reasonOf, safeCause, toStoreError } from "./errors.js";
import { PgRooms } from "./rooms.js";
import { appendMessage } from "./append.js";
import { PgHistory } from "./history.js";
import { PgConversations } from "./conversations.js";
import { PgAgents } from "./agents.js";
export async function openPostgresStore(config, options = {}) {
    const connection = connect(config);
    const clean = (text) => scrub(text, config.dsn);
    try {
        // postgres.js retries a connection that a peer accepts and then drops
        // without ever failing the query; the deadline keeps "fail fast" true.
        await withDeadline(connection.db.execute(sql `select 1`), connection.connectTimeoutMs);
    }
    catch (err) {
        await connection.sql.end({ timeout: 0 }).catch(() => { });
        throw new StoreError("unavailable", `cannot connect to ${connection.target}: ${clean(reasonOf(err))}`, {
            backend: "postgres",
            cause: safeCause(err),
        });
    }
    try {
        await migratePostgres(connection.sql, options.log);
    }
    catch (err) {
        await connection.sql.end({ timeout: 5 }).catch(() => { });
        throw toStoreError(err, `migrating ${connection.target}`, clean);
    }
    return new PostgresStore(connection, clean, options.log ?? (() => { }));
}
class PostgresStore {
    kind = "postgres";
    #connection;
    #clean;
    #rooms;
    #history;
    #conversations;
    #agents;
    #log;
    #closed = null;
    /** Whether the last call reached the server; flips are logged once each way. */
    #reachable = true;
    constructor(connection, clean, log) {
        this.#connection = connection;
        this.#clean = clean;
        this.#log = log;
        const { db } = connection;
        this.#rooms = new PgRooms(db);
        this.#history = new PgHistory(db);
        this.#conversations = new PgConversations(db);
        this.#agents = new PgAgents(db);
    }
    /** Runs one operation; any failure leaves as a StoreError naming the operation. */
    async #run(action, operation) {
        if (this.#closed)
            throw new StoreError("unavailable", `${action}: store is closed`, { backend: "postgres" });
        try {
            const result = await operation();
            this.#reached(null);
            return result;
        }
        catch (err) {
            const failure = toStoreError(err, action, this.#clean);
            this.#reached(failure);
            throw failure;
        }
    }
    #reached(failure) {
        if (failure === null || failure.code !== "unavailable") {
            if (!this.#reachable)
                this.#log(`store: postgres ${this.#connection.target} is reachable again`);
            this.#reachable = true;
        }
        else if (this.#reachable) {
            this.#reachable = false;
            this.#log(`store: postgres ${this.#connection.target} unavailable: ${failure.message}`);
        }
    }
    createRoom(room) {
        return this.#run("createRoom", () => this.#rooms.create(room));
    }
    getRoom(id) {
        return this.#run("getRoom", () => this.#rooms.get(id));
    }
    listRooms(window, query) {
        return this.#run("listRooms", () => this.#rooms.list(window, query));
    }
    updateRoomMembers(id, add, remove) {
        return this.#run("updateRoomMembers", () => this.#rooms.updateMembers(id, add, remove));
    }
    reconcileRoom(room) {
        return this.#run("reconcileRoom", () => this.#rooms.reconcile(room));
    }
    removeRoom(id, removedAt) {
        return this.#run("removeRoom", () => this.#rooms.remove(id, removedAt));
    }
    listMemberships() {
        return this.#run("listMemberships", () => this.#rooms.listMemberships());
    }
    removeMemberships(memberId) {
        return this.#run("removeMemberships", () => this.#rooms.removeMemberships(memberId));
    }
    appendMessage(message) {
        return this.#run("appendMessage", () => appendMessage(this.#connection.db, message));
    }
    listMessages(conversation, window) {
        return this.#run("listMessages", () => this.#history.listMessages(conversation, window));
    }
    listArtifacts(filter, window) {
        return this.#run("listArtifacts", () => this.#history.listArtifacts(filter, window));
    }
    getThread(id) {
        return this.#run("getThread", () => this.#conversations.getThread(id));
    }
    listThreads(roomId, window) {
        return this.#run("listThreads", () => this.#conversations.listThreads(roomId, window));
    }
    getDirectConversation(id) {
        return this.#run("getDirectConversation", () => this.#conversations.getDirectConversation(id));
    }
    listDirectConversations(window) {
        return this.#run("listDirectConversations", () => this.#conversations.listDirectConversations(window));
    }
    registerAgent(registration) {
        return this.#run("registerAgent", () => this.#agents.register(registration));
    }
    reconcileRegisteredAgent(registration) {
        return this.#run("reconcileRegisteredAgent", () => this.#agents.reconcile(registration));
    }
    getRegisteredAgent(agentId) {
        return this.#run("getRegisteredAgent", () => this.#agents.get(agentId));
    }
    getRegisteredAgentByCredentialKey(credentialKey) {
        return this.#run("getRegisteredAgentByCredentialKey", () => this.#agents.getByCredentialKey(credentialKey));
    }
    listRegisteredAgents() {
        return this.#run("listRegisteredAgents", () => this.#agents.list());
    }
    removeRegisteredAgent(agentId) {
        return this.#run("removeRegisteredAgent", () => this.#agents.remove(agentId));
    }
    /** Any failure here means "cannot serve right now": always `unavailable`. */
    async health() {
        if (this.#closed)
            throw new StoreError("unavailable", "health: store is closed", { backend: "postgres" });
        try {
            await withDeadline(this.#connection.db.execute(sql `select 1`), this.#connection.connectTimeoutMs);
            this.#reached(null);
        }
        catch (err) {
            const failure = new StoreError("unavailable", `health: ${this.#connection.target}: ${this.#clean(reasonOf(err))}`, {
                backend: "postgres",
                cause: safeCause(err),
            });
            this.#reached(failure);
            throw failure;
        }
    }
    close() {
        // Lets queries in flight finish (up to 5 s), then closes every connection. Idempotent.
        this.#closed ??= this.#connection.sql.end({ timeout: 5 });
        return this.#closed;
    }
}
/** Rejects with a timeout error when `work` has not settled after `ms`. */
async function withDeadline(work, ms) {
    let timer;
    const deadline = new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms / 1000} s`), { code: "CONNECT_TIMEOUT" })), ms);
    });
    try {
        return await Promise.race([work, deadline]);
    }
    finally {
        clearTimeout(timer);
    }
}
//# sourceMappingURL=postgres-store.js.map
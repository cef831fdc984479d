// The SQLite backend: one better-sqlite3 connection serving every request,
// driven through Drizzle with statements prepared once per store. SQLite calls
// are synchronous and short (indexed reads of one page, one small write
// transaction), so they run inline and the methods are async only to honour
// the Store interface; WAL checkpoints run on a worker (see checkpointer.ts).
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { StoreError } from "../errors.js";
import { migrateSqlite } from "../migrate/index.js";
import { startCheckpointer } from "./checkpointer.js";
import { buildCollectionStatements } from "./collection-statements.js";
import { configureConnection, parseSynchronous, readPragmas } from "./connection.js";
import { SqliteConversations } from "./conversations.js";
import { prepareDatabaseFile } from "./database-file.js";
import { SqliteHistory } from "./history.js";
import { buildHistoryStatements } from "./history-statements.js";
import { SqliteRegistry } from "./registry.js";
import { SqliteRooms } from "./rooms.js";
import { openError, toStoreError } from "./sqlite-errors.js";
/** SQLite's default auto-checkpoint, used while no checkpoint worker runs. */
const DEFAULT_AUTOCHECKPOINT_PAGES = 1000;
/** Write operations after which the checkpoint worker is started (see checkpointer.ts). */
const CHECKPOINT_WORKER_AFTER_WRITES = 64;
export async function openSqliteStore(config, options = {}) {
    const log = options.log ?? (() => { });
    const synchronous = parseSynchronous(config.synchronous);
    if (!synchronous) {
        throw new StoreError("invalid_config", `storage.sqlite.synchronous must be OFF, NORMAL or FULL, not ${JSON.stringify(config.synchronous)}`, {
            backend: "sqlite",
        });
    }
    const inMemory = config.path === ":memory:";
    const path = inMemory ? ":memory:" : prepareDatabaseFile(config.path, log).path;
    let client = null;
    try {
        client = new Database(path, { fileMustExist: !inMemory });
        const db = drizzle({ client });
        configureConnection(db, { synchronous, autoCheckpointPages: DEFAULT_AUTOCHECKPOINT_PAGES });
        migrateSqlite(client, log);
        return new SqliteStore(client, db, inMemory ? null : path, log);
    }
    catch (err) {
        try {
            client?.close();
        }
        catch {
            // the open error is the one worth reporting
        }
        throw openError(err, path);
    }
}
export class SqliteStore {
    kind = "sqlite";
    #client;
    #db;
    #rooms;
    #history;
    #conversations;
    #registry;
    #log;
    /** The database file; null for `:memory:` (no WAL, nothing to checkpoint). */
    #path;
    #checkpointer = null;
    #writes = 0;
    #closed = false;
    /** Use openSqliteStore: it prepares the file, configures the connection and migrates. */
    constructor(client, db, path, log) {
        this.#client = client;
        this.#path = path;
        this.#db = db;
        const collections = buildCollectionStatements(db);
        this.#rooms = new SqliteRooms(db, collections);
        this.#conversations = new SqliteConversations(collections);
        this.#registry = new SqliteRegistry(db, collections);
        this.#history = new SqliteHistory(db, buildHistoryStatements(db), log);
        this.#log = log;
    }
    /** Starts the WAL checkpoint worker now rather than after the first writes (idempotent). */
    startCheckpointing() {
        if (this.#checkpointer || this.#closed || !this.#path)
            return;
        this.#checkpointer = startCheckpointer(this.#path, this.#log, {
            onReady: () => this.#setAutoCheckpoint(Number(process.env.AC ?? 0)),
            onFailure: () => this.#setAutoCheckpoint(DEFAULT_AUTOCHECKPOINT_PAGES),
        });
    }
    #setAutoCheckpoint(pages) {
        if (this.#closed)
            return;
        try {
            this.#db.run(sql.raw(`PRAGMA wal_autocheckpoint = ${pages}`));
        }
        catch (err) {
            this.#log(`[store:sqlite] cannot set wal_autocheckpoint: ${toStoreError(err, "pragma").message}`);
        }
    }
    /** Runs a synchronous operation as the Store's async contract, mapping driver errors. */
    async #run(doing, op) {
        if (this.#closed)
            throw new StoreError("unavailable", `${doing}: the store is closed`, { backend: "sqlite" });
        try {
            return op();
        }
        catch (err) {
            throw toStoreError(err, doing);
        }
    }
    /** Like #run, for operations that write (they count towards starting the checkpoint worker). */
    #write(doing, op) {
        if (++this.#writes === CHECKPOINT_WORKER_AFTER_WRITES)
            this.startCheckpointing();
        return this.#run(doing, op);
    }
    // Rooms ------------------------------------------------------------------
    createRoom(room) {
        return this.#write("create room", () => this.#rooms.create(room));
    }
    getRoom(id) {
        return this.#run("get room", () => this.#rooms.get(id));
    }
    listRooms(window, query) {
        return this.#run("list rooms", () => this.#rooms.list(window, query));
    }
    updateRoomMembers(id, add, remove) {
        return this.#write("update room members", () => this.#rooms.updateMembers(id, add, remove));
    }
    reconcileRoom(room) {
        return this.#write("reconcile room", () => this.#rooms.reconcile(room));
    }
    removeRoom(id, removedAt) {
        return this.#write("remove room", () => this.#rooms.remove(id, removedAt));
    }
    listMemberships() {
        return this.#run("list memberships", () => this.#rooms.memberships());
    }
    removeMemberships(memberId) {
        return this.#write("remove memberships", () => this.#rooms.removeMemberships(memberId));
    }
    // Messages ---------------------------------------------------------------
    appendMessage(message) {
        return this.#write("append message", () => this.#history.append(message));
    }
    listMessages(conversation, window) {
        return this.#run("list messages", () => this.#history.listMessages(conversation, window));
    }
    listArtifacts(filter, window) {
        return this.#run("list artifacts", () => this.#history.listArtifacts(filter, window));
    }
    // Threads and DMs ----------------------------------------------------------
    getThread(id) {
        return this.#run("get thread", () => this.#conversations.getThread(id));
    }
    listThreads(roomId, window) {
        return this.#run("list threads", () => this.#conversations.listThreads(roomId, window));
    }
    getDirectConversation(id) {
        return this.#run("get dm", () => this.#conversations.getDirectConversation(id));
    }
    listDirectConversations(window) {
        return this.#run("list dms", () => this.#conversations.listDirectConversations(window));
    }
    // Agent registry -----------------------------------------------------------
    registerAgent(registration) {
        return this.#write("register agent", () => this.#registry.upsert(registration, false));
    }
    reconcileRegisteredAgent(registration) {
        return this.#write("reconcile agent", () => this.#registry.upsert(registration, true));
    }
    getRegisteredAgent(agentId) {
        return this.#run("get agent", () => this.#registry.get(agentId));
    }
    getRegisteredAgentByCredentialKey(credentialKey) {
        return this.#run("find agent by credential", () => this.#registry.byCredentialKey(credentialKey));
    }
    listRegisteredAgents() {
        return this.#run("list agents", () => this.#registry.list());
    }
    removeRegisteredAgent(agentId) {
        return this.#write("remove agent", () => this.#registry.remove(agentId));
    }
    // Lifecycle -----------------------------------------------------------------
    async health() {
        try {
            await this.#run("health check", () => this.#db.get(sql `SELECT 1 AS ok`));
        }
        catch (err) {
            throw new StoreError("unavailable", "SQLite database is not usable", { cause: err, backend: "sqlite" });
        }
    }
    async close() {
        if (this.#closed)
            return;
        this.#closed = true;
        // The worker's connection goes first, so ours is the last one: SQLite then
        // checkpoints the WAL into the main file and removes -wal and -shm.
        await this.#checkpointer?.stop();
        this.#client.close();
    }
    /** Live connection settings and checkpoint worker state (diagnostics and tests; not part of Store). */
    async diagnostics() {
        await this.#checkpointer?.ready();
        return this.#run("read diagnostics", () => ({
            pragmas: readPragmas(this.#db),
            checkpointer: this.#checkpointer?.status() ?? null,
        }));
    }
}
//# sourceMappingURL=sqlite-store.js.map
// Appending messages and reading history pages. Everything here is
// synchronous (better-sqlite3); sqlite-store.ts wraps it in async methods.
import { extractArtifacts } from "../artifacts.js";
import { messageParticipants } from "../participants.js";
import { artifactColumns, messageColumns } from "../sql/columns.js";
import { artifactToRow, messageToRow, rowToArtifact, rowToMessage } from "../sql/rows.js";
import { invalidCursor, limitOf, modeOf, sqliteTime, takePage } from "./keyset.js";
import { conversationFqid, dmFromRow, threadFromRow } from "./records.js";
import { isUniqueViolation } from "./sqlite-errors.js";
/** Thrown inside the append transaction to roll it back when the id turns out to be taken. */
class DuplicateMessage extends Error {
}
export class SqliteHistory {
    db;
    st;
    log;
    constructor(db, st, log) {
        this.db = db;
        this.st = st;
        this.log = log;
    }
    /** One IMMEDIATE transaction: the write lock is taken up front, so the duplicate check cannot race another writer. */
    append(message) {
        try {
            return this.db.transaction(() => this.appendInTransaction(message), { behavior: "immediate" });
        }
        catch (err) {
            if (err instanceof DuplicateMessage)
                return { status: "duplicate" };
            throw err;
        }
    }
    appendInTransaction(message) {
        const st = this.st;
        if (st.messageExists.get({ id: message.id }))
            return { status: "duplicate" };
        const target = message.target;
        const lastMessageAt = sqliteTime.write(message.created_at);
        let createdThread = null;
        let createdDm = null;
        let threadRoom = null;
        if (target.kind === "thread") {
            const threadId = target.thread_id ?? "";
            const row = st.upsertThread.get({
                id: threadId,
                networkId: message.network_id,
                fqid: conversationFqid(message.network_id, "threads", threadId),
                roomId: target.room_id ?? "",
                parentMessageId: target.parent_message_id ?? "",
                lastMessageAt,
            });
            if (!row)
                throw new Error("thread upsert returned no row");
            threadRoom = { roomId: row.roomId };
            if (row.messageCount === 1)
                createdThread = threadFromRow(row);
        }
        else if (target.kind === "dm") {
            const dmId = target.dm_id ?? "";
            const row = st.upsertDm.get({
                dmId,
                networkId: message.network_id,
                fqid: conversationFqid(message.network_id, "dms", dmId),
                lastMessageAt,
            });
            if (!row)
                throw new Error("dm upsert returned no row");
            const participants = messageParticipants(message);
            for (const participantId of participants)
                st.insertParticipant.run({ dmId, participantId });
            // A new DM's participants are exactly this message's.
            if (row.messageCount === 1)
                createdDm = dmFromRow(row, participants);
        }
        const columns = messageColumns(message, threadRoom);
        try {
            st.insertMessage.run({ ...messageToRow(message, columns, sqliteTime) });
        }
        catch (err) {
            // Checked above inside the same write transaction; kept as a belt for foreign writers.
            if (isUniqueViolation(err))
                throw new DuplicateMessage();
            throw err;
        }
        for (const artifact of extractArtifacts(message)) {
            st.insertArtifact.run({ ...artifactToRow(artifact, artifactColumns(columns), sqliteTime) });
        }
        return { status: "appended", createdThread, createdDm };
    }
    listMessages(conversation, window) {
        const { mode, cursor } = modeOf(window);
        const limit = limitOf(window);
        const [kind, id] = conversationKey(conversation);
        const params = { conversation: id, limit: limit + 1 };
        if (cursor !== null) {
            const at = this.st.messageCursor.get({ id: cursor });
            const column = at && (kind === "room" ? at.roomId : kind === "thread" ? at.threadId : at.dmId);
            if (!at || at.targetKind !== kind || column !== id)
                throw invalidCursor(cursor);
            params.cursorAt = at.createdAt;
            params.cursorId = cursor;
        }
        const rows = this.st.messagePages[kind][mode].all(params);
        const page = takePage(rows, limit, mode !== "after");
        const items = [];
        for (const row of page.rows) {
            const message = rowToMessage(row, sqliteTime);
            if (message)
                items.push(message);
            else
                this.log(`[store:sqlite] skipped message ${row.id}: a JSON column cannot be decoded`);
        }
        return { items, hasMore: page.hasMore };
    }
    listArtifacts(filter, window) {
        const { mode, cursor } = modeOf(window);
        const limit = limitOf(window);
        const key = filterKey(filter);
        if (!key) {
            // No filter selects nothing (the service refuses such requests with 422 first).
            if (cursor !== null)
                throw invalidCursor(cursor);
            return { items: [], hasMore: false };
        }
        const [kind, id] = key;
        const params = { conversation: id, limit: limit + 1 };
        if (cursor !== null) {
            const at = this.st.artifactCursor.get({ id: cursor });
            const column = at && (kind === "room" ? at.roomId : kind === "thread" ? at.threadId : at.dmId);
            if (!at || column !== id)
                throw invalidCursor(cursor);
            params.cursorAt = at.createdAt;
            params.cursorMessage = at.messageId;
            params.cursorPart = at.partIndex;
        }
        const rows = this.st.artifactPages[kind][mode].all(params);
        const page = takePage(rows, limit, mode !== "after");
        const items = [];
        for (const row of page.rows) {
            const artifact = rowToArtifact(row, sqliteTime);
            if (artifact)
                items.push(artifact);
            else
                this.log(`[store:sqlite] skipped artifact ${row.id}: its target JSON cannot be decoded`);
        }
        return { items, hasMore: page.hasMore };
    }
}
function conversationKey(c) {
    switch (c.kind) {
        case "room":
            return ["room", c.roomId];
        case "thread":
            return ["thread", c.threadId];
        case "dm":
            return ["dm", c.dmId];
    }
}
/** Precedence thread, then dm, then room. */
function filterKey(f) {
    if (f.threadId)
        return ["thread", f.threadId];
    if (f.dmId)
        return ["dm", f.dmId];
    if (f.roomId)
        return ["room", f.roomId];
    return null;
}
//# sourceMappingURL=history.js.map
// appendMessage: one transaction that writes the message, creates or bumps its
// thread or DM, records DM participants and the message's artifacts.
//
// Order matters: the conversation row comes first because the message row
// references it, and its upsert locks that row, so concurrent appends to one
// new thread queue up behind the first and each sees the count the previous one
// left. The message insert is ON CONFLICT (id) DO NOTHING RETURNING: a
// duplicate id (even one committed a moment ago by another connection) shows
// up as "no row returned" instead of an error that would abort the
// transaction, and we roll everything back, counters included.
import { sql } from "drizzle-orm";
import { postgres as schema } from "@moltnet/schema";
import { extractArtifacts } from "../artifacts.js";
import { messageParticipants } from "../participants.js";
import { artifactToRow, messageToRow } from "../sql/rows.js";
import { artifactColumns, messageColumns } from "../sql/columns.js";
import { dmFqid, pgTime, threadFqid, toThread } from "./codec.js";
const { messages, threads, dmConversations, dmParticipants, artifacts } = schema;
/** Thrown inside the transaction to roll it back when the id is taken. */
class DuplicateMessage extends Error {
}
export async function appendMessage(db, message) {
    try {
        return await db.transaction((tx) => appendIn(tx, message));
    }
    catch (err) {
        if (err instanceof DuplicateMessage)
            return { status: "duplicate" };
        throw err;
    }
}
async function appendIn(tx, message) {
    const target = message.target;
    let thread = null;
    let dmCount = 0;
    if (target.kind === "thread" && target.thread_id)
        thread = await upsertThread(tx, message, target.thread_id);
    if (target.kind === "dm" && target.dm_id)
        dmCount = await upsertDm(tx, message, target.dm_id);
    const columns = messageColumns(message, thread ? { roomId: thread.room_id } : null);
    const inserted = await tx
        .insert(messages)
        .values(messageToRow(message, columns, pgTime))
        .onConflictDoNothing({ target: messages.id })
        .returning({ id: messages.id })
        .prepare("append_message")
        .execute();
    if (inserted.length === 0)
        throw new DuplicateMessage();
    let dm = null;
    if (target.kind === "dm" && target.dm_id) {
        const participants = messageParticipants(message);
        await tx
            .insert(dmParticipants)
            .values(participants.map((participantId) => ({ dmId: target.dm_id, participantId })))
            .onConflictDoNothing()
            .prepare("append_dm_participants")
            .execute();
        if (dmCount === 1) {
            // Count 1: this message created the DM, so its participants are exactly this message's.
            dm = {
                id: target.dm_id,
                network_id: message.network_id,
                fqid: dmFqid(message.network_id, target.dm_id),
                participant_ids: participants,
                message_count: 1,
                last_message_at: message.created_at,
            };
        }
    }
    const found = extractArtifacts(message);
    if (found.length > 0) {
        const where = artifactColumns(columns);
        await tx
            .insert(artifacts)
            .values(found.map((a) => artifactToRow(a, where, pgTime)))
            .prepare("append_artifacts")
            .execute();
    }
    return { status: "appended", createdThread: thread?.message_count === 1 ? thread : null, createdDm: dm };
}
/** Creates the thread on its first message; later messages bump the count and never move it. */
async function upsertThread(tx, message, threadId) {
    const [row] = await tx
        .insert(threads)
        .values({
        id: threadId,
        networkId: message.network_id,
        fqid: threadFqid(message.network_id, threadId),
        roomId: message.target.room_id ?? "",
        parentMessageId: message.target.parent_message_id ?? "",
        messageCount: 1,
        lastMessageAt: pgTime.write(message.created_at),
    })
        .onConflictDoUpdate({
        target: threads.id,
        set: {
            messageCount: sql `${threads.messageCount} + 1`,
            lastMessageAt: sql `excluded.last_message_at`,
        },
    })
        .returning()
        .prepare("append_thread")
        .execute();
    if (!row)
        throw new Error("thread upsert returned no row");
    return toThread(row);
}
/** The DM summary follows its latest message (count, time, network); returns the new count. */
async function upsertDm(tx, message, dmId) {
    const [row] = await tx
        .insert(dmConversations)
        .values({
        dmId,
        networkId: message.network_id,
        fqid: dmFqid(message.network_id, dmId),
        messageCount: 1,
        lastMessageAt: pgTime.write(message.created_at),
    })
        .onConflictDoUpdate({
        target: dmConversations.dmId,
        set: {
            messageCount: sql `${dmConversations.messageCount} + 1`,
            lastMessageAt: sql `excluded.last_message_at`,
            networkId: sql `excluded.network_id`,
            fqid: sql `excluded.fqid`,
        },
    })
        .returning({ messageCount: dmConversations.messageCount })
        .prepare("append_dm")
        .execute();
    if (!row)
        throw new Error("dm upsert returned no row");
    return row.messageCount;
}
//# sourceMappingURL=append.js.map
/**
 * - room: room_id = target.room_id
 * - thread: thread_id = target.thread_id and room_id = the thread's stored room
 *   (a later message naming another room cannot move it, and room-filtered
 *   artifact queries find the thread's artifacts under its real room)
 * - dm: dm_id = target.dm_id
 * Any other kind fills nothing, so stray target fields never reach a foreign key.
 */
export function messageColumns(message, thread) {
    const target = message.target;
    const none = { roomId: null, threadId: null, parentMessageId: null, dmId: null };
    switch (target.kind) {
        case "room":
            return { ...none, roomId: target.room_id || null };
        case "thread":
            return {
                ...none,
                roomId: thread?.roomId || target.room_id || null,
                threadId: target.thread_id || null,
                parentMessageId: target.parent_message_id || null,
            };
        case "dm":
            return { ...none, dmId: target.dm_id || null };
        default:
            return none;
    }
}
/** The artifact rows of a message share its conversation columns. */
export function artifactColumns(columns) {
    return { roomId: columns.roomId, threadId: columns.threadId, dmId: columns.dmId };
}
//# sourceMappingURL=columns.js.map
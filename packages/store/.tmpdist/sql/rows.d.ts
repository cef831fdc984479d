import { readStoredTime, type Timestamp } from "../time.js";
import type { Artifact, Message } from "../types.js";
/** How a dialect writes and reads time columns. */
export interface TimeCodec {
    write(ts: Timestamp): string;
    read(stored: string): Timestamp;
}
export interface MessageRow {
    id: string;
    networkId: string;
    targetKind: string;
    roomId: string | null;
    threadId: string | null;
    parentMessageId: string | null;
    dmId: string | null;
    targetJson: string;
    fromJson: string;
    partsJson: string;
    mentionsJson: string;
    createdAt: string;
    originJson: string;
}
/**
 * The id columns are filled by conversation kind only (the reference filled
 * them from any target field, so a stray `dm_id` on a room message broke the
 * foreign key with a 500). A thread message's room column holds the thread's
 * room so room-filtered artifact and history queries find it.
 */
export interface MessageColumns {
    roomId: string | null;
    threadId: string | null;
    parentMessageId: string | null;
    dmId: string | null;
}
export declare function messageToRow(message: Message, columns: MessageColumns, time: TimeCodec): MessageRow;
/** Null when a JSON column cannot be decoded: the row is skipped, as the reference skips it. */
export declare function rowToMessage(row: MessageRow, time: TimeCodec): Message | null;
export interface ArtifactRow {
    id: string;
    networkId: string;
    fqid: string;
    messageId: string;
    targetKind: string;
    roomId: string | null;
    threadId: string | null;
    dmId: string | null;
    targetJson: string;
    partIndex: number;
    kind: string;
    mediaType: string | null;
    filename: string | null;
    url: string | null;
    createdAt: string;
}
export declare function artifactToRow(artifact: Artifact, columns: Omit<MessageColumns, "parentMessageId">, time: TimeCodec): ArtifactRow;
export declare function rowToArtifact(row: ArtifactRow, time: TimeCodec): Artifact | null;
export { readStoredTime };

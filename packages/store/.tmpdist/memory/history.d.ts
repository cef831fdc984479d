import type { Artifact, Message } from "../types.js";
export interface MessageEntry {
    readonly id: string;
    /** timeKey(created_at): fixed width, so string order is time order. */
    readonly key: string;
    /** The wire JSON of the message (Go key order and escaping). */
    readonly json: string;
}
/** One artifact: a part of a stored message. Artifacts are derived, never copied. */
export interface ArtifactRef {
    readonly entry: MessageEntry;
    readonly part: number;
}
/** Inserts in (created_at, id) order; normally an append, found without searching. */
export declare function insertEntry(list: MessageEntry[], entry: MessageEntry): void;
/** Index of `entry` in `list`, or -1 when it belongs to another list. */
export declare function entryPosition(list: readonly MessageEntry[], entry: MessageEntry): number;
/** Artifact order: (created_at, message id, part index), so one message's artifacts keep part order. */
export declare function insertArtifact(list: ArtifactRef[], ref: ArtifactRef): void;
export declare function artifactPosition(list: readonly ArtifactRef[], entry: MessageEntry, part: number): number;
/** `art_<message id>_<part index>` split back into its message id and part; null when not of that shape. */
export declare function parseArtifactId(id: string): {
    messageId: string;
    part: number;
} | null;
export declare function readMessage(entry: MessageEntry): Message;
/** The artifacts of a page, decoding each message once. */
export declare function readArtifacts(refs: readonly ArtifactRef[]): Artifact[];

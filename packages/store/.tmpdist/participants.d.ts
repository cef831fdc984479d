import type { Message } from "./types.js";
/** The sender's DM participant id: `<net>:<id>` for a remote sender, else the plain id. */
export declare function senderParticipantId(message: Message): string;
/** The DM's participants contributed by one message: target ids plus the sender, trimmed, unique, sorted. */
export declare function messageParticipants(message: Message): string[];
/** Sorts strings by UTF-8 bytes (Go's string order), not UTF-16 code units. */
export declare function sortBytewise(values: string[]): string[];
export declare function compareBytewise(a: string, b: string): number;

import type { Actor, AgentRegistration, Artifact, DirectConversation, Message, MessageOrigin, Part, Room, Target, Thread } from "./types.js";
/** JSON.stringify, then the escapes Go applies (`<`, `>`, `&`, U+2028, U+2029). Only string contents can hold these characters, so a global replace is safe. */
export declare function goStringify(value: unknown): string;
type Wire = Record<string, unknown>;
export declare function wireTarget(t: Target): Wire;
export declare function wireActor(a: Actor): Wire;
export declare function wirePart(p: Part): Wire;
export declare function wireOrigin(o: MessageOrigin): Wire;
export declare function wireMessage(m: Message): Wire;
export declare function wireRoom(r: Room, access?: {
    can_read: boolean;
    can_write: boolean;
    reason?: string;
}): Wire;
export declare function wireThread(t: Thread): Wire;
export declare function wireDirectConversation(d: DirectConversation): Wire;
export declare function wireArtifact(a: Artifact): Wire;
/** The API view of a registration: never the credential key. */
export declare function wireRegistration(r: AgentRegistration, agentToken?: string): Wire;
/** Go encodes map keys sorted; `data` objects are maps. */
export declare function sortKeysDeep(value: unknown): any;
export {};

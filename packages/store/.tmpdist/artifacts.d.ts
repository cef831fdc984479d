import type { Artifact, Message, Part } from "./types.js";
/** A part is an artifact when it is not plain text, or carries a url, filename or media type. */
export declare function isArtifactPart(part: Part): boolean;
export declare function artifactId(messageId: string, partIndex: number): string;
/** The artifacts a message yields, in part order. Text and data are not copied. */
export declare function extractArtifacts(message: Message): Artifact[];

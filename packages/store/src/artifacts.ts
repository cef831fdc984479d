import { artifactFqid } from "./fqid.js";
import type { Artifact, Message, Part } from "./types.js";

/** A part is an artifact when it is not plain text, or carries a url, filename or media type. */
export function isArtifactPart(part: Part): boolean {
  return part.kind !== "text" || !!part.url || !!part.filename || !!part.media_type;
}

export function artifactId(messageId: string, partIndex: number): string {
  return `art_${messageId}_${partIndex}`;
}

/** The artifacts a message yields, in part order. Text and data are not copied. */
export function extractArtifacts(message: Message): Artifact[] {
  const out: Artifact[] = [];
  message.parts.forEach((part, index) => {
    if (!isArtifactPart(part)) return;
    const id = artifactId(message.id, index);
    const artifact: Artifact = {
      id,
      network_id: message.network_id,
      fqid: message.network_id ? artifactFqid(message.network_id, id) : "",
      message_id: message.id,
      target: message.target,
      part_index: index,
      kind: part.kind,
      created_at: message.created_at,
    };
    if (part.media_type) artifact.media_type = part.media_type;
    if (part.filename) artifact.filename = part.filename;
    if (part.url) artifact.url = part.url;
    out.push(artifact);
  });
  return out;
}

// Encoding of domain records into the reference's SQL row layout and back,
// shared by the SQLite and Postgres adapters. JSON columns are written as Go's
// encoding/json would write them, so the reference can read our rows.
import { goStringify, wireActor, wireOrigin, wirePart, wireTarget } from "../wire.js";
import { readStoredTime, type Timestamp } from "../time.js";
import type { Artifact, Message, Target } from "../types.js";
import { MessageDecoder } from "./message-decoder.js";

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

export function messageToRow(message: Message, columns: MessageColumns, time: TimeCodec): MessageRow {
  return {
    id: message.id,
    networkId: message.network_id,
    targetKind: message.target.kind,
    ...columns,
    targetJson: goStringify(wireTarget(message.target)),
    fromJson: goStringify(wireActor(message.from)),
    partsJson: goStringify(message.parts.map(wirePart)),
    mentionsJson: message.mentions && message.mentions.length > 0 ? goStringify(message.mentions) : "null",
    createdAt: time.write(message.created_at),
    originJson: goStringify(wireOrigin(message.origin)),
  };
}

/** Null when a JSON column cannot be decoded: the row is skipped, as the reference skips it. */
export function rowToMessage(row: MessageRow, time: TimeCodec): Message | null {
  return new MessageDecoder(time).decode(
    row.id,
    row.networkId,
    row.targetJson,
    row.fromJson,
    row.partsJson,
    row.mentionsJson,
    row.createdAt,
    row.originJson,
  );
}

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

export function artifactToRow(
  artifact: Artifact,
  columns: Omit<MessageColumns, "parentMessageId">,
  time: TimeCodec,
): ArtifactRow {
  return {
    id: artifact.id,
    networkId: artifact.network_id,
    fqid: artifact.fqid,
    messageId: artifact.message_id,
    targetKind: artifact.target.kind,
    ...columns,
    targetJson: goStringify(wireTarget(artifact.target)),
    partIndex: artifact.part_index,
    kind: artifact.kind,
    // The reference writes '' rather than NULL for these three.
    mediaType: artifact.media_type ?? "",
    filename: artifact.filename ?? "",
    url: artifact.url ?? "",
    createdAt: time.write(artifact.created_at),
  };
}

export function rowToArtifact(row: ArtifactRow, time: TimeCodec): Artifact | null {
  let target: Target;
  try {
    target = JSON.parse(row.targetJson) as Target;
    if (!target || typeof target !== "object") return null;
  } catch {
    return null;
  }
  const artifact: Artifact = {
    id: row.id,
    network_id: row.networkId,
    fqid: row.fqid,
    message_id: row.messageId,
    target,
    part_index: row.partIndex,
    kind: row.kind,
    created_at: time.read(row.createdAt),
  };
  if (row.mediaType) artifact.media_type = row.mediaType;
  if (row.filename) artifact.filename = row.filename;
  if (row.url) artifact.url = row.url;
  return artifact;
}

export { readStoredTime };

// The stored form of a message and the ordered lists built from it.
//
// A message is kept once, as the Go-compatible JSON text the reference would
// write (`goStringify(wireMessage(m))`), inside a small entry with its sort key.
// Every index (the global id map, its conversation list, the artifact lists)
// shares that one entry, so memory per message stays close to its JSON size;
// reads parse the text, which also hands callers a fresh copy they may mutate;
// and the JSON snapshot writer concatenates the texts without re-encoding.
import { artifactId, extractArtifacts } from "../artifacts.js";
import type { Artifact, Message } from "../types.js";
import { lowerBound } from "./sorted-ids.js";

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

/** History order: (created_at, id). Message ids are ASCII by validation, so `<` is bytewise. */
function entryBefore(a: MessageEntry, b: MessageEntry): boolean {
  return a.key < b.key || (a.key === b.key && a.id < b.id);
}

function refBefore(a: ArtifactRef, entry: MessageEntry, part: number): boolean {
  if (a.entry === entry) return a.part < part;
  return entryBefore(a.entry, entry);
}

/** Inserts in (created_at, id) order; normally an append, found without searching. */
export function insertEntry(list: MessageEntry[], entry: MessageEntry): void {
  const last = list[list.length - 1];
  if (last === undefined || entryBefore(last, entry)) {
    list.push(entry);
    return;
  }
  list.splice(
    lowerBound(list, (item) => entryBefore(item, entry)),
    0,
    entry,
  );
}

/** Index of `entry` in `list`, or -1 when it belongs to another list. */
export function entryPosition(list: readonly MessageEntry[], entry: MessageEntry): number {
  const at = lowerBound(list, (item) => entryBefore(item, entry));
  return list[at] === entry ? at : -1;
}

/** Artifact order: (created_at, message id, part index), so one message's artifacts keep part order. */
export function insertArtifact(list: ArtifactRef[], ref: ArtifactRef): void {
  const last = list[list.length - 1];
  if (last === undefined || refBefore(last, ref.entry, ref.part)) {
    list.push(ref);
    return;
  }
  list.splice(
    lowerBound(list, (item) => refBefore(item, ref.entry, ref.part)),
    0,
    ref,
  );
}

export function artifactPosition(list: readonly ArtifactRef[], entry: MessageEntry, part: number): number {
  const at = lowerBound(list, (item) => refBefore(item, entry, part));
  const found = list[at];
  return found !== undefined && found.entry === entry && found.part === part ? at : -1;
}

/** `art_<message id>_<part index>` split back into its message id and part; null when not of that shape. */
export function parseArtifactId(id: string): { messageId: string; part: number } | null {
  const cut = id.lastIndexOf("_");
  if (!id.startsWith("art_") || cut <= 4) return null;
  const part = Number(id.slice(cut + 1));
  if (!Number.isSafeInteger(part) || part < 0) return null;
  const messageId = id.slice(4, cut);
  // Reject spellings like `_01` that name the same part differently.
  return artifactId(messageId, part) === id ? { messageId, part } : null;
}

export function readMessage(entry: MessageEntry): Message {
  return JSON.parse(entry.json) as Message;
}

/** The artifacts of a page, decoding each message once. */
export function readArtifacts(refs: readonly ArtifactRef[]): Artifact[] {
  const out: Artifact[] = [];
  let lastEntry: MessageEntry | null = null;
  let lastArtifacts: Artifact[] = [];
  for (const ref of refs) {
    if (ref.entry !== lastEntry) {
      lastEntry = ref.entry;
      lastArtifacts = extractArtifacts(readMessage(ref.entry));
    }
    const artifact = lastArtifacts.find((a) => a.part_index === ref.part);
    if (artifact) out.push(artifact);
  }
  return out;
}

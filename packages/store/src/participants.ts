import type { Message } from "./types.js";

/** The sender's DM participant id: `<net>:<id>` for a remote sender, else the plain id. */
function senderParticipantId(message: Message): string {
  const from = message.from;
  const net = from.network_id?.trim() ?? "";
  return net && net !== message.network_id ? `${net}:${from.id.trim()}` : from.id.trim();
}

/** The DM's participants contributed by one message: target ids plus the sender, trimmed, unique, sorted. */
export function messageParticipants(message: Message): string[] {
  const ids = new Set<string>();
  for (const raw of message.target.participant_ids ?? []) {
    const id = raw.trim();
    if (id) ids.add(id);
  }
  ids.add(senderParticipantId(message));
  return sortBytewise([...ids]);
}

/** Sorts strings by UTF-8 bytes (Go's string order), not UTF-16 code units. */
export function sortBytewise(values: string[]): string[] {
  return values.sort(compareBytewise);
}

export function compareBytewise(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-16 order equals UTF-8 byte order except around surrogates; only pay for
  // the exact comparison when a surrogate is present.
  if (!/[\ud800-\udfff]/.test(a + b)) return a < b ? -1 : 1;
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

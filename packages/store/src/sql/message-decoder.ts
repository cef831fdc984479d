// Message rows (the reference's layout) back into messages. The result is the
// same as decoding each column with JSON.parse would give (see message-json.ts
// and parse-once.ts for how it gets there faster), fully built: nothing is
// decoded lazily.
import type { Actor, Message, Target } from "../types.js";
import { readMentions, readOrigin, readParts } from "./message-json.js";
import { ParseOnce } from "./parse-once.js";
import type { TimeCodec } from "./rows.js";

/** Any JSON object (arrays included, as the reference accepted them); null makes the row unreadable. */
function readTarget(text: unknown): Target | null {
  const target = JSON.parse(text as string) as unknown;
  return target && typeof target === "object" ? (target as Target) : null;
}

/** As readTarget; a missing type or id reads as "". */
function readActor(text: unknown): Actor | null {
  const from = JSON.parse(text as string) as Partial<Actor> | null;
  if (!from || typeof from !== "object") return null;
  return { ...from, type: from.type ?? "", id: from.id ?? "" };
}

/**
 * Decodes the rows of one page (or any batch): a target or sender text seen
 * before in the batch is copied rather than parsed again. Keep one per batch,
 * so what it remembers lives no longer than the batch.
 */
export class MessageDecoder {
  readonly #targets = new ParseOnce(readTarget);
  readonly #senders = new ParseOnce(readActor);

  constructor(private readonly time: TimeCodec) {}

  /** Null when a JSON column cannot be decoded: the row is skipped, as the reference skips it. */
  decode(
    id: unknown,
    networkId: unknown,
    targetJson: unknown,
    fromJson: unknown,
    partsJson: unknown,
    mentionsJson: unknown,
    createdAt: unknown,
    originJson: unknown,
  ): Message | null {
    try {
      const target = this.#targets.get(targetJson);
      if (target === null) return null;
      const from = this.#senders.get(fromJson);
      if (from === null) return null;
      const parts = readParts(partsJson);
      const mentions = readMentions(mentionsJson);
      const message: Message = {
        id: id as string,
        network_id: networkId as string,
        origin: readOrigin(originJson),
        target,
        from,
        parts,
        created_at: this.time.read(createdAt as string),
      };
      if (mentions !== undefined) message.mentions = mentions;
      return message;
    } catch {
      return null;
    }
  }
}

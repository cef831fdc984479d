// Decoded messages kept between history reads, for the SQL backends. A
// stored message never changes (no statement updates or deletes a message
// row), so a page can be read as ids only from the conversation's index,
// and the messages it already decoded taken from here:
// the full rows are fetched, by id, only for the ones it has not seen. With
// the page's encoded form cached by the HTTP layer per message object, a
// warm history page costs an index range and a join of strings (issue 12).
//
// Messages are frozen: every reader shares them, and a reader that tried to
// change one would fail loudly.
//
// Bounded by an estimate of the memory held (the row's text, twice for
// UTF-16, plus the decoded object and its encoding); the oldest cached entry
// goes first.
import type { Message } from "../types.js";
import { deepFreeze } from "../freeze.js";

/** About 32 MiB of cached messages by default. */
const DEFAULT_BUDGET = 32 * 1024 * 1024;
/** The objects around the text: the message, its target, actor, parts and origin. */
const OVERHEAD = 1024;

interface Entry {
  message: Message;
  weight: number;
}

export class MessageCache {
  readonly #entries = new Map<string, Entry>();
  #weight = 0;

  constructor(private readonly budget = DEFAULT_BUDGET) {}

  get(id: string): Message | undefined {
    return this.#entries.get(id)?.message;
  }

  /** Caches a decoded message (frozen) read from `row`, whose text columns size it; returns it. */
  put(id: string, message: Message, row: readonly unknown[]): Message {
    let text = 0;
    for (const value of row) if (typeof value === "string") text += value.length;
    // The row's text twice (UTF-16 strings) for the decoded copy, once more for its encoding.
    const weight = text * 4 + OVERHEAD;
    if (weight > this.budget / 16) return message; // a huge message would push out many pages' worth
    const old = this.#entries.get(id);
    if (old) {
      this.#weight -= old.weight;
      this.#entries.delete(id);
    }
    const frozen = deepFreeze(message);
    this.#entries.set(id, { message: frozen, weight });
    this.#weight += weight;
    for (const [oldest, entry] of this.#entries) {
      if (this.#weight <= this.budget) break;
      this.#entries.delete(oldest);
      this.#weight -= entry.weight;
    }
    return frozen;
  }

  /** Entries held (tests). */
  get size(): number {
    return this.#entries.size;
  }
}

/**
 * A page of ids turned into messages: cached ones as they are, the others
 * decoded from `rows` (fetched by id) and cached. An id whose row is missing
 * or cannot be decoded is left out (`skipped` hears of it), as a page skips
 * undecodable rows.
 */
export function messagesFor(
  ids: readonly string[],
  cache: MessageCache,
  rows: ReadonlyMap<string, readonly unknown[]>,
  decode: (row: readonly unknown[]) => Message | null,
  skipped: (id: string) => void,
): Message[] {
  const out: Message[] = [];
  for (const id of ids) {
    const cached = cache.get(id);
    if (cached) {
      out.push(cached);
      continue;
    }
    const row = rows.get(id);
    const message = row ? decode(row) : null;
    if (!row || !message) {
      skipped(id);
      continue;
    }
    out.push(cache.put(id, message, row));
  }
  return out;
}

/** The ids the cache cannot answer. */
export function uncachedIds(ids: readonly string[], cache: MessageCache): string[] {
  return ids.filter((id) => cache.get(id) === undefined);
}

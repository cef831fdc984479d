// The message row decoding spelled the plain way, every JSON column through
// JSON.parse: what rowToMessage did before its fast paths, kept as the oracle
// the decoder must agree with on every row (values, key order, failures).
import { expect } from "vitest";
import type { TimeCodec } from "../../src/sql/rows.js";
import type { Actor, Message, MessageOrigin, Part, Target } from "../../src/types.js";

/** A message row's columns as a driver may hand them over (text, or anything else a loose database holds). */
export interface LooseRow {
  id: unknown;
  networkId: unknown;
  targetJson: unknown;
  fromJson: unknown;
  partsJson: unknown;
  mentionsJson: unknown;
  createdAt: unknown;
  originJson: unknown;
}

export function plainRowToMessage(row: LooseRow, time: TimeCodec): Message | null {
  try {
    const target = JSON.parse(row.targetJson as string) as Target;
    const from = JSON.parse(row.fromJson as string) as Actor;
    const parts = JSON.parse(row.partsJson as string) as Part[] | null;
    const mentions = JSON.parse(row.mentionsJson as string) as string[] | null;
    const origin = (JSON.parse((row.originJson as string) || "{}") ?? {}) as Partial<MessageOrigin>;
    if (!target || typeof target !== "object" || !from || typeof from !== "object") return null;
    const message: Message = {
      id: row.id as string,
      network_id: row.networkId as string,
      origin: { network_id: origin.network_id ?? "", message_id: origin.message_id ?? "" },
      target,
      from: { ...from, type: from.type ?? "", id: from.id ?? "" },
      parts: Array.isArray(parts) ? parts : [],
      created_at: time.read(row.createdAt as string),
    };
    if (Array.isArray(mentions) && mentions.length > 0) message.mentions = mentions;
    return message;
  } catch {
    return null;
  }
}

/**
 * Own keys in order, with every value spelled out, at every depth; plain data
 * only: a getter, a class instance or a symbol key fails the comparison.
 */
function layout(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) return { notPlain: String(proto) };
  return {
    array: Array.isArray(value),
    fields: Reflect.ownKeys(value).map((key) => {
      const d = Object.getOwnPropertyDescriptor(value, key)!;
      return [String(key), "value" in d ? layout(d.value) : "accessor", d.enumerable];
    }),
  };
}

/** Equal values with the same keys in the same order, as plain data (so the JSON the API writes is the same too). */
export function expectSameMessage(actual: Message | null, expected: Message | null, what = ""): void {
  expect(layout(actual), what).toEqual(layout(expected));
}

function objectsOf(value: unknown, into: Set<object>): void {
  if (value === null || typeof value !== "object") return;
  into.add(value);
  for (const key of Reflect.ownKeys(value)) objectsOf((value as Record<PropertyKey, unknown>)[key], into);
}

/** No object is reachable from two messages: changing one message never changes another. */
export function expectNothingShared(messages: readonly (Message | null)[]): void {
  const seen = new Set<object>();
  for (const [i, message] of messages.entries()) {
    const mine = new Set<object>();
    objectsOf(message, mine);
    for (const object of mine)
      expect(seen.has(object), `message ${i} shares an object with an earlier one`).toBe(false);
    for (const object of mine) seen.add(object);
  }
}

// The columns a message page selects, in a fixed order, so its rows can be
// read from the driver as arrays and decoded by position: Drizzle's own
// mapping of rows into objects (a generic loop over column decoders) cost 1 to
// 1.5 µs a row, more than decoding the message itself now does. The list is
// every column of the table, in table order, so the SQL is what Drizzle's
// `select()` renders (and what the benchmark's raw baseline runs).
import type { Column } from "drizzle-orm";
import type { Message } from "../types.js";
import type { MessageDecoder } from "./message-decoder.js";
import type { MessageRow } from "./rows.js";

/** Every column of a message row, in table order (also the Postgres append's insert list). */
export const MESSAGE_FIELDS = [
  "id",
  "networkId",
  "targetKind",
  "roomId",
  "threadId",
  "parentMessageId",
  "dmId",
  "targetJson",
  "fromJson",
  "partsJson",
  "mentionsJson",
  "createdAt",
  "originJson",
] as const satisfies readonly (keyof MessageRow)[];

const FIELDS = MESSAGE_FIELDS;
type Field = (typeof FIELDS)[number];

/** A message row as the driver returns it in array mode, columns in FIELDS order. */
export type MessageTuple = readonly unknown[];

/** The select list for `table` (either dialect's messages table); Drizzle renders fields in key order. */
export function messageSelection<T extends Record<Field, Column>>(table: T): Pick<T, Field> {
  const selection = {} as Pick<T, Field>;
  for (const field of FIELDS) selection[field] = table[field];
  return selection;
}

const at = (field: Field): number => FIELDS.indexOf(field);
const ID = at("id");
const NETWORK_ID = at("networkId");
const TARGET_JSON = at("targetJson");
const FROM_JSON = at("fromJson");
const PARTS_JSON = at("partsJson");
const MENTIONS_JSON = at("mentionsJson");
const CREATED_AT = at("createdAt");
const ORIGIN_JSON = at("originJson");

export function messageTupleId(row: MessageTuple): unknown {
  return row[ID];
}

export function decodeMessageTuple(decoder: MessageDecoder, row: MessageTuple): Message | null {
  return decoder.decode(
    row[ID],
    row[NETWORK_ID],
    row[TARGET_JSON],
    row[FROM_JSON],
    row[PARTS_JSON],
    row[MENTIONS_JSON],
    row[CREATED_AT],
    row[ORIGIN_JSON],
  );
}

// Reading a message row's origin, parts and mentions columns. A history page
// decodes these for every row, and JSON.parse of such small documents cost
// more than the rest of the page's client work. The spellings the store
// writes for most messages (Go-style JSON without whitespace: an origin, one
// text part, no mentions) are matched by one anchored regular expression each,
// which reads them three to four times faster than JSON.parse; anything else
// goes to JSON.parse.
//
// A fast path accepts only text whose JSON.parse result it can build exactly:
// keys spelled and ordered as written, string values made of characters
// JSON.parse reads as they are (anything but the quote, the backslash that
// starts an escape, and the control characters that make the text invalid).
// Whatever it declines, including text that is not JSON, reaches the parser,
// so results and failures stay the parser's.
import type { MessageOrigin, Part } from "../types.js";

// The values are cut out by position (these are the lengths of the fixed text
// around them) rather than captured: test() allocates no match array, and a
// page decodes two of these per row.
const ORIGIN = /^\{"network_id":"[^"\\\x00-\x1f]*","message_id":"[^"\\\x00-\x1f]*"\}$/;
const ORIGIN_HEAD = '{"network_id":"'.length;
const ORIGIN_MIDDLE = '","message_id":"'.length;
const ORIGIN_TAIL = '"}'.length;
const ONE_TEXT_PART = /^\[\{"kind":"text","text":"[^"\\\x00-\x1f]*"\}\]$/;
const ONE_TEXT_PART_HEAD = '[{"kind":"text","text":"'.length;
const ONE_TEXT_PART_TAIL = '"}]'.length;

/** The origin, with absent fields (rows from before the reference's migration 2 hold `{}`) read as "". */
export function readOrigin(text: unknown): MessageOrigin {
  if (typeof text === "string") {
    if (text === "{}" || text === "") return { network_id: "", message_id: "" };
    if (ORIGIN.test(text)) {
      // The first quote after the head closes network_id: the pattern allows none inside.
      const networkEnd = text.indexOf('"', ORIGIN_HEAD);
      return {
        network_id: text.slice(ORIGIN_HEAD, networkEnd),
        message_id: text.slice(networkEnd + ORIGIN_MIDDLE, text.length - ORIGIN_TAIL),
      };
    }
  }
  // As loose as the reference: JSON null or no text is an empty origin, other values are taken as they are.
  const origin = (JSON.parse((text as string) || "{}") ?? {}) as Partial<MessageOrigin>;
  return { network_id: origin.network_id ?? "", message_id: origin.message_id ?? "" };
}

/** The parts; anything but a JSON array reads as none. */
export function readParts(text: unknown): Part[] {
  // Most messages are one plain text part.
  if (typeof text === "string" && ONE_TEXT_PART.test(text)) {
    return [{ kind: "text", text: text.slice(ONE_TEXT_PART_HEAD, text.length - ONE_TEXT_PART_TAIL) }];
  }
  const parts = JSON.parse(text as string) as unknown;
  return Array.isArray(parts) ? (parts as Part[]) : [];
}

/** The mentions, or undefined for none: the column holds `null` (Go's empty slice) on most rows. */
export function readMentions(text: unknown): string[] | undefined {
  if (text === "null") return undefined;
  const mentions = JSON.parse(text as string) as unknown;
  return Array.isArray(mentions) && mentions.length > 0 ? (mentions as string[]) : undefined;
}

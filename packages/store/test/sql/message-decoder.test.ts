// The message decoder (fast paths for the spellings the store writes, target
// and sender parsed once per page) gives exactly what decoding every column
// with JSON.parse gives: the same values with keys in the same order, null for
// the same rows, and nothing shared between the messages of a page.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { MessageDecoder } from "../../src/sql/message-decoder.js";
import { rowToMessage, type MessageRow, type TimeCodec } from "../../src/sql/rows.js";
import { readStoredTime, timeKey, type Timestamp } from "../../src/time.js";
import type { Message } from "../../src/types.js";
import { expectNothingShared, expectSameMessage, plainRowToMessage, type LooseRow } from "./plain-decode.js";

const time: TimeCodec = { write: (ts: Timestamp) => timeKey(ts), read: (stored: string) => readStoredTime(stored) };

const base: LooseRow = {
  id: "m1",
  networkId: "local",
  targetJson: `{"kind":"room","room_id":"general"}`,
  fromJson: `{"type":"agent","id":"alpha","network_id":"local","fqid":"molt://local/agents/alpha"}`,
  partsJson: `[{"kind":"text","text":"hello"}]`,
  mentionsJson: "null",
  createdAt: "2026-04-01T09:00:00.500000000Z",
  originJson: `{"network_id":"local","message_id":"m1"}`,
};

function decodeAll(rows: readonly LooseRow[]): (Message | null)[] {
  const decoder = new MessageDecoder(time);
  return rows.map((r) =>
    decoder.decode(r.id, r.networkId, r.targetJson, r.fromJson, r.partsJson, r.mentionsJson, r.createdAt, r.originJson),
  );
}

/** One row alone, through rowToMessage, and in a batch after itself (so the second decode comes from what the first remembered). */
function expectAsPlain(row: LooseRow, what: string): void {
  const expected = plainRowToMessage(row, time);
  expectSameMessage(rowToMessage(row as unknown as MessageRow, time), expected, `${what} (rowToMessage)`);
  const twice = decodeAll([row, row]);
  expectSameMessage(twice[0]!, expected, `${what} (first in a batch)`);
  expectSameMessage(twice[1]!, expected, `${what} (repeated in a batch)`);
  expectNothingShared(twice);
}

// Odd rows: the reference's own quirks, hand-edited rows, other JSON spellings.
const ODD: [string, Partial<LooseRow>][] = [
  ["the store's own spelling", {}],
  ["mentions null (Go's empty slice)", { mentionsJson: "null" }],
  ["mentions empty", { mentionsJson: "[]" }],
  ["mentions present", { mentionsJson: `["molt://local/agents/alpha"]` }],
  ["mentions not an array", { mentionsJson: `{"a":1}` }],
  ["mentions empty text", { mentionsJson: "" }],
  ["origin {} (rows from before the reference's migration 2)", { originJson: "{}" }],
  ["origin empty text", { originJson: "" }],
  ["origin null", { originJson: "null" }],
  ["origin a number", { originJson: "5" }],
  ["origin a string", { originJson: `"x"` }],
  ["origin half", { originJson: `{"network_id":"local"}` }],
  ["origin keys swapped", { originJson: `{"message_id":"m1","network_id":"local"}` }],
  ["origin with spaces", { originJson: `{ "network_id": "local", "message_id": "m1" }` }],
  ["origin with escapes", { originJson: `{"network_id":"lo\\u0063al","message_id":"m\\"1"}` }],
  ["origin with an extra key", { originJson: `{"network_id":"local","message_id":"m1","x":1}` }],
  ["origin values not strings", { originJson: `{"network_id":5,"message_id":null}` }],
  ["origin with a raw control character", { originJson: `{"network_id":"lo\tcal","message_id":"m1"}` }],
  ["origin cut short", { originJson: `{"network_id":"local","message_id":"m1"` }],
  ["origin with trailing text", { originJson: `{"network_id":"local","message_id":"m1"}x` }],
  ["origin with a trailing newline", { originJson: `{"network_id":"local","message_id":"m1"}\n` }],
  ["origin __proto__", { originJson: `{"__proto__":{"network_id":"evil"}}` }],
  ["from without type", { fromJson: `{"id":"alpha"}` }],
  ["from {}", { fromJson: "{}" }],
  ["from type null", { fromJson: `{"type":null,"id":"alpha"}` }],
  ["from id first", { fromJson: `{"id":"alpha","type":"agent"}` }],
  ["from an array", { fromJson: `["alpha"]` }],
  ["from nested", { fromJson: `{"type":"agent","id":"a","meta":{"k":[1,{"x":2}]}}` }],
  ["from with an array of primitives", { fromJson: `{"type":"agent","id":"a","tags":["x",1,null]}` }],
  ["from __proto__", { fromJson: `{"__proto__":{"type":"x"},"id":"p"}` }],
  ["from __proto__ array", { fromJson: `{"__proto__":["x"],"id":"p"}` }],
  ["from with numeric keys", { fromJson: `{"2":"b","type":"agent","1":"a","id":"x"}` }],
  ["from duplicate keys", { fromJson: `{"id":"a","type":"agent","id":"b"}` }],
  ["from a string", { fromJson: `"alpha"` }],
  ["from null", { fromJson: "null" }],
  ["from broken", { fromJson: `{"type":` }],
  ["target an array", { targetJson: "[]" }],
  ["target null", { targetJson: "null" }],
  ["target a number", { targetJson: "7" }],
  ["target with participants", { targetJson: `{"kind":"dm","dm_id":"d1","participant_ids":["alpha","beta"]}` }],
  ["target nested", { targetJson: `{"kind":"room","room_id":"general","x":{"y":[]}}` }],
  ["target __proto__", { targetJson: `{"__proto__":{"kind":"dm"},"kind":"room"}` }],
  ["target broken", { targetJson: `{"kind":"room"` }],
  ["parts null", { partsJson: "null" }],
  ["parts an object", { partsJson: `{"kind":"text"}` }],
  ["parts empty", { partsJson: "[]" }],
  ["parts with escapes", { partsJson: `[{"kind":"text","text":"a \\u003cb\\u003e \\"q\\" \\\\"}]` }],
  ["parts with a raw tab", { partsJson: `[{"kind":"text","text":"a\tb"}]` }],
  ["parts with a raw newline", { partsJson: `[{"kind":"text","text":"a\nb"}]` }],
  ["parts with DEL and non-ASCII", { partsJson: `[{"kind":"text","text":"\u007f é 😀 \u2028"}]` }],
  ["parts with a lone surrogate", { partsJson: `[{"kind":"text","text":"\ud800"}]` }],
  ["parts empty text", { partsJson: `[{"kind":"text","text":""}]` }],
  ["parts two", { partsJson: `[{"kind":"text","text":"a"},{"kind":"text","text":"b"}]` }],
  ["parts keys swapped", { partsJson: `[{"text":"a","kind":"text"}]` }],
  ["parts other kind", { partsJson: `[{"kind":"file","text":"a"}]` }],
  ["parts with spaces", { partsJson: `[ {"kind":"text","text":"a"} ]` }],
  ["parts with trailing text", { partsJson: `[{"kind":"text","text":"a"}]]` }],
  ["parts with an embedded end", { partsJson: `[{"kind":"text","text":"a"}]"}]` }],
  ["parts broken", { partsJson: "[{broken" }],
  ["parts empty text column", { partsJson: "" }],
  ["created_at trimmed (reference)", { createdAt: "2026-04-01T09:00:00.5Z" }],
  ["created_at Postgres' spelling", { createdAt: "2026-04-01 09:00:00.5+00" }],
  ["created_at unreadable", { createdAt: "yesterday" }],
  ["created_at empty", { createdAt: "" }],
  ["columns as a driver's null", { originJson: null, partsJson: null, mentionsJson: null }],
  ["target as a driver's null", { targetJson: null }],
  [
    "columns as bytes",
    {
      targetJson: Buffer.from(`{"kind":"room"}`),
      fromJson: Buffer.from(`{"id":"b"}`),
      partsJson: Buffer.from("[]"),
      originJson: Buffer.from("{}"),
    },
  ],
  ["columns as numbers", { partsJson: 5, mentionsJson: 0, originJson: 0 }],
  ["created_at as a number", { createdAt: 5 }],
];

describe("message decoder", () => {
  test.each(ODD)("decode - %s: as JSON.parse of every column", (what, over) => {
    expectAsPlain({ ...base, ...over }, what);
  });

  test("decode - a page whose rows share targets and senders: each message is its own, equal to a plain decode", () => {
    const targets = [
      base.targetJson,
      `{"kind":"dm","dm_id":"d1","participant_ids":["alpha","beta"]}`,
      `{"kind":"room","x":{"y":1}}`,
      "[]",
    ];
    const senders = [
      base.fromJson,
      `{"id":"beta"}`,
      `{"type":"agent","id":"c","tags":["x"]}`,
      `{"type":"agent","id":"d","meta":{"k":1}}`,
      `["e"]`,
    ];
    const rows = Array.from({ length: 60 }, (_, i): LooseRow => ({
      ...base,
      id: `m${i}`,
      targetJson: targets[i % targets.length],
      fromJson: senders[i % senders.length],
      partsJson: `[{"kind":"text","text":"message ${i}"}]`,
      originJson: `{"network_id":"local","message_id":"m${i}"}`,
    }));
    const page = decodeAll(rows);
    rows.forEach((row, i) => expectSameMessage(page[i]!, plainRowToMessage(row, time), `row ${i}`));
    expectNothingShared(page);
    // Changing what one message holds leaves the next copy of the same text untouched.
    const first = page.find((m) => m?.target.kind === "dm")!;
    first.target.participant_ids!.push("mallory");
    first.from.id = "mallory";
    const later = decodeAll(rows).filter((m) => m?.target.kind === "dm");
    expect(later.every((m) => m!.target.participant_ids!.length === 2)).toBe(true);
  });

  test("decode - more distinct senders than a page remembers: still a plain decode", () => {
    const rows = Array.from({ length: 80 }, (_, i): LooseRow => ({
      ...base,
      id: `m${i}`,
      fromJson: `{"type":"agent","id":"a${i % 40}"}`,
    }));
    const page = decodeAll(rows);
    rows.forEach((row, i) => expectSameMessage(page[i]!, plainRowToMessage(row, time), `row ${i}`));
    expectNothingShared(page);
  });
});

// Generated rows: the store's own spellings with arbitrary text spliced in
// (quotes, backslashes, control characters, surrogates), JSON.stringify of
// arbitrary values (including `__proto__` and numeric keys), and arbitrary JSON.
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.constantFrom('"', "\\", "\\u0041", "\\n", "\n", "\t", "\u0000", "\u001f", " ", "}", "]", '"}]', "\ud800"),
);
const key = fc.oneof(
  fc.constantFrom("type", "id", "kind", "name", "network_id", "message_id", "__proto__", "0", "12", "participant_ids"),
  fc.string(),
);
const flatValue = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }),
);
const record = fc
  .oneof(
    fc.array(fc.tuple(key, flatValue), { maxLength: 5 }),
    fc.array(fc.tuple(key, fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }),
  )
  .map((entries) => {
    // Built with JSON.parse so `__proto__` stays an ordinary key, as it is in stored JSON.
    const body = entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(",");
    return `{${body}}`;
  });
const json = fc.oneof(fc.json({ maxDepth: 2 }), fc.constantFrom("", "null", "{}", "[]", "0", '"s"', "{", "[{", " {}"));

const originText = fc.oneof(
  fc.tuple(anyText, anyText).map(([n, m]) => `{"network_id":"${n}","message_id":"${m}"}`),
  fc.tuple(fc.string(), fc.string()).map(([n, m]) => JSON.stringify({ network_id: n, message_id: m })),
  record,
  json,
);
const partsText = fc.oneof(
  anyText.map((t) => `[{"kind":"text","text":"${t}"}]`),
  fc.string().map((t) => JSON.stringify([{ kind: "text", text: t }])),
  fc.array(record, { maxLength: 3 }).map((items) => `[${items.join(",")}]`),
  json,
);
const mentionsText = fc.oneof(
  fc.constant("null"),
  fc.array(fc.string(), { maxLength: 3 }).map((m) => JSON.stringify(m)),
  json,
);
const objectText = fc.oneof(
  record,
  json,
  anyText.map((t) => `{"type":"agent","id":"${t}"}`),
);
const timeText = fc.constantFrom(
  "2026-04-01T09:00:00.500000000Z",
  "2026-04-01 09:00:00.5+00",
  "2026-04-01T09:00:00Z",
  "2026-02-30T09:00:00Z",
  "bad",
  "",
);
const odd = <T>(text: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 8, arbitrary: text },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, 5, Buffer.from(`{"id":"b"}`)) },
  );

const row = fc.record({
  id: fc.string(),
  networkId: fc.string(),
  targetJson: odd(objectText),
  fromJson: odd(objectText),
  partsJson: odd(partsText),
  mentionsJson: odd(mentionsText),
  createdAt: odd(timeText),
  originJson: odd(originText),
});

describe("message decoder - generated rows", () => {
  test("decode - any row decodes as JSON.parse of every column", () => {
    fc.assert(
      fc.property(row, (r) => {
        expectAsPlain(r, "generated row");
      }),
      { numRuns: 3000 },
    );
  });

  test("decode - pages drawing targets and senders from a few texts decode as plain decodes, sharing nothing", () => {
    const page = fc
      .tuple(
        fc.array(objectText, { minLength: 1, maxLength: 4 }),
        fc.array(objectText, { minLength: 1, maxLength: 4 }),
        fc.array(row, { minLength: 1, maxLength: 30 }),
      )
      .chain(([targets, senders, rows]) =>
        fc
          .tuple(fc.array(fc.nat(), { minLength: rows.length, maxLength: rows.length }), fc.constant(rows))
          .map(([picks, rs]) =>
            rs.map((r, i) => ({
              ...r,
              targetJson: targets[picks[i]! % targets.length],
              fromJson: senders[(picks[i]! >> 3) % senders.length],
            })),
          ),
      );
    fc.assert(
      fc.property(page, (rows) => {
        const decoded = decodeAll(rows);
        rows.forEach((r, i) => expectSameMessage(decoded[i]!, plainRowToMessage(r, time), `row ${i}`));
        expectNothingShared(decoded);
      }),
      { numRuns: 500 },
    );
  });
});

// History pages over rows the store would never write (hand-edited, or from
// the reference or older versions) read back exactly as decoding every stored
// column with JSON.parse would give: the SQL backends read pages straight from
// the driver and decode by column position, with fast paths for the store's
// own spellings, so this checks that whole path against the plain decoding of
// the same stored text.
import Database from "better-sqlite3";
import { afterEach, describe, expect, test } from "vitest";
import { pgTime } from "../../src/postgres/rows.js";
import { sqliteTime } from "../../src/sqlite/keyset.js";
import type { TimeCodec } from "../../src/sql/rows.js";
import type { Store } from "../../src/store.js";
import type { Message } from "../../src/types.js";
import { room } from "../fixtures/records.js";
import { openFreshStore, type OpenedStore } from "../postgres/helpers.js";
import { openFresh } from "../sqlite/helpers.js";
import { expectNothingShared, expectSameMessage, plainRowToMessage, type LooseRow } from "./plain-decode.js";

type Columns = Pick<LooseRow, "targetJson" | "fromJson" | "partsJson" | "mentionsJson" | "originJson">;

const ordinary: Columns = {
  targetJson: `{"kind":"room","room_id":"odd"}`,
  fromJson: `{"type":"agent","id":"alpha","network_id":"local","fqid":"molt://local/agents/alpha"}`,
  partsJson: `[{"kind":"text","text":"hi"}]`,
  mentionsJson: "null",
  originJson: `{"network_id":"local","message_id":"x"}`,
};

/** One row each; some appear twice so a page holds repeated target and sender texts. */
const ODD_ROWS: Partial<Columns>[] = [
  {},
  { mentionsJson: "null", originJson: "{}" },
  { originJson: "" },
  { originJson: "null" },
  { originJson: `{"message_id":"m","network_id":"n"}` },
  { originJson: `{ "network_id": "a", "message_id": "b" }` },
  { originJson: `{"network_id":"lo\\u0063al","message_id":"m\\"9"}` },
  { originJson: `{"network_id":5}` },
  { fromJson: `{"id":"alpha"}` },
  { fromJson: "{}" },
  { fromJson: `{"type":null,"id":"alpha"}` },
  { fromJson: `{"type":"agent","id":"x","meta":{"a":[1]}}` },
  { fromJson: `{"__proto__":{"type":"x"},"id":"p"}` },
  { fromJson: `["alpha"]` },
  { fromJson: `{"id":"alpha"}` },
  { partsJson: "null" },
  { partsJson: `{"kind":"text"}` },
  { partsJson: "[]" },
  { partsJson: `[{"kind":"text","text":"a \\u003cb\\u003e \\"q\\""}]` },
  { partsJson: `[{"text":"a","kind":"text"}]` },
  { partsJson: `[{"kind":"text","text":"a"},{"kind":"file","url":"https://f.example/x.pdf"}]` },
  { mentionsJson: "[]" },
  { mentionsJson: `["molt://local/agents/alpha"]` },
  { targetJson: `{"kind":"room","room_id":"odd","participant_ids":["a","b"]}` },
  { targetJson: `{"kind":"room","room_id":"odd","participant_ids":["a","b"]}` },
  { targetJson: `{"kind":"room","room_id":"odd","x":{"y":[]}}` },
  { targetJson: "[]" },
  // Unreadable: skipped.
  { partsJson: `[{"kind":"text","text":"a\tb"}]` },
  { targetJson: "null" },
  { fromJson: `"alpha"` },
  { originJson: `{"network_id":` },
  { mentionsJson: "" },
];

const COLUMNS = `id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at, origin_json`;

/** The rows as stored, oldest first, with created_at as the store's driver reads it. */
type StoredRow = LooseRow;

async function expectPagesAsPlain(store: Store, stored: readonly StoredRow[], time: TimeCodec): Promise<void> {
  const expected = stored.map((row) => plainRowToMessage(row, time)).filter((m): m is Message => m !== null);
  expect(expected.length).toBeLessThan(stored.length); // some rows are unreadable
  expect(expected.length).toBeGreaterThan(20);

  const all = await store.listMessages({ kind: "room", roomId: "odd" }, { limit: 100 });
  expect(all.items.map((m) => m.id)).toEqual(expected.map((m) => m.id));
  all.items.forEach((m, i) => expectSameMessage(m, expected[i]!, m.id));
  expectNothingShared(all.items);

  // Through the cursor statements too, both ways.
  const before = await store.listMessages({ kind: "room", roomId: "odd" }, { limit: 10, before: expected[15]!.id });
  expect(before.hasMore).toBe(true);
  before.items.forEach((m, i) => expectSameMessage(m, expected[5 + i]!, m.id));
  const after = await store.listMessages({ kind: "room", roomId: "odd" }, { limit: 10, after: expected[2]!.id });
  after.items.forEach((m, i) => expectSameMessage(m, expected[3 + i]!, m.id));
}

function rowValues(i: number): { id: string; columns: Columns } {
  return { id: `odd${String(i).padStart(2, "0")}`, columns: { ...ordinary, ...ODD_ROWS[i] } };
}

describe("odd stored rows - sqlite", () => {
  test("listMessages - odd rows read back as a plain JSON.parse of each column", async () => {
    const { store, path } = await openFresh();
    await store.createRoom(room("odd"));
    const db = new Database(path);
    try {
      const insert = db.prepare(
        `INSERT INTO messages (${COLUMNS}) VALUES (?, 'local', 'room', 'odd', ?, ?, ?, ?, ?, ?)`,
      );
      ODD_ROWS.forEach((_, i) => {
        const { id, columns: c } = rowValues(i);
        insert.run(
          id,
          c.targetJson,
          c.fromJson,
          c.partsJson,
          c.mentionsJson,
          `2026-04-01T09:00:${String(i).padStart(2, "0")}.000000000Z`,
          c.originJson,
        );
      });
      const stored = db
        .prepare(
          `SELECT id, network_id AS networkId, target_json AS targetJson, from_json AS fromJson, parts_json AS partsJson,
                  mentions_json AS mentionsJson, created_at AS createdAt, origin_json AS originJson
           FROM messages WHERE room_id = 'odd' ORDER BY created_at, id`,
        )
        .all() as StoredRow[];
      await expectPagesAsPlain(store, stored, sqliteTime);
    } finally {
      db.close();
    }
  });
});

describe("odd stored rows - postgres", () => {
  let opened: OpenedStore | null = null;
  afterEach(async () => {
    await opened?.cleanup();
    opened = null;
  });

  test("listMessages - odd rows read back as a plain JSON.parse of each column", async () => {
    opened = await openFreshStore();
    const { store, raw } = opened;
    await store.createRoom(room("odd"));
    for (const [i] of ODD_ROWS.entries()) {
      const { id, columns: c } = rowValues(i);
      await raw.unsafe(
        `INSERT INTO messages (${COLUMNS}) VALUES ($1, 'local', 'room', 'odd', $2, $3, $4, $5, $6::text::timestamptz, $7)`,
        [
          id,
          c.targetJson as string,
          c.fromJson as string,
          c.partsJson as string,
          c.mentionsJson as string,
          `2026-04-01T09:00:${String(i).padStart(2, "0")}.25Z`,
          c.originJson as string,
        ],
      );
    }
    // created_at as text in the UTC session zone: what the store's driver receives.
    const stored = await raw.unsafe<StoredRow[]>(
      `SELECT id, network_id AS "networkId", target_json AS "targetJson", from_json AS "fromJson", parts_json AS "partsJson",
              mentions_json AS "mentionsJson", created_at::text AS "createdAt", origin_json AS "originJson"
       FROM messages WHERE room_id = 'odd' ORDER BY created_at, id COLLATE "C"`,
    );
    await expectPagesAsPlain(store, stored, pgTime);
  });
});

// The in-memory id index behind EventLog.find on the SQL backends, over a fake
// log: lookups across many catch-up pages, positions pruned between pages, a
// hash collision, trimming, and concurrent lookups sharing one catch-up.
import { describe, expect, it } from "vitest";
import { EventIdIndex, idHash } from "../src/event-id-index.js";

function fakeLog(count: number) {
  const rows = new Map<number, string>();
  for (let p = 1; p <= count; p++) rows.set(p, `evt_${p}`);
  const reads: number[] = [];
  const index = new EventIdIndex(
    async (after, limit) => {
      reads.push(after);
      return [...rows]
        .filter(([p]) => p > after)
        .slice(0, limit)
        .map(([position, id]) => ({ position, id }));
    },
    async (position) => rows.get(position),
  );
  return { rows, reads, index };
}

/** Two distinct ids with the same hash (found once by a birthday search over `c` + base-36 counters). */
const COLLIDING: [string, string] = ["c2ya8", "czki6"];

describe("event id index", () => {
  it("finds ids across catch-up pages, then reads only what is new", async () => {
    const { rows, reads, index } = fakeLog(12_345);
    expect(await index.find("evt_1")).toBe(1);
    expect(await index.find("evt_12345")).toBe(12_345);
    expect(await index.find("evt_6000")).toBe(6000);
    expect(await index.find("evt_0")).toBeNull();
    expect(index.size).toBe(12_345);
    // The first lookup read three pages; each later one asked once for what came after the head.
    expect(reads.slice(0, 3)).toEqual([0, 5000, 10_000]);
    expect(reads.slice(3)).toEqual([12_345, 12_345, 12_345]);
    rows.set(12_346, "evt_new");
    expect(await index.find("evt_new")).toBe(12_346);
  });

  it("skips positions pruned between pages, forgets trimmed ones, and returns the newest of a repeated id", async () => {
    const { rows, index } = fakeLog(10);
    for (const p of [4, 5]) rows.delete(p);
    rows.set(11, "evt_2");
    expect(await index.find("evt_2")).toBe(11);
    expect(await index.find("evt_4")).toBeNull();
    expect(await index.find("evt_6")).toBe(6);
    for (let p = 1; p <= 7; p++) rows.delete(p);
    index.trim(8);
    expect(index.size).toBe(4);
    expect(await index.find("evt_6")).toBeNull();
    expect(await index.find("evt_8")).toBe(8);
    // Everything pruned: the index empties and starts again after its head.
    for (let p = 8; p <= 11; p++) rows.delete(p);
    index.trim(12);
    expect(index.size).toBe(0);
    rows.set(12, "evt_12");
    expect(await index.find("evt_12")).toBe(12);
    expect(index.size).toBe(1);
  });

  it("a hash collision is settled against the stored id", async () => {
    const [a, b] = COLLIDING;
    expect(idHash(a)).toBe(idHash(b));
    const { rows, index } = fakeLog(0);
    rows.set(1, a);
    rows.set(2, "other");
    expect(await index.find(b)).toBeNull();
    expect(await index.find(a)).toBe(1);
    rows.set(3, b);
    expect(await index.find(a)).toBe(1);
    expect(await index.find(b)).toBe(3);
  });

  it("concurrent lookups share one catch-up", async () => {
    const { reads, index } = fakeLog(7000);
    const found = await Promise.all([index.find("evt_7000"), index.find("evt_1"), index.find("evt_3500")]);
    expect(found).toEqual([7000, 1, 3500]);
    expect(reads).toEqual([0, 5000]);
  });
});

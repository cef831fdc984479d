// The SQL backends' cache of decoded messages between history reads: entries
// are frozen, the budget holds with
// the oldest entry going first, and a message too large for it is served but
// not kept.
import { describe, expect, test } from "vitest";
import { MessageCache, messagesFor, uncachedIds } from "../../src/sql/message-cache.js";
import type { Message } from "../../src/types.js";
import type { Timestamp } from "../../src/time.js";

const message = (id: string, text = "hello"): Message => ({
  id,
  network_id: "local",
  origin: { network_id: "local", message_id: id },
  target: { kind: "room", room_id: "general" },
  from: { type: "agent", id: "alpha" },
  parts: [{ kind: "text", text }],
  created_at: "2026-04-01T09:00:00Z" as Timestamp,
});

const row = (id: string, text = "hello"): readonly unknown[] => [id, "local", `[{"kind":"text","text":"${text}"}]`];

describe("MessageCache", () => {
  test("a hit hands out the one frozen message; entries are frozen through", () => {
    const cache = new MessageCache();
    const kept = cache.put("m1", message("m1"), row("m1"));
    expect(cache.get("m1")).toBe(kept);
    expect(cache.get("m2")).toBeUndefined();
    expect(Object.isFrozen(kept)).toBe(true);
    expect(Object.isFrozen(kept.parts[0])).toBe(true);
    expect(() => {
      (kept.parts as Message["parts"] & unknown[]).push({ kind: "text", text: "more" });
    }).toThrow(TypeError);
  });

  test("over its budget the oldest entries go first; one too large is served, not kept", () => {
    // Each entry weighs 4 × its text + 1 KiB: about 1.1 KiB for these rows.
    const cache = new MessageCache(64 * 1024);
    for (let i = 0; i < 80; i++) cache.put(`m${i}`, message(`m${i}`), row(`m${i}`));
    expect(cache.size).toBeGreaterThan(40);
    expect(cache.size).toBeLessThan(60);
    expect(cache.get("m0")).toBeUndefined();
    expect(cache.get("m79")).toBeDefined();
    const big = "x".repeat(4096);
    const served = cache.put("huge", message("huge", big), row("huge", big));
    expect(served.parts[0]!.text).toBe(big);
    expect(cache.get("huge")).toBeUndefined();
  });

  test("a page takes cached messages as they are, decodes the rest, and leaves out rows it cannot read", () => {
    const cache = new MessageCache();
    const first = cache.put("a", message("a"), row("a"));
    const keys = ["a", "b", "c", "d"];
    expect(uncachedIds(keys, cache)).toEqual(["b", "c", "d"]);
    const rows = new Map([
      ["b", row("b")],
      ["c", ["c", "broken"]],
    ]);
    const skipped: string[] = [];
    const page = messagesFor(
      keys,
      cache,
      rows,
      (r) => (r[1] === "broken" ? null : message(String(r[0]))),
      (id) => skipped.push(id),
    );
    expect(page.map((m) => m.id)).toEqual(["a", "b"]);
    expect(page[0]).toBe(first);
    expect(skipped).toEqual(["c", "d"]);
    expect(uncachedIds(keys, cache)).toEqual(["c", "d"]);
  });
});

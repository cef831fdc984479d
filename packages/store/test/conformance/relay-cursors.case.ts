// Relay cursors (store `relayCursors`, issue 16): one owner per pairing at a
// time under a lease, takeover once it expired, only the owner advances, and
// (on the durable backends) the position survives a reopen.
import { expect } from "vitest";
import { defineCases } from "./case.js";

const T0 = 1_800_000_000_000;
const LEASE = 10_000;

export const relayCursorCases = defineCases("relay cursors", [
  {
    name: "relay cursors - claim, lease, takeover, owner-only advance, release",
    async run({ store }) {
      const c = store.relayCursors;
      expect(await c.position("pair-a")).toBeNull();
      // First claim creates the cursor at the given start.
      expect(await c.claim("pair-a", "srv-1", T0, LEASE, 41)).toBe(41);
      // A live lease keeps others out; the owner renews it and keeps its position.
      expect(await c.claim("pair-a", "srv-2", T0 + 5_000, LEASE, 0)).toBeNull();
      expect(await c.claim("pair-a", "srv-1", T0 + 5_000, LEASE, 0)).toBe(41);
      expect(await c.advance("pair-a", "srv-1", 50, T0 + 6_000, LEASE)).toBe(true);
      expect(await c.advance("pair-a", "srv-2", 99, T0 + 6_000, LEASE)).toBe(false);
      expect(await c.position("pair-a")).toBe(50);
      // Lease (renewed to T0+16s) expired: srv-2 takes over at the stored position; srv-1 can no longer advance.
      expect(await c.claim("pair-a", "srv-2", T0 + 16_001, LEASE, 0)).toBe(50);
      expect(await c.advance("pair-a", "srv-1", 60, T0 + 16_002, LEASE)).toBe(false);
      expect(await c.position("pair-a")).toBe(50);
      // A released lease is free at once.
      await c.release("pair-a", "srv-2");
      expect(await c.claim("pair-a", "srv-1", T0 + 16_003, LEASE, 0)).toBe(50);
      // Releasing someone else's lease does nothing.
      await c.release("pair-a", "srv-2");
      expect(await c.claim("pair-a", "srv-2", T0 + 16_004, LEASE, 0)).toBeNull();
      // Pairings are independent; positions beyond 2^32 round-trip.
      expect(await c.claim("pair-b", "srv-2", T0, LEASE, 2 ** 40)).toBe(2 ** 40);
      expect(await c.position("pair-a")).toBe(50);
    },
  },
  {
    name: "relay cursors - the position survives close and reopen",
    needsReopen: true,
    async run({ store, reopen }) {
      await store.relayCursors.claim("pair-a", "srv-1", T0, LEASE, 7);
      await store.relayCursors.advance("pair-a", "srv-1", 12, T0, LEASE);
      const again = await reopen();
      expect(await again.relayCursors.position("pair-a")).toBe(12);
      // The lease survives too: another server waits for it (or for a release).
      expect(await again.relayCursors.claim("pair-a", "srv-2", T0 + 1, LEASE, 0)).toBeNull();
    },
  },
]);

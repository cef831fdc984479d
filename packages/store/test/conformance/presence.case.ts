// Attachment presence (store `presence`, issue 9): beats insert and refresh
// one row per attachment, a reader asks for rows beaten since a bound (so a
// dead server's agents stop counting), end and expire delete rows.
import { expect } from "vitest";
import { defineCases } from "./case.js";

const T0 = 1_800_000_000_000;

export const presenceCases = defineCases("presence", [
  {
    name: "presence - beats, connected since a bound, end, expire",
    async run({ store }) {
      const p = store.presence;
      expect(await p.connected(0)).toEqual([]);
      await p.beat(
        [
          { attachment_id: "att-1", agent_id: "beta", server_id: "srv-a" },
          { attachment_id: "att-2", agent_id: "alpha", server_id: "srv-a" },
          { attachment_id: "att-3", agent_id: "alpha", server_id: "srv-b" },
        ],
        T0,
      );
      expect(await p.connected(T0)).toEqual(["alpha", "beta"]);
      // srv-a keeps beating; srv-b stopped (killed): after the bound only srv-a's agents count.
      await p.beat([{ attachment_id: "att-1", agent_id: "beta", server_id: "srv-a" }], T0 + 10_000);
      expect(await p.connected(T0 + 5_000)).toEqual(["beta"]);
      expect(await p.expire(T0 + 5_000)).toBe(2);
      expect(await p.connected(0)).toEqual(["beta"]);
      await p.end("att-1");
      await p.end("att-unknown");
      expect(await p.connected(0)).toEqual([]);
      await p.beat([], T0);
    },
  },
]);

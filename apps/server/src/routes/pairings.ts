// GET /v1/pairings: the configured pairings, collection-paged by id, with each
// one's live status and diagnostics (pairings/monitor.ts). Tokens never leave
// the server. GET /v1/pairings/{id}/network|rooms|agents fetch the remote's
// own answer with the pairing's token (a failing remote: 502; unknown
// pairing: 404), after checking that the remote is compatible.
import type { Context, Hono } from "hono";
import { collectionPageInfo, windowOf } from "@moltnet/store";
import type { AppContext, AppEnv } from "../context.js";
import type { PairingSettings } from "../settings.js";
import { requireAccess } from "../auth/authenticate.js";
import { HttpError } from "../http/errors.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { invalidCursor } from "../service/not-found.js";
import { goQuote } from "../go-quote.js";
import { callPairing, PairingRequestError } from "../pairings/client.js";
import type { PairingMonitor } from "../pairings/monitor.js";

const remoteFailed = (err: unknown) =>
  new HttpError(502, `paired network request failed: ${err instanceof Error ? err.message : String(err)}`);

export function registerPairingRoutes(app: Hono<AppEnv>, ctx: AppContext, monitor: PairingMonitor): void {
  const sorted = [...ctx.settings.pairings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(sorted.map((p, i) => [p.id, i]));

  app.get("/v1/pairings", async (c) => {
    await requireAccess(c, "observe");
    const window = parseWindow(c);
    const result = windowOf(sorted, window, (id) => index.get(id) ?? -1, "start");
    if (result === "invalid_cursor") throw invalidCursor(window);
    const page = collectionPageInfo(window, { items: result.items, hasMore: result.hasMore });
    return jsonResponse(c, 200, { pairings: result.items.map((p) => monitor.wire(p)), page });
  });

  const pairingOf = (c: Context<AppEnv>): PairingSettings => {
    const id = c.req.param("pairingID")?.trim() ?? "";
    const pairing = monitor.pairing(id);
    if (!pairing) throw new HttpError(404, `unknown pairing ${goQuote(id)}`);
    return pairing;
  };

  app.get("/v1/pairings/:pairingID/network", async (c) => {
    await requireAccess(c, "observe");
    const pairing = pairingOf(c);
    try {
      return jsonResponse(c, 200, await monitor.refresh(pairing, "network"));
    } catch (err) {
      throw remoteFailed(err);
    }
  });

  for (const collection of ["rooms", "agents"] as const) {
    app.get(`/v1/pairings/:pairingID/${collection}`, async (c) => {
      await requireAccess(c, "observe");
      const pairing = pairingOf(c);
      // Our own paging rules apply before anything is asked of the remote.
      const window = parseWindow(c);
      try {
        await monitor.refresh(pairing, "discovery");
      } catch (err) {
        throw remoteFailed(err);
      }
      const status = monitor.status(pairing.id);
      const diagnostics = monitor.diagnostics(pairing.id);
      if (status === "incompatible") throw remoteFailed(diagnostics?.message ?? "paired network is incompatible");
      if (diagnostics?.reason === "missing_cursor_pagination")
        throw remoteFailed("paired network does not support cursor pagination for discovery");
      const query = new URLSearchParams();
      for (const key of ["limit", "before", "after"]) {
        const value = c.req.query(key);
        if (value !== undefined) query.set(key, value);
      }
      let answer: Record<string, unknown>;
      try {
        answer = await callPairing(pairing, {
          method: "GET",
          path: `/v1/${collection}`,
          query,
          timeoutMs: monitor.timeoutMs,
        });
      } catch (err) {
        monitor.failed(pairing.id, `Remote ${collection} could not be fetched.`, err);
        throw remoteFailed(err);
      }
      const items = answer[collection];
      if (!Array.isArray(items))
        throw remoteFailed(new PairingRequestError("decode", `paired network answer has no ${collection} list`));
      const page =
        answer.page && typeof answer.page === "object"
          ? answer.page
          : collectionPageInfo(window, { items: items as never[], hasMore: false });
      return jsonResponse(c, 200, { [collection]: items, page });
    });
  }
}

// GET /v1/pairings: the configured pairings, collection-paged by id. Tokens
// never leave the server. The per-pairing proxy routes exist so clients get
// a clear answer, but the relay itself is not implemented: a known pairing
// answers 503, an unknown one 404.
import type { Hono } from "hono";
import { collectionPageInfo, windowOf } from "@moltnet/store";
import type { AppContext, AppEnv } from "../context.js";
import type { PairingSettings } from "../settings.js";
import { requireAccess } from "../auth/authenticate.js";
import { HttpError } from "../http/errors.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { invalidCursor } from "../service/not-found.js";
import { goQuote } from "../go-quote.js";

/** The API view of a pairing: no token; a blank status reads `unknown`. */
export function wirePairing(p: PairingSettings): Record<string, unknown> {
  const out: Record<string, unknown> = { id: p.id, remote_network_id: p.remote_network_id };
  if (p.remote_network_name) out.remote_network_name = p.remote_network_name;
  if (p.remote_base_url) out.remote_base_url = p.remote_base_url;
  out.status = (p.status ?? "").trim() || "unknown";
  return out;
}

export function registerPairingRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  const sorted = [...ctx.settings.pairings].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(sorted.map((p, i) => [p.id, i]));

  app.get("/v1/pairings", async (c) => {
    await requireAccess(c, "observe");
    const window = parseWindow(c);
    const result = windowOf(sorted, window, (id) => index.get(id) ?? -1, "start");
    if (result === "invalid_cursor") throw invalidCursor(window);
    const page = collectionPageInfo(window, { items: result.items, hasMore: result.hasMore });
    return jsonResponse(c, 200, { pairings: result.items.map(wirePairing), page });
  });

  for (const suffix of ["network", "rooms", "agents"]) {
    app.get(`/v1/pairings/:pairingID/${suffix}`, async (c) => {
      await requireAccess(c, "observe");
      const id = c.req.param("pairingID").trim();
      if (!index.has(id)) throw new HttpError(404, `unknown pairing ${goQuote(id)}`);
      throw new HttpError(503, "pairing relay is not implemented");
    });
  }
}

// GET /v1/attach as an HTTP route. A WebSocket upgrade to it is first run
// through the app like any GET (request id, log line, metrics, auth): this
// handler applies the `attach` access rule and the origin check, then hands
// the caller back to the gateway (attach/gateway.ts), which upgrades the
// socket. A plain GET without an upgrade gets 400.
import type { Hono } from "hono";
import type { AppEnv, Principal } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { HttpError } from "../http/errors.js";
import { ATTACH_PATH, type AuthorizeUpgrade } from "../attach/gateway.js";
import { originAllowed } from "../attach/origin.js";

/** Upgrade requests in flight through the app, and the caller each resolved to. */
const upgrades = new WeakMap<Request, { principal?: Principal }>();

export function registerAttachRoutes(app: Hono<AppEnv>, allowedOrigins: ReadonlySet<string> | undefined): void {
  app.get(ATTACH_PATH, async (c) => {
    const principal = await requireAccess(c, "attach");
    if (allowedOrigins && !originAllowed(allowedOrigins, c.req.header("Origin")))
      throw new HttpError(403, "origin not allowed");
    const upgrade = upgrades.get(c.req.raw);
    if (!upgrade) throw new HttpError(400, "websocket upgrade required");
    upgrade.principal = principal;
    // Never sent: the gateway switches protocols instead.
    return c.body(null, 200);
  });
}

/** Runs an upgrade request through `fetch`; the caller when the route accepted it, else the app's response. */
export function upgradeAuthorizer(
  fetch: (request: Request, env: unknown) => Response | Promise<Response>,
): AuthorizeUpgrade {
  return async (request, incoming) => {
    const state: { principal?: Principal } = {};
    upgrades.set(request, state);
    const response = await fetch(request, { incoming });
    if (state.principal && response.status === 200) return { principal: state.principal };
    return { response };
  };
}

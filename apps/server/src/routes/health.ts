// Liveness and readiness: both ask the store, so a lost database turns them
// 503 and they recover by themselves when it comes back.
import type { Context, Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import type { Platform } from "../platform.js";
import { requireAccess } from "../auth/authenticate.js";
import { HttpError } from "../http/errors.js";
import { jsonResponse } from "../http/json.js";

export function registerHealthRoutes(app: Hono<AppEnv>, ctx: AppContext, platform: Platform): void {
  const probe = (status: string) => async (c: Context<AppEnv>) => {
    await requireAccess(c, "health");
    try {
      await ctx.store.health();
    } catch (err) {
      platform.metrics.storeHealth(false);
      throw new HttpError(503, "store health check failed", { cause: err });
    }
    platform.metrics.storeHealth(true);
    return jsonResponse(c, 200, { status });
  };
  app.get("/healthz", probe("ok"));
  const ready = probe("ready");
  app.get("/readyz", async (c) => {
    // Not ready while the event listener reconnects: this server's streams
    // would lag other servers' writes, so a balancer should send new ones elsewhere.
    if (!ctx.store.events.status().listening) {
      await requireAccess(c, "health");
      throw new HttpError(503, "event listener is reconnecting");
    }
    return ready(c);
  });
}

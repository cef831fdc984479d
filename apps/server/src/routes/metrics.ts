// GET /metrics in Prometheus text format; admin scope when auth is on.
import type { Hono } from "hono";
import type { AppEnv } from "../context.js";
import type { Platform } from "../platform.js";
import { requireAccess } from "../auth/authenticate.js";

export function registerMetricsRoutes(app: Hono<AppEnv>, platform: Platform): void {
  app.get("/metrics", async (c) => {
    await requireAccess(c, "admin");
    const text = await platform.metrics.registry.metrics();
    c.header("Content-Type", platform.metrics.registry.contentType);
    return c.body(text, 200);
  });
}

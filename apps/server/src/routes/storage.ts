// GET /v1/storage: what the store keeps and where, for operators (admin scope
// when auth is on). Not in the reference; the console's storage panel reads it.
import type { Hono } from "hono";
import { fileSize, reportStorage } from "@moltnet/store";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { jsonResponse } from "../http/json.js";

/** `location`: the file path or the DSN without its password, from configuration (null for memory). */
export function registerStorageRoutes(app: Hono<AppEnv>, ctx: AppContext, location: string | null): void {
  app.get("/v1/storage", async (c) => {
    await requireAccess(c, "admin");
    const report = await reportStorage(ctx.store);
    const path = report.path ?? (ctx.store.kind === "json" ? location : null);
    if (ctx.store.kind === "json" && path && report.size.database_bytes === null)
      report.size.database_bytes = await fileSize(path);
    return jsonResponse(c, 200, {
      ...report,
      path,
      dsn: ctx.store.kind === "postgres" ? location : null,
    });
  });
}

// GET /v1/artifacts (§5.10): observe/admin; cursor checks before the filter checks.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { listArtifacts } from "../service/artifacts.js";

export function registerArtifactRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.get("/v1/artifacts", async (c) => {
    await requireAccess(c, "observe");
    const window = parseWindow(c);
    const query = { room_id: c.req.query("room_id"), thread_id: c.req.query("thread_id"), dm_id: c.req.query("dm_id") };
    return jsonResponse(c, 200, await listArtifacts(ctx, query, window));
  });
}

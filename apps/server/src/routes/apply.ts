// POST /v1/apply (§5.12): admin only; the same reconciliation boot runs.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { readJson } from "../http/body.js";
import { jsonResponse } from "../http/json.js";
import { applyConfig, wireApplyResult } from "../service/apply.js";
import { applyConfigSchema } from "../service/request-schemas.js";

export function registerApplyRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.post("/v1/apply", async (c) => {
    await requireAccess(c, "admin");
    const request = await readJson(c, applyConfigSchema);
    return jsonResponse(c, 200, wireApplyResult(await applyConfig(ctx, request)));
  });
}

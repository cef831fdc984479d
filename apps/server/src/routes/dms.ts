// Direct conversations (§5.9): observe/admin only, never anonymous.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { getDm, listDmMessages, listDms } from "../service/dms.js";

export function registerDmRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.get("/v1/dms", async (c) => {
    await requireAccess(c, "observe");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listDms(ctx, window));
  });

  app.get("/v1/dms/:dmID", async (c) => {
    await requireAccess(c, "observe");
    return jsonResponse(c, 200, await getDm(ctx, c.req.param("dmID")));
  });

  app.get("/v1/dms/:dmID/messages", async (c) => {
    await requireAccess(c, "observe");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listDmMessages(ctx, c.req.param("dmID"), window));
  });
}

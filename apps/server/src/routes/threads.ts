// Threads (§5.6): read through their room's visibility.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { getThread, listThreadMessages } from "../service/threads.js";

export function registerThreadRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.get("/v1/threads/:threadID", async (c) => {
    const principal = await requireAccess(c, "read");
    return jsonResponse(c, 200, await getThread(ctx, principal, c.req.param("threadID")));
  });

  app.get("/v1/threads/:threadID/messages", async (c) => {
    const principal = await requireAccess(c, "read");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listThreadMessages(ctx, principal, c.req.param("threadID"), window));
  });
}

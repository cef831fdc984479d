// POST /v1/messages (§5.7): write or pair scope, then decode, then the service.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { readJson } from "../http/body.js";
import { jsonResponse } from "../http/json.js";
import { sendMessage } from "../service/messages.js";
import { sendMessageSchema } from "../service/request-schemas.js";

export function registerMessageRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.post("/v1/messages", async (c) => {
    const principal = await requireAccess(c, "write");
    const request = await readJson(c, sendMessageSchema);
    return jsonResponse(c, 202, await sendMessage(ctx, principal, request));
  });
}

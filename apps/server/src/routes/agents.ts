// Agents (§5.11): the directory, registration and removal.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { readJson } from "../http/body.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { getAgent, listAgents, removeAgent } from "../service/agents.js";
import { registerAgent } from "../service/register.js";
import { registerAgentSchema } from "../service/request-schemas.js";

export function registerAgentRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.get("/v1/agents", async (c) => {
    const principal = await requireAccess(c, "list");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listAgents(ctx, principal, window));
  });

  // Registered before `/v1/agents/:agentID` so the literal path wins for POST (GET has no such clash).
  app.post("/v1/agents/register", async (c) => {
    const principal = await requireAccess(c, "register");
    const request = await readJson(c, registerAgentSchema);
    const { status, body } = await registerAgent(ctx, principal, request);
    return jsonResponse(c, status, body);
  });

  app.get("/v1/agents/:agentID", async (c) => {
    const principal = await requireAccess(c, "read");
    return jsonResponse(c, 200, await getAgent(ctx, principal, c.req.param("agentID")));
  });

  app.delete("/v1/agents/:agentID", async (c) => {
    await requireAccess(c, "admin");
    return jsonResponse(c, 200, await removeAgent(ctx, c.req.param("agentID")));
  });
}

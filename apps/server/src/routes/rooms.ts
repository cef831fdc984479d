// Rooms (§5.5). Each handler applies its access rule first, then parses the
// query or body, then asks the service.
import type { Hono } from "hono";
import type { AppContext, AppEnv } from "../context.js";
import { requireAccess } from "../auth/authenticate.js";
import { readJson } from "../http/body.js";
import { jsonResponse } from "../http/json.js";
import { parseWindow } from "../http/query.js";
import { wireRoom } from "@moltnet/store";
import { createRoomSchema, updateRoomMembersSchema } from "../service/request-schemas.js";
import {
  createRoom,
  getRoom,
  listRoomMessages,
  listRooms,
  listRoomThreads,
  removeRoom,
  updateRoomMembers,
} from "../service/rooms.js";

export function registerRoomRoutes(app: Hono<AppEnv>, ctx: AppContext): void {
  app.get("/v1/rooms", async (c) => {
    const principal = await requireAccess(c, "list");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listRooms(ctx, principal, window));
  });

  app.post("/v1/rooms", async (c) => {
    await requireAccess(c, "admin");
    const request = await readJson(c, createRoomSchema);
    return jsonResponse(c, 201, wireRoom(await createRoom(ctx, request)));
  });

  app.get("/v1/rooms/:roomID", async (c) => {
    const principal = await requireAccess(c, "read");
    return jsonResponse(c, 200, await getRoom(ctx, principal, c.req.param("roomID")));
  });

  app.delete("/v1/rooms/:roomID", async (c) => {
    await requireAccess(c, "admin");
    return jsonResponse(c, 200, await removeRoom(ctx, c.req.param("roomID")));
  });

  app.patch("/v1/rooms/:roomID/members", async (c) => {
    await requireAccess(c, "admin");
    const request = await readJson(c, updateRoomMembersSchema);
    return jsonResponse(c, 200, wireRoom(await updateRoomMembers(ctx, c.req.param("roomID"), request)));
  });

  app.get("/v1/rooms/:roomID/messages", async (c) => {
    const principal = await requireAccess(c, "read");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listRoomMessages(ctx, principal, c.req.param("roomID"), window));
  });

  app.get("/v1/rooms/:roomID/threads", async (c) => {
    const principal = await requireAccess(c, "read");
    const window = parseWindow(c);
    return jsonResponse(c, 200, await listRoomThreads(ctx, principal, c.req.param("roomID"), window));
  });
}

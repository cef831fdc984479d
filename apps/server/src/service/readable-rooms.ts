// Which rooms a caller may read, as a store query. Readability depends only
// on the caller and a room's visibility (§7.4), so it is one of three scopes:
// every room, public rooms only (anonymous public readers, pair tokens with
// public read), or none. Lists then page inside the store instead of
// filtering a full load.
import type { Room, RoomListQuery, Window, WindowResult } from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { canReadRoom } from "../auth/rooms.js";
import { allowsAny } from "../auth/principal.js";
import { invalidCursor } from "./not-found.js";

type ReadScope = "all" | "public" | "none";

function readScope(ctx: AppContext, principal: Principal): ReadScope {
  if (canReadRoom(principal, { visibility: "private" }, ctx.settings)) return "all";
  if (canReadRoom(principal, { visibility: "public" }, ctx.settings)) return "public";
  return "none";
}

/** A window over the rooms the caller may read. With nothing readable, any cursor is unknown (422). */
export async function listReadableRooms(
  ctx: AppContext,
  principal: Principal,
  window: Window,
): Promise<WindowResult<Room>> {
  const scope = readScope(ctx, principal);
  if (scope === "none") {
    if (window.before !== undefined || window.after !== undefined) {
      throw invalidCursor(window);
    }
    return { items: [], hasMore: false };
  }
  const query: RoomListQuery = scope === "public" ? { publicOnly: true } : {};
  return ctx.store.listRooms(window, query);
}

const CHUNK = 500;

/** Every readable room, in id order (agent views need them all). */
export async function allReadableRooms(ctx: AppContext, principal: Principal): Promise<Room[]> {
  const scope = readScope(ctx, principal);
  if (scope === "none") return [];
  const query: RoomListQuery = scope === "public" ? { publicOnly: true } : {};
  const rooms: Room[] = [];
  let window: Window = { limit: CHUNK };
  for (;;) {
    const page = await ctx.store.listRooms(window, query);
    rooms.push(...page.items);
    const last = page.items[page.items.length - 1];
    if (!page.hasMore || !last) return rooms;
    window = { limit: CHUNK, after: last.id };
  }
}

/** Registered agents without readable rooms are listed only to callers who may see the whole roster. */
export function canReadPrivateRoster(principal: Principal): boolean {
  return principal.kind === "open-access" || allowsAny(principal, ["observe", "admin"]);
}

// Rooms (§5.5, §2.1-2.5): list, read, create, membership changes and soft
// removal, plus the room's history and thread list. Functions return wire
// bodies; errors are HttpErrors with the reference's texts.
import {
  type JsonText,
  collectionPageInfo,
  historyPageInfo,
  isStoreError,
  historyPageJson,
  wireRoom,
  wireThread,
  type Room,
  type Window,
} from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { roomAccess, roomNotReadable } from "../auth/rooms.js";
import { HttpError } from "../http-error.js";
import { goQuote } from "../go-quote.js";
import { roomIdError } from "../ids.js";
import { eventRecord } from "./events.js";
import { onRoom, pagedRead, unknownRoom } from "./not-found.js";
import { checkedPage, withCheckedReads, type Reads } from "./checked-reads.js";
import { listReadableRooms } from "./readable-rooms.js";
import { roomFromRequest, updateMembersError } from "./room-request.js";
import { uniqueTrimmed } from "./request-rules.js";
import type { CreateRoomRequest, UpdateRoomMembersRequest } from "./request-schemas.js";

type Wire = Record<string, unknown>;

export async function listRooms(ctx: AppContext, principal: Principal, window: Window): Promise<Wire> {
  const result = await pagedRead(window, () => listReadableRooms(ctx, principal, window));
  const rooms = result.items.map((room) => wireRoom(room, roomAccess(principal, room, ctx.settings) ?? undefined));
  return { rooms, page: collectionPageInfo(window, result) };
}

/** A room the caller may read: 404 when missing or removed, 403 when not readable. */
async function readableRoom(
  ctx: AppContext,
  principal: Principal,
  rawId: string,
  reads: Reads = ctx.store,
): Promise<Room> {
  const room = await reads.getRoom(rawId.trim());
  if (!room) throw unknownRoom(rawId);
  if (!roomAccess(principal, room, ctx.settings)) throw roomNotReadable(room.id);
  return room;
}

export async function getRoom(ctx: AppContext, principal: Principal, rawId: string): Promise<Wire> {
  const room = await readableRoom(ctx, principal, rawId);
  return wireRoom(room, roomAccess(principal, room, ctx.settings) ?? undefined);
}

/** Creates a room and announces it; 409 when the id is taken or was ever removed. */
export async function createRoom(ctx: AppContext, request: CreateRoomRequest): Promise<Room> {
  const room = roomFromRequest(ctx.settings.networkId, request, ctx.clock.now());
  try {
    await ctx.store.createRoom(room, [eventRecord(ctx, "room.created", { room: wireRoom(room) }, room.created_at)]);
  } catch (err) {
    if (isStoreError(err, "room_exists")) throw roomExists(room.id);
    throw err;
  }
  return room;
}

export function roomExists(id: string): HttpError {
  return new HttpError(409, `room ${goQuote(id)} already exists`);
}

/** (members ∪ add) − remove. The event fires only when the set changed, stamped with the room's creation time. */
export async function updateRoomMembers(
  ctx: AppContext,
  rawId: string,
  request: UpdateRoomMembersRequest,
): Promise<Room> {
  const invalid = updateMembersError(request);
  if (invalid !== undefined) throw new HttpError(422, invalid);
  const id = rawId.trim();
  const current = await ctx.store.getRoom(id);
  if (!current) throw unknownRoom(id);
  return onRoom(rawId, () =>
    ctx.store.updateRoomMembers(id, uniqueTrimmed(request.add), uniqueTrimmed(request.remove), (updated) =>
      sameMembers(current.members, updated.members)
        ? []
        : [eventRecord(ctx, "room.members.updated", { room: wireRoom(updated) }, updated.created_at)],
    ),
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((member, i) => member === b[i]);
}

/** Soft removal. Any id failing the room-id rule answers `room id is required`, as the reference does. */
export async function removeRoom(ctx: AppContext, rawId: string): Promise<Wire> {
  const id = rawId.trim();
  if (roomIdError(id) !== undefined) throw new HttpError(422, "room id is required");
  const room = await ctx.store.getRoom(id);
  if (!room) throw unknownRoom(id);
  const now = ctx.clock.now();
  await onRoom(id, () =>
    ctx.store.removeRoom(id, now, (removed) => [eventRecord(ctx, "room.removed", { room: wireRoom(removed) }, now)]),
  );
  return { removed: true, kind: "room", id, mode: "soft" };
}

export async function listRoomMessages(
  ctx: AppContext,
  principal: Principal,
  rawId: string,
  window: Window,
): Promise<JsonText> {
  const id = rawId.trim();
  const result = await withCheckedReads(ctx.store, (reads, checked) =>
    checkedPage(
      checked,
      readableRoom(ctx, principal, rawId, reads),
      pagedRead(window, () => ctx.store.listMessages({ kind: "room", roomId: id }, window)),
    ),
  );
  return historyPageJson(result.items, historyPageInfo(window, result));
}

export async function listRoomThreads(
  ctx: AppContext,
  principal: Principal,
  rawId: string,
  window: Window,
): Promise<Wire> {
  const room = await readableRoom(ctx, principal, rawId);
  const result = await pagedRead(window, () => ctx.store.listThreads(room.id, window));
  return { threads: result.items.map(wireThread), page: collectionPageInfo(window, result) };
}

// Threads (§5.6): a thread is readable through its room, so a removed room
// hides its threads (404 `unknown room "<room>"`) and a private room hides
// them from public readers (403).
import { type JsonText, historyPageInfo, historyPageJson, wireThread, type Thread, type Window } from "@moltnet/store";
import type { AppContext, Principal } from "../context.js";
import { roomAccess, roomNotReadable } from "../auth/rooms.js";
import { pagedRead, unknownRoom, unknownThread } from "./not-found.js";
import { checkedPage, withCheckedReads, type Reads } from "./checked-reads.js";

type Wire = Record<string, unknown>;

async function readableThread(
  ctx: AppContext,
  principal: Principal,
  rawId: string,
  reads: Reads = ctx.store,
): Promise<Thread> {
  const thread = await ctx.store.getThread(rawId.trim());
  if (!thread) throw unknownThread(rawId);
  const room = await reads.getRoom(thread.room_id);
  if (!room) throw unknownRoom(thread.room_id);
  if (!roomAccess(principal, room, ctx.settings)) throw roomNotReadable(thread.room_id);
  return thread;
}

export async function getThread(ctx: AppContext, principal: Principal, rawId: string): Promise<Wire> {
  return wireThread(await readableThread(ctx, principal, rawId));
}

export async function listThreadMessages(
  ctx: AppContext,
  principal: Principal,
  rawId: string,
  window: Window,
): Promise<JsonText> {
  const id = rawId.trim();
  const result = await withCheckedReads(ctx.store, (reads, checked) =>
    checkedPage(
      checked,
      readableThread(ctx, principal, rawId, reads),
      pagedRead(window, () => ctx.store.listMessages({ kind: "thread", threadId: id }, window)),
    ),
  );
  return historyPageJson(result.items, historyPageInfo(window, result));
}

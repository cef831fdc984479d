// Direct conversations (§5.9). There is no per-DM authorization: whoever may
// read DMs reads them all. The network-wide switch answers 403, but a blank
// id is reported first.
import {
  type JsonText,
  collectionPageInfo,
  historyPageInfo,
  wireDirectConversation,
  historyPageJson,
  type Window,
} from "@moltnet/store";
import type { AppContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { directMessagesDisabled, pagedRead, readAfterCheck, unknownDm } from "./not-found.js";

type Wire = Record<string, unknown>;

function ensureEnabled(ctx: AppContext): void {
  if (!ctx.settings.directMessages) throw directMessagesDisabled();
}

function dmId(rawId: string): string {
  const id = rawId.trim();
  if (id === "") throw new HttpError(422, "dm id is required");
  return id;
}

export async function listDms(ctx: AppContext, window: Window): Promise<Wire> {
  ensureEnabled(ctx);
  const result = await pagedRead(window, () => ctx.store.listDirectConversations(window));
  return { dms: result.items.map(wireDirectConversation), page: collectionPageInfo(window, result) };
}

export async function getDm(ctx: AppContext, rawId: string): Promise<Wire> {
  const id = dmId(rawId);
  ensureEnabled(ctx);
  const dm = await ctx.store.getDirectConversation(id);
  if (!dm) throw unknownDm(id);
  return wireDirectConversation(dm);
}

export async function listDmMessages(ctx: AppContext, rawId: string, window: Window): Promise<JsonText> {
  const id = dmId(rawId);
  ensureEnabled(ctx);
  const [, result] = await readAfterCheck(
    ctx.store.getDirectConversation(id).then((dm) => {
      if (!dm) throw unknownDm(rawId);
    }),
    pagedRead(window, () => ctx.store.listMessages({ kind: "dm", dmId: id }, window)),
  );
  return historyPageJson(result.items, historyPageInfo(window, result));
}

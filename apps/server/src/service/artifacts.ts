// GET /v1/artifacts (§5.10). Check order: a filter is required, DMs must be
// enabled for a dm filter, a room filter needs an active room, a thread filter
// an existing thread (of any room, even a removed one, as in the reference).
// An unknown dm id is simply an empty page.
import { historyPageInfo, wireArtifact, type ArtifactFilter, type Window } from "@moltnet/store";
import type { AppContext } from "../context.js";
import { HttpError } from "../http-error.js";
import { directMessagesDisabled, pagedRead, unknownRoom, unknownThread } from "./not-found.js";

export interface ArtifactQuery {
  room_id?: string;
  thread_id?: string;
  dm_id?: string;
}

export async function listArtifacts(
  ctx: AppContext,
  query: ArtifactQuery,
  window: Window,
): Promise<Record<string, unknown>> {
  const roomId = (query.room_id ?? "").trim();
  const threadId = (query.thread_id ?? "").trim();
  const dmId = (query.dm_id ?? "").trim();
  if (!roomId && !threadId && !dmId) throw new HttpError(422, "artifact filter is required");
  if (dmId && !ctx.settings.directMessages) throw directMessagesDisabled();
  if (roomId && !(await ctx.store.getRoom(roomId))) throw unknownRoom(roomId);
  if (threadId && !(await ctx.store.getThread(threadId))) throw unknownThread(threadId);

  const filter: ArtifactFilter = {};
  if (roomId) filter.roomId = roomId;
  if (threadId) filter.threadId = threadId;
  if (dmId) filter.dmId = dmId;
  const result = await pagedRead(window, () => ctx.store.listArtifacts(filter, window));
  return { artifacts: result.items.map(wireArtifact), page: historyPageInfo(window, result) };
}

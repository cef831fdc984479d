// What an anonymous public-read stream may see (§5.13): only events about
// rooms that are public right now, plus replay gaps. Everything else (DMs,
// membership changes, agents, pairings) is withheld.
import type { AppContext, MoltnetEvent } from "../context.js";

type Payload = Record<string, unknown> | undefined;
const str = (value: unknown): string => (typeof value === "string" ? value : "");

/** Builds the per-event predicate for anonymous subscribers; room lookups hit the store. */
export function anonymousEventFilter(ctx: AppContext): (event: MoltnetEvent) => Promise<boolean> {
  const isPublicRoom = async (roomId: string): Promise<boolean> => {
    const id = roomId.trim();
    if (id === "") return false;
    try {
      const room = await ctx.store.getRoom(id);
      return room !== null && String(room.visibility).trim() === "public";
    } catch (err) {
      // Fail closed: an anonymous reader never sees an event we could not vet.
      ctx.log.warn(
        { error: err instanceof Error ? err.message : String(err), room_id: id },
        "anonymous stream room lookup failed",
      );
      return false;
    }
  };
  return async (event) => {
    switch (event.type) {
      case "message.created": {
        const target = (event.message as Payload)?.target as Payload;
        const kind = str(target?.kind);
        return (kind === "room" || kind === "thread") && isPublicRoom(str(target?.room_id));
      }
      case "room.created":
        return event.room !== undefined && isPublicRoom(str(event.room.id));
      case "thread.created":
        return event.thread !== undefined && isPublicRoom(str(event.thread.room_id));
      case "room.removed":
        return event.room !== undefined && str(event.room.visibility).trim() === "public";
      case "stream.replay_gap":
        return true;
      default:
        return false;
    }
  };
}

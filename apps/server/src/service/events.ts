// The domain events of §5.14, as records for the store's event log: the
// service hands them to the store call that makes the change, and the store
// writes them in the same transaction. Payloads are wire shapes (never
// `access`, never credential keys); every event but message.created gets a
// random id (ids come from ../events/ids.ts). `data` is the exact wire JSON
// the stream will carry.
import { goStringify, type NewEvent, type Timestamp } from "@moltnet/store";
import type { AppContext, MoltnetEvent } from "../context.js";
import { newEventId } from "../events/ids.js";
import { wireEvent } from "../events/wire.js";

export { messageEventId } from "../events/ids.js";

type Payload = Pick<MoltnetEvent, "agent" | "message" | "room" | "thread" | "dm">;

/** An event as the log stores it. */
export function eventRecordOf(event: MoltnetEvent): NewEvent {
  return { id: event.id, type: event.type, data: goStringify(wireEvent(event)) };
}

export function eventRecord(
  ctx: AppContext,
  type: string,
  payload: Payload,
  createdAt: Timestamp,
  id = newEventId(),
): NewEvent {
  return eventRecordOf({ id, type, network_id: ctx.settings.networkId, ...payload, created_at: createdAt });
}

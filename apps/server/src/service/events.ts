// Publishing the domain events of §5.14. Payloads are wire shapes (never
// `access`, never credential keys); every event but message.created gets a
// random id (ids come from ../events/ids.ts).
import type { Timestamp } from "@moltnet/store";
import type { AppContext, MoltnetEvent } from "../context.js";
import { newEventId } from "../events/ids.js";

export { messageEventId } from "../events/ids.js";

type Payload = Pick<MoltnetEvent, "agent" | "message" | "room" | "thread" | "dm">;

export function publishEvent(ctx: AppContext, type: string, payload: Payload, createdAt: Timestamp, id = newEventId()): void {
  const event: MoltnetEvent = { id, type, network_id: ctx.settings.networkId, ...payload, created_at: createdAt };
  ctx.events.publish(event);
}

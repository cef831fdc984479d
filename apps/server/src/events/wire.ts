// The event as serialized on the stream: the reference's key order, absent
// payloads omitted. Payloads are expected in wire shape already (wireRoom,
// wireMessage, … from @moltnet/store).
import type { MoltnetEvent } from "../context.js";

const PAYLOADS = ["agent", "message", "room", "thread", "dm", "pairing", "replay_gap"] as const;

export function wireEvent(event: MoltnetEvent): Record<string, unknown> {
  const out: Record<string, unknown> = { id: event.id, type: event.type, network_id: event.network_id };
  for (const key of PAYLOADS) if (event[key] !== undefined && event[key] !== null) out[key] = event[key];
  out.created_at = event.created_at;
  return out;
}

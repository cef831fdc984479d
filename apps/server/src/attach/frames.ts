// The frames of the native attachment protocol (`moltnet.attach.v1`) and the
// reference's limits. Frames are JSON text; server frames are written with
// the reference's key order (and, as Go encodes a non-pointer struct even
// under omitempty, an empty `capabilities` object), so a byte-level client
// sees what Moltnet (Go) sends.
import { goStringify } from "@moltnet/store";

export const ATTACH_PROTOCOL_V1 = "moltnet.attach.v1";
/** Announced in HELLO; the server PINGs every half of it and drops a client silent for two of it. */
export const HEARTBEAT_INTERVAL_MS = 5000;
/** Time from HELLO to IDENTIFY. */
export const IDENTIFY_TIMEOUT_MS = 10_000;
/** A frame the socket cannot hand to the kernel within this is a dead client. */
export const WRITE_TIMEOUT_MS = 10_000;
/** Largest client frame (the reference's read limit, 1 MiB). */
export const MAX_FRAME_BYTES = 1 << 20;
/** Events sent and not yet ACKed, per attachment. */
export const MAX_PENDING_ACKS = 1024;

export type Op = "HELLO" | "IDENTIFY" | "READY" | "EVENT" | "ACK" | "PING" | "PONG" | "ERROR";

/** A client frame as decoded; fields are kept only when they have the expected type. */
export interface ClientFrame {
  op: string;
  version: string;
  network_id: string;
  agent?: { id: string; name: string };
  cursor: string;
  error: string;
}

export class FrameError extends Error {
  override readonly name = "FrameError";
}

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** Decodes one text frame; FrameError with the reference's wording when it is not a JSON object. */
export function decodeFrame(text: string): ClientFrame {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new FrameError("attachment frame must be valid JSON");
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    throw new FrameError("attachment frame must be valid JSON");
  const o = raw as Record<string, unknown>;
  const frame: ClientFrame = {
    op: str(o.op),
    version: str(o.version),
    network_id: str(o.network_id),
    cursor: str(o.cursor),
    error: str(o.error),
  };
  if (o.agent !== null && typeof o.agent === "object" && !Array.isArray(o.agent)) {
    const a = o.agent as Record<string, unknown>;
    frame.agent = { id: str(a.id), name: str(a.name) };
  }
  return frame;
}

const opName = (frame: ClientFrame) => frame.op.trim() || "frame";

/** IDENTIFY (and every client frame but ACK and PONG) must carry this protocol's version. */
export function versionError(frame: ClientFrame, required: boolean): string | undefined {
  const version = frame.version.trim();
  if (version === "") {
    if (!required && (frame.op === "ACK" || frame.op === "PONG")) return undefined;
    return `attachment ${opName(frame)} version is required`;
  }
  if (version !== ATTACH_PROTOCOL_V1)
    return `attachment ${opName(frame)} version ${JSON.stringify(frame.version)} does not match "${ATTACH_PROTOCOL_V1}"`;
  return undefined;
}

interface ServerFrame {
  op: Op;
  heartbeat_interval_ms?: number;
  network_id?: string;
  agent_id?: string;
  actor_uid?: string;
  actor_uri?: string;
  agent_token?: string;
  cursor?: string;
  error?: string;
}

/** A server frame as text. `eventJson` is an event's stored wire JSON, spliced in unchanged. */
export function encodeFrame(frame: ServerFrame, eventJson?: string): string {
  const o: Record<string, unknown> = { op: frame.op, version: ATTACH_PROTOCOL_V1 };
  if (frame.heartbeat_interval_ms) o.heartbeat_interval_ms = frame.heartbeat_interval_ms;
  for (const key of ["network_id", "agent_id", "actor_uid", "actor_uri", "agent_token"] as const) {
    if (frame[key]) o[key] = frame[key];
  }
  o.capabilities = {};
  if (frame.cursor) o.cursor = frame.cursor;
  let text = goStringify(o);
  if (eventJson !== undefined) text = `${text.slice(0, -1)},"event":${eventJson}}`;
  if (frame.error) text = `${text.slice(0, -1)},"error":${goStringify(frame.error)}}`;
  return text;
}

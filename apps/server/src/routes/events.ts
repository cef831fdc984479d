// GET /v1/events/stream: Server-Sent Events (§5.13) over the stored event log
// (events/feed.ts). The subscription's cursor is taken before the response
// starts, so anything committed after a client read `: stream-open` reaches
// it. Frames are pulled by the response stream: a client that stops reading
// stops pulling and simply falls behind; it catches up from the store.
import type { Context, Hono } from "hono";
import { goStringify } from "@moltnet/store";
import type { AppContext, AppEnv, MoltnetEvent } from "../context.js";
import type { FeedItem } from "../events/feed.js";
import type { Platform } from "../platform.js";
import { requireAccess } from "../auth/authenticate.js";
import { streamIdentity } from "../auth/principal.js";
import { anonymousEventFilter } from "../events/filters.js";
import { wireEvent } from "../events/wire.js";
import { HttpError } from "../http/errors.js";
import { idError } from "../ids.js";

const EVENT_TYPE = /^[A-Za-z0-9][A-Za-z0-9._:+@/-]{0,127}$/;
const encoder = new TextEncoder();
const OPEN = encoder.encode(": stream-open\n\n");
const KEEP_ALIVE = encoder.encode(": keep-alive\n\n");

/** `Last-Event-ID` header first, then `?last_event_id`; a value that is not a valid id counts as absent. */
export function lastEventId(c: Context): string {
  for (const raw of [c.req.header("Last-Event-ID"), c.req.query("last_event_id")]) {
    const value = (raw ?? "").trim();
    if (value !== "" && idError(value) === undefined) return value;
  }
  return "";
}

/** One SSE frame, or null for an event whose id or type is unsafe to write. `data` is the stored wire JSON, when there is one. */
export function formatFrame(event: MoltnetEvent, data?: string): Uint8Array | null {
  const id = String(event.id ?? "").trim();
  const type = String(event.type ?? "").trim();
  if (id === "" || idError(id) !== undefined || !EVENT_TYPE.test(type)) return null;
  // Stored JSON from the server never holds a raw line break; anything else would break the frame.
  if (data !== undefined && /[\r\n]/.test(data)) return null;
  return encoder.encode(`id: ${id}\nevent: ${type}\ndata: ${data || goStringify(wireEvent(event))}\n\n`);
}

function remoteAddress(c: Context): string | undefined {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress;
}

export function registerEventRoutes(app: Hono<AppEnv>, ctx: AppContext, platform: Platform): void {
  const anonymousFilter = anonymousEventFilter(ctx);

  app.get("/v1/events/stream", async (c) => {
    const principal = await requireAccess(c, "read");
    const filter = principal.kind === "anonymous" ? anonymousFilter : null;
    const identity = streamIdentity(principal, remoteAddress(c));
    if (!platform.limiter.acquire(identity)) {
      throw new HttpError(503, `too many concurrent sse subscribers (${identity})`);
    }

    let sub;
    try {
      sub = await platform.feed.subscribe(lastEventId(c));
    } catch (err) {
      platform.limiter.release(identity);
      throw err;
    }
    platform.metrics.sseOpened();
    let heartbeatDue = false;
    let finished = false;
    const timer = setInterval(() => {
      heartbeatDue = true;
      sub.wake();
    }, platform.heartbeatMs);
    const finish = () => {
      if (finished) return;
      finished = true;
      clearInterval(timer);
      sub.close();
      platform.limiter.release(identity);
      platform.metrics.sseClosed();
    };
    c.req.raw.signal?.addEventListener("abort", finish, { once: true });

    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(OPEN);
      },
      async pull(controller) {
        for (;;) {
          if (heartbeatDue) {
            heartbeatDue = false;
            controller.enqueue(KEEP_ALIVE);
            return;
          }
          const item: FeedItem | undefined = sub.take();
          if (item) {
            const event = item.event;
            if (filter && !(await filter(event))) continue;
            const frame = formatFrame(event, item.data);
            if (!frame) {
              ctx.log.warn({ event_id: event.id, event_type: event.type }, "skip event with unsafe id or type");
              continue;
            }
            platform.metrics.eventDelivered();
            controller.enqueue(frame);
            return;
          }
          if (sub.closed) {
            finish();
            try {
              controller.close();
            } catch {
              // Already cancelled by the client.
            }
            return;
          }
          await sub.wait();
        }
      },
      cancel() {
        finish();
      },
    });

    c.header("Content-Type", "text/event-stream");
    c.header("Cache-Control", "no-cache");
    c.header("Connection", "keep-alive");
    return c.body(body, 200);
  });
}

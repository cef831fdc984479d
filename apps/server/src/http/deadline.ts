// The request deadline: an answer within `timeoutMs` or a 503. A stalled
// database (frozen, partitioned, a lock held forever) then costs a client a
// bounded wait instead of minutes, and an answer that comes late is never
// sent: the client has had its 503. A request whose client is already gone
// when its turn comes is not run at all.
//
// Event streams return their Response at once (the stream follows), so the
// deadline only bounds the time until their headers.
import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.js";
import { errorResponse } from "./errors.js";

export function requestDeadline(timeoutMs: number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming?.socket?.destroyed) {
      // Nobody will read the answer; do no work for it.
      c.res = errorResponse(c, 503, "");
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<true>((resolve) => {
      timer = setTimeout(() => resolve(true), timeoutMs);
    });
    try {
      const late = await Promise.race([next().then(() => false), expired]);
      if (late) c.res = errorResponse(c, 503, "", { "Retry-After": "1" });
    } finally {
      clearTimeout(timer);
    }
  };
}

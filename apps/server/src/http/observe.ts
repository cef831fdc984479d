// What every answered request leaves behind: its request-count and duration
// metrics and one log line (info, warn from 400, error from 500). Shared by
// the Hono middleware and the node:http hot routes so both report alike.
import type { Logger } from "../log.js";
import type { Metrics } from "../metrics.js";

export type RequestObserver = (
  requestId: string,
  method: string,
  route: string,
  status: number,
  seconds: number,
) => void;

export function requestObserver(metrics: Metrics, log: Logger): RequestObserver {
  return (requestId, method, route, status, seconds) => {
    metrics.recordRequest(method, route, status, seconds);
    const fields = { request_id: requestId, method, route, status, duration_ms: Math.round(seconds * 1000) };
    if (status >= 500) log.error(fields, "request completed with error");
    else if (status >= 400) log.warn(fields, "request completed with error");
    else log.info(fields, "request completed");
  };
}

// What the platform routes (health, network, events, metrics, pairings) need
// beyond the AppContext: the event feed, the stream limiter and metrics.
import type { EventFeed } from "./events/feed.js";
import type { StreamLimiter } from "./events/limiter.js";
import type { Metrics } from "./metrics.js";

export interface Platform {
  feed: EventFeed;
  limiter: StreamLimiter;
  metrics: Metrics;
  /** Heartbeat period of event streams, ms (15 s; shorter in tests). */
  heartbeatMs: number;
}

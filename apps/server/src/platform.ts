// What the platform routes (health, network, events, metrics, pairings) need
// beyond the AppContext: the concrete broker, the stream limiter and metrics.
import type { EventBroker } from "./events/broker.js";
import type { StreamLimiter } from "./events/limiter.js";
import type { Metrics } from "./metrics.js";

export interface Platform {
  broker: EventBroker;
  limiter: StreamLimiter;
  metrics: Metrics;
  /** Heartbeat period of event streams, ms (15 s; shorter in tests). */
  heartbeatMs: number;
}

// Prometheus metrics for one app instance. Each app owns its registry (not
// prom-client's global one) so several apps in one process — tests, mostly —
// do not share counters. Route labels are route patterns, never raw paths,
// so label cardinality stays bounded whatever clients request.
import { Counter, Gauge, Histogram, Registry } from "prom-client";

export interface Metrics {
  readonly registry: Registry;
  recordRequest(method: string, route: string, status: number, seconds: number): void;
  sseOpened(): void;
  sseClosed(): void;
  attachmentOpened(): void;
  attachmentClosed(): void;
  eventDropped(): void;
  eventDelivered(): void;
  eventsRead(count: number): void;
  eventsPruned(count: number): void;
  storeHealth(ok: boolean): void;
  /** Gauges read at scrape time from the event feed. */
  watchEvents(source: { reconnects(): number; maxLag(): number }): void;
  /** One outbound relay outcome for a pairing (`success`, `rejected`, `error`, `dropped`). */
  relayed(pairingId: string, outcome: RelayOutcome): void;
  /** Per-pairing relay lag, read at scrape time. */
  watchRelay(source: () => Promise<ReadonlyArray<{ pairingId: string; lag: number }>>): void;
}

/**
 * - success: the remote accepted the message (or already had it);
 * - rejected: the remote refused it for good (a 4xx a retry cannot fix); relay moved on;
 * - error: an attempt failed (remote down, slow, 5xx, 401); it is retried;
 * - dropped: not sent because the remote cannot take it (DMs to a network with direct messages off).
 */
export type RelayOutcome = "success" | "rejected" | "error" | "dropped";

/** Buckets of the reference's duration histogram (seconds). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** `checkHealth` runs on every scrape so the store gauge is current, not only as fresh as the last /readyz. */
export function createMetrics(checkHealth?: () => Promise<boolean>): Metrics {
  const registry = new Registry();
  const requests = new Counter({
    name: "moltnet_http_requests_total",
    help: "Total HTTP requests handled by Moltnet.",
    labelNames: ["method", "route", "status"] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: "moltnet_http_request_duration_seconds",
    help: "HTTP request duration histogram.",
    labelNames: ["method", "route"] as const,
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const sse = new Gauge({
    name: "moltnet_active_sse_subscribers",
    help: "Active SSE observer connections.",
    registers: [registry],
  });
  const attachments = new Gauge({
    name: "moltnet_active_attachments",
    help: "Active attachment websocket connections.",
    registers: [registry],
  });
  const dropped = new Counter({
    name: "moltnet_events_dropped_total",
    help: "Dropped live events because subscriber buffers were full.",
    registers: [registry],
  });
  const read = new Counter({
    name: "moltnet_events_written_total",
    help: "Events committed to the event log (by any server on the database) and read by this server.",
    registers: [registry],
  });
  const delivered = new Counter({
    name: "moltnet_events_delivered_total",
    help: "Event frames written to SSE subscribers.",
    registers: [registry],
  });
  const pruned = new Counter({
    name: "moltnet_events_pruned_total",
    help: "Events deleted from the event log by retention.",
    registers: [registry],
  });
  let source: { reconnects(): number; maxLag(): number } | null = null;
  new Gauge({
    name: "moltnet_event_listener_reconnects",
    help: "Times the event listener (Postgres LISTEN) reconnected since start.",
    registers: [registry],
    collect() {
      this.set(source?.reconnects() ?? 0);
    },
  });
  new Gauge({
    name: "moltnet_event_subscriber_lag",
    help: "Largest number of events between the log's head and an SSE subscriber's cursor.",
    registers: [registry],
    collect() {
      this.set(source?.maxLag() ?? 0);
    },
  });
  const relayTotal = new Counter({
    name: "moltnet_relay_total",
    help: "Outbound pairing relay outcomes, by pairing and outcome.",
    labelNames: ["pairing", "outcome"] as const,
    registers: [registry],
  });
  let relaySource: (() => Promise<ReadonlyArray<{ pairingId: string; lag: number }>>) | null = null;
  new Gauge({
    name: "moltnet_relay_lag_events",
    help: "Events in the log after a pairing's relay position (events still to look at for relay).",
    labelNames: ["pairing"] as const,
    registers: [registry],
    async collect() {
      if (!relaySource) return;
      this.reset();
      for (const { pairingId, lag } of await relaySource()) this.set({ pairing: pairingId }, lag);
    },
  });
  const health = new Gauge({
    name: "moltnet_store_health",
    help: "Store readiness gauge from the latest health check.",
    registers: [registry],
    async collect() {
      if (checkHealth) this.set((await checkHealth()) ? 1 : 0);
    },
  });
  return {
    registry,
    recordRequest(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ method, route }, seconds);
    },
    sseOpened: () => sse.inc(),
    sseClosed: () => sse.dec(),
    attachmentOpened: () => attachments.inc(),
    attachmentClosed: () => attachments.dec(),
    eventDropped: () => dropped.inc(),
    eventDelivered: () => delivered.inc(),
    eventsRead: (n) => read.inc(n),
    eventsPruned: (n) => pruned.inc(n),
    watchEvents: (s) => {
      source = s;
    },
    storeHealth: (ok) => health.set(ok ? 1 : 0),
    relayed: (pairingId, outcome) => relayTotal.inc({ pairing: pairingId, outcome }),
    watchRelay: (s) => {
      relaySource = s;
    },
  };
}

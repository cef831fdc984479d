// The HTTP application, built apart from listening so tests and boot can call
// `fetch` directly. Middleware order: observe (request id, one log line,
// metrics) → authentication defaults → routes; one error handler maps known
// errors to envelopes and hides the rest; unknown paths get JSON 404/405.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { Hono } from "hono";
import { matchedRoutes } from "hono/route";
import { MonotonicClock, type EventRetention, type Store } from "@moltnet/store";
import type { AppContext, AppEnv } from "./context.js";
import type { Logger } from "./log.js";
import type { AppSettings } from "./settings.js";
import type { Platform } from "./platform.js";
import { accessFactory, authMiddleware } from "./auth/authenticate.js";
import { createHotRoutes, type HotRoutes } from "./http/hot-routes.js";
import { staticCredentialKey } from "./auth/tokens.js";
import { staticTokenId } from "./config/static-token-id.js";
import { EventFeed } from "./events/feed.js";
import { eventRecordOf } from "./service/events.js";
import { StreamLimiter } from "./events/limiter.js";
import { clientAddress, normalizeAddress } from "./http/client-address.js";
import { requestDeadline } from "./http/deadline.js";
import { createErrorHandler, errorResponse } from "./http/errors.js";
import { RateLimiter } from "./http/rate-limit.js";
import { DEFAULT_LIMITS, type ServerLimits } from "./config/limits.js";
import { createNotFoundHandler } from "./http/not-found.js";
import { createMetrics } from "./metrics.js";
import { requestObserver } from "./http/observe.js";
import { registerEventRoutes } from "./routes/events.js";
import { registerHealthRoutes } from "./routes/health.js";
import { registerMetricsRoutes } from "./routes/metrics.js";
import { registerNetworkRoutes } from "./routes/network.js";
import { registerPairingRoutes } from "./routes/pairings.js";
import { registerRoomRoutes } from "./routes/rooms.js";
import { registerMessageRoutes } from "./routes/messages.js";
import { registerThreadRoutes } from "./routes/threads.js";
import { registerDmRoutes } from "./routes/dms.js";
import { registerArtifactRoutes } from "./routes/artifacts.js";
import { registerAgentRoutes } from "./routes/agents.js";
import { registerApplyRoutes } from "./routes/apply.js";
import { registerStorageRoutes } from "./routes/storage.js";
import { registerConsoleRoutes } from "./http/console-assets.js";
import { consoleTokenBootstrap } from "./http/console-token.js";
import { applyConfig } from "./service/apply.js";
import type { ApplyConfigRequest } from "./service/request-schemas.js";
import { AttachGateway } from "./attach/gateway.js";
import { Presence } from "./attach/presence.js";
import { PairingMonitor } from "./pairings/monitor.js";
import { PairingRelay } from "./pairings/relay.js";
import { relayLags } from "./pairings/lag.js";
import { registerAttachRoutes, upgradeAuthorizer } from "./routes/attach.js";
import { registerDiscoveryRoutes } from "./routes/discovery.js";

export interface AppDeps {
  settings: AppSettings;
  store: Store;
  log: Logger;
  clock?: MonotonicClock;
  /** SSE heartbeat period in ms; 15 000 unless a test needs it faster. */
  heartbeatMs?: number;
  /** The request deadline and registration rate (defaults: DEFAULT_LIMITS). */
  limits?: Pick<
    ServerLimits,
    | "requestTimeoutMs"
    | "registrationsPerMinute"
    | "registrationBurst"
    | "trustedProxies"
    | "pairingTimeoutMs"
    | "pairingCheckIntervalMs"
  >;
  /** Event log retention, pruned in the background; none (keep everything) when absent. */
  eventRetention?: EventRetention;
  /** How often retention runs (ms; default 60 s). */
  pruneEveryMs?: number;
  /** `server.trust_forwarded_proto`: the console cookie is Secure when a trusted proxy says `X-Forwarded-Proto: https`. */
  trustForwardedProto?: boolean;
  /** Where the store keeps its data (file path, DSN without password), for GET /v1/storage. */
  storageLocation?: string | null;
  /** Origins a browser may attach from (`server.allowed_origins`, or the localhost default); any when absent. */
  allowedOrigins?: ReadonlySet<string>;
}

export interface MoltnetApp {
  fetch(request: Request, env?: unknown): Response | Promise<Response>;
  /** Applies declared rooms and token-bound agents (§6.5); run once at boot, before listening. */
  reconcile(): Promise<void>;
  /** Starts following the event log (boot calls it before listening; subscribing starts it too). */
  start(): Promise<void>;
  /** Ends every event stream and attachment. The store is the caller's to close. */
  close(): void;
  /** Resolves when the attachments ended by close() have stored their closing events. */
  closed(): Promise<void>;
  /** Serves the hot routes on node:http directly (true), or leaves the request to `fetch` (false). */
  hotRoutes: HotRoutes;
  /** The HTTP server's `upgrade` handler (GET /v1/attach). */
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** The request-independent context (for tests and boot diagnostics). */
  readonly context: AppContext;
  /** The platform pieces (event feed, limiter, metrics). */
  readonly platform: Platform;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * A route as the reference labels it (Go's ServeMux pattern): `GET /v1/rooms/{roomID}`.
 * Unmatched paths get one `unmatched` label (the reference uses the raw path,
 * whose cardinality a client controls).
 */
export function routeLabel(route: { method: string; path: string } | undefined): string {
  if (!route) return "unmatched";
  return `${route.method} ${route.path.replace(/:([A-Za-z0-9_]+)/g, "{$1}")}`;
}

/** The inbound `X-Request-Id` when well-formed, else `req_` + 16 hex. */
export function requestIdFor(header: string | undefined): string {
  const inbound = (header ?? "").trim();
  // 16 hex digits from a pooled random UUID (60 random bits; one digit is the
  // UUID version): much cheaper per request than a randomBytes call.
  return REQUEST_ID.test(inbound) ? inbound : `req_${randomUUID().replace(/-/g, "").slice(0, 16)}`;
}

export function createApp(deps: AppDeps): MoltnetApp {
  const { settings, store, log } = deps;
  const clock = deps.clock ?? new MonotonicClock();
  const metrics = createMetrics(async () => {
    try {
      await store.health();
      return true;
    } catch {
      return false;
    }
  });
  const feed = new EventFeed(store.events, {
    directMessages: settings.directMessages,
    networkId: settings.networkId,
    now: () => clock.now(),
    retention: deps.eventRetention,
    pruneEveryMs: deps.pruneEveryMs,
    onRead: (n) => metrics.eventsRead(n),
    onPruned: (n) => metrics.eventsPruned(n),
    warn: (fields, message) => log.warn(fields, message),
  });
  metrics.watchEvents({ reconnects: () => store.events.status().reconnects, maxLag: () => feed.maxLag() });
  const platform: Platform = { feed, limiter: new StreamLimiter(), metrics, heartbeatMs: deps.heartbeatMs ?? 15_000 };
  const events = {
    publish: (event: Parameters<typeof eventRecordOf>[0]) => store.events.append([eventRecordOf(event)]),
  };
  const ctx: AppContext = { settings, store, clock, events, log };
  const presence = new Presence(ctx);
  ctx.presence = presence;
  const gateway = new AttachGateway({ ctx, platform, presence });
  const limits = deps.limits ?? DEFAULT_LIMITS;
  const pairings = new PairingMonitor(ctx, {
    timeoutMs: limits.pairingTimeoutMs,
    checkIntervalMs: limits.pairingCheckIntervalMs,
  });
  const relays = settings.pairings
    .filter((p) => (p.remote_base_url ?? "").trim() !== "")
    .map((p) => new PairingRelay(ctx, p, pairings, metrics));
  metrics.watchRelay(() => relayLags(store, settings.pairings));

  const observe = requestObserver(metrics, log);
  const app = new Hono<AppEnv>();
  app.use("*", async (c, next) => {
    const requestId = requestIdFor(c.req.header("X-Request-Id"));
    c.set("requestId", requestId);
    c.header("X-Request-Id", requestId);
    const started = performance.now();
    await next();
    if (!c.res.headers.has("X-Request-Id")) c.res.headers.set("X-Request-Id", requestId);
    const seconds = (performance.now() - started) / 1000;
    const route = routeLabel(
      matchedRoutes(c)
        .filter((r) => r.method !== "ALL")
        .at(-1),
    );
    observe(requestId, c.req.method, route, c.res.status, seconds);
  });
  app.use("*", requestDeadline(limits.requestTimeoutMs));
  const registrations = new RateLimiter({ perMinute: limits.registrationsPerMinute, burst: limits.registrationBurst });
  const proxies = new Set(limits.trustedProxies.map(normalizeAddress));
  app.use("/v1/agents/register", async (c, next) => {
    // Only requests that came over a socket have an address to count; an
    // in-process app.fetch (embedding, unit tests) is not limited.
    const socket = (c.env as { incoming?: { socket?: unknown } } | undefined)?.incoming?.socket;
    if (c.req.method === "POST" && socket) {
      const decision = registrations.take(clientAddress(c, proxies));
      if (!decision.allowed) {
        return errorResponse(c, 429, "too many registrations from this address; retry later", {
          "Retry-After": String(decision.retryAfterSeconds),
        });
      }
    }
    await next();
  });
  const access = accessFactory(ctx);
  app.use("*", authMiddleware(ctx, access));
  const bootstrap = consoleTokenBootstrap({
    mode: settings.auth.mode,
    trustForwardedProto: deps.trustForwardedProto ?? false,
  });
  app.use("/", bootstrap);
  app.use("/console", bootstrap);
  app.use("/console/*", bootstrap);

  registerHealthRoutes(app, ctx, platform);
  registerMetricsRoutes(app, platform);
  registerNetworkRoutes(app, ctx, () => pairings.statuses());
  registerPairingRoutes(app, ctx, pairings);
  registerEventRoutes(app, ctx, platform);
  registerAttachRoutes(app, deps.allowedOrigins);
  registerDiscoveryRoutes(app, ctx);
  registerRoomRoutes(app, ctx);
  registerMessageRoutes(app, ctx);
  registerThreadRoutes(app, ctx);
  registerDmRoutes(app, ctx);
  registerArtifactRoutes(app, ctx);
  registerAgentRoutes(app, ctx);
  registerApplyRoutes(app, ctx);
  registerStorageRoutes(app, ctx, deps.storageLocation ?? null);
  registerConsoleRoutes(app, settings.auth.mode);

  app.onError(createErrorHandler(log));
  app.notFound(createNotFoundHandler(app));

  const authorize = upgradeAuthorizer((request, env) => app.fetch(request, env));
  let gatewayClosed: Promise<void> | undefined;
  const hotRoutes = createHotRoutes({
    ctx,
    access,
    observe,
    log,
    requestId: requestIdFor,
    deadlineMs: limits.requestTimeoutMs,
  });
  return {
    fetch: (request, env) => app.fetch(request, env),
    hotRoutes,
    async reconcile() {
      await applyConfig(ctx, startupApplyRequest(settings), { startup: true });
    },
    async start() {
      await feed.start();
      for (const relay of relays) await relay.prepare();
      pairings.start();
      for (const relay of relays) relay.start();
    },
    close() {
      pairings.stop();
      gatewayClosed ??= Promise.all([gateway.close(), ...relays.map((r) => r.stop())]).then(() => {});
      feed.close();
    },
    closed: () => gatewayClosed ?? Promise.resolve(),
    upgrade(req, socket, head) {
      void gateway.handleUpgrade(req, socket, head, authorize);
    },
    context: ctx,
    platform,
  };
}

/** The apply request built from configuration (§6.5): declared rooms, and every agent named by a token bound to that token's credential. */
export function startupApplyRequest(settings: AppSettings): ApplyConfigRequest {
  const agents: ApplyConfigRequest["agents"] = [];
  const keyById = new Map<string, string>();
  for (const token of settings.auth.tokens) {
    const key = staticCredentialKey(staticTokenId(token.id, token.value));
    for (const raw of token.agents) {
      const id = raw.trim();
      if (id === "") continue;
      const existing = keyById.get(id);
      if (existing !== undefined) {
        if (existing !== key) throw new Error(`agent "${id}" is declared by multiple auth tokens`);
        continue;
      }
      keyById.set(id, key);
      agents.push({ id, name: "", credential_key: key });
    }
  }
  return {
    network_id: settings.networkId,
    rooms: settings.rooms.map((r) => ({
      id: r.id,
      name: r.name ?? "",
      members: [...(r.members ?? [])],
      visibility: r.visibility ?? "",
      write_policy: r.write_policy ?? "",
    })),
    agents,
  };
}

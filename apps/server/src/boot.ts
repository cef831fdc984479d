// Starting and stopping the server, in a fixed order:
//   load + validate config → open the store (SQL backends migrate inside open)
//   → build the app → apply declared rooms and agents → listen.
// Each stage that fails undoes the stages before it and surfaces as one
// StartupError whose message is a single, redacted line naming the cause.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { isStoreError, openStore, type Store } from "@moltnet/store";
import { createApp, requestIdFor, type MoltnetApp } from "./app.js";
import { createGuardedServer } from "./http/connections.js";
import { ConfigError } from "./config/config-error.js";
import { createRedactor, type Redactor } from "./config/redact.js";
import { describeStorage, storageLocation, storeConfigIn, type ServerConfig } from "./config/server-config.js";
import { formatHostPort } from "./config/listen-address.js";
import { loadConfig } from "./config/load-config.js";
import type { Env } from "./config/env.js";
import { createLogger, type LogOptions, type Logger } from "./log.js";
import { allowedOrigins } from "./attach/origin.js";

export interface BootOptions {
  env: Env;
  /** Where the config file is discovered and relative paths resolve. */
  cwd: string;
  version: string;
  /** Receives each log line (stdout in production); lines are redacted first. */
  writeLog: (line: string) => void;
  /** Level and format of the log lines; JSON at info when not given. */
  log?: LogOptions;
  /** Writes out lines writeLog is holding back (batched sinks); called after each store line, so a migration step's announcement is out before the step blocks. */
  flushLog?: () => void;
  /** How long stop() waits for in-flight requests before cutting connections. Default 10 s. */
  shutdownGraceMs?: number;
  /** Builds the HTTP application; createApp unless a test substitutes its own. */
  createApp?: typeof createApp;
}

export interface RunningServer {
  config: ServerConfig;
  /** The bound address, `host:port` (the real port when 0 was configured). */
  address: string;
  port: number;
  log: Logger;
  /** Replaces secrets in text about to be printed. */
  redact: Redactor;
  /** Stops accepting, drains, closes the app and the store. Safe to call twice. */
  stop(): Promise<void>;
}

export class StartupError extends Error {
  override readonly name = "StartupError";
}

const DEFAULT_GRACE_MS = 10_000;

export async function startServer(options: BootOptions): Promise<RunningServer> {
  // Until the config is known only credential-shaped text can be recognised.
  let redact = createRedactor([]);
  const log = createLogger((line) => options.writeLog(redact(line)), options.log);
  const fail = (err: unknown, stage?: string) => {
    const reason = messageOf(err);
    return new StartupError(redact(stage ? `${stage}: ${reason}` : reason), { cause: err });
  };

  let config: ServerConfig;
  try {
    config = await loadConfig({ env: options.env, cwd: options.cwd, version: options.version });
  } catch (err) {
    if (err instanceof ConfigError) redact = createRedactor(err.secrets);
    throw fail(err);
  }
  redact = createRedactor(config.secrets);
  const storage = describeStorage(config.storage);
  log.debug({ config_path: config.configPath, listen_addr: config.listen.addr, ...storage }, "configuration loaded");

  let store: Store;
  try {
    const storeConfig = storeConfigIn(config.storage, options.cwd);
    if (storeConfig.kind === "postgres") storeConfig.statementTimeoutMs = config.limits.postgresStatementTimeoutMs;
    store = await openStore(storeConfig, {
      log: (line) => {
        log.info(storage, line);
        options.flushLog?.();
      },
    });
  } catch (err) {
    // Store errors already say `[store:<backend>] …`; anything else gets that context here.
    throw fail(err, isStoreError(err) ? undefined : `open ${config.storage.kind} storage`);
  }

  let app: MoltnetApp;
  try {
    app = (options.createApp ?? createApp)({
      settings: config.settings,
      store,
      log,
      limits: config.limits,
      eventRetention: config.eventRetention,
      trustForwardedProto: config.http.trustForwardedProto,
      storageLocation: storageLocation(config.storage),
      allowedOrigins: allowedOrigins(config.http.allowedOrigins, config.listen.host, config.listen.port),
    });
  } catch (err) {
    await closeQuietly(store, log);
    throw fail(err, "build the HTTP application");
  }

  try {
    await app.reconcile();
    await app.start();
  } catch (err) {
    app.close();
    await closeQuietly(store, log);
    throw fail(err, "apply the declared rooms and agents");
  }

  const listener = getRequestListener((request, env) => app.fetch(request, env));
  const guarded = createGuardedServer(
    (req, res) => {
      if (app.hotRoutes(req, res)) return;
      // The adapter answers errors of the app itself; a rejection here is the adapter's own failure.
      listener(req, res).catch((err: unknown) =>
        log.error({ error: messageOf(err) }, "request handling failed outside the app"),
      );
    },
    { limits: config.limits, log, requestId: () => requestIdFor(undefined) },
  );
  const server: Server = guarded.server;
  server.on("upgrade", (req, socket, head) => app.upgrade(req, socket, head));
  try {
    await listen(server, config.listen.port, config.listen.host);
  } catch (err) {
    app.close();
    await closeQuietly(store, log);
    throw fail(err, `listen on ${config.listen.addr}`);
  }

  const bound = server.address() as AddressInfo;
  const address = formatHostPort(bound.address, bound.port);
  log.info(
    {
      addr: address,
      ...storage,
      auth: config.settings.auth.mode,
      network_id: config.settings.networkId,
      version: config.settings.version,
    },
    `moltnet listening on ${listeningUrl(config.listen.host, bound.port)} (${storageSummary(storage)}, auth ${config.settings.auth.mode})`,
  );
  if (config.listen.host === undefined && config.settings.auth.mode === "none") {
    log.warn(
      { addr: address, auth: "none" },
      `listening on every interface with auth mode "none": anyone who can reach this machine can read and write; ` +
        `set server.listen_addr to 127.0.0.1:${bound.port} or configure auth`,
    );
  }

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Stop accepting, close idle keep-alive connections, refuse new
      // requests; the ones in flight finish and are answered with
      // `Connection: close`. Event streams never finish on their own, so they
      // are ended here too, and the wait below is for ordinary requests only.
      guarded.drain();
      app.close();
      await app.closed();
      const drained = await guarded.settled(options.shutdownGraceMs ?? DEFAULT_GRACE_MS);
      if (!drained)
        log.warn({ inflight: guarded.inflight() }, "shutdown grace period over; closing remaining connections");
      server.closeAllConnections();
      await closed;
      await store.close();
      log.info({ ...storage }, "moltnet stopped");
    })();
    return stopping;
  };

  return { config, address, port: bound.port, log, redact, stop };
}

/** The URL a person on this machine can open; a wildcard bind is reached through loopback. */
function listeningUrl(host: string | undefined, port: number): string {
  const shown = host === undefined || host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return `http://${formatHostPort(shown, port)}`;
}

function storageSummary(storage: Record<string, string>): string {
  const { backend, ...rest } = storage;
  const where = Object.values(rest)[0];
  return where ? `${backend} ${where}` : `${backend}`;
}

function listen(server: Server, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once("error", onError);
    // No host = every interface (Node binds `::` with IPv4 mapped where available).
    server.listen(port, host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

async function closeQuietly(store: Store, log: Logger): Promise<void> {
  try {
    await store.close();
  } catch (err) {
    log.warn({ error: messageOf(err) }, "closing the store after a failed start failed");
  }
}

const ERRNO_TEXT: Record<string, string> = {
  EADDRINUSE: "address already in use",
  EADDRNOTAVAIL: "address not available on this machine",
  EACCES: "permission denied",
  ENOTFOUND: "unknown host",
  EAI_AGAIN: "host name lookup failed",
};

/** One line: the error's own message, or a readable errno for system errors. */
export function messageOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  if (typeof code === "string" && ERRNO_TEXT[code]) return ERRNO_TEXT[code];
  const text = err instanceof Error ? err.message : String(err);
  return text.replace(/\s*\n\s*/g, " ").trim() || (err instanceof Error ? err.name : "unknown error");
}

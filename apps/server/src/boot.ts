// Starting and stopping the server, in a fixed order:
//   load + validate config → open the store (SQL backends migrate inside open)
//   → build the app → apply declared rooms and agents → listen.
// Each stage that fails undoes the stages before it and surfaces as one
// StartupError whose message is a single, redacted line naming the cause.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createAdaptorServer } from "@hono/node-server";
import { isStoreError, openStore, type Store } from "@moltnet/store";
import { createApp, type MoltnetApp } from "./app.js";
import {
  ConfigError,
  createRedactor,
  describeStorage,
  formatHostPort,
  loadConfig,
  storeConfigIn,
  type Env,
  type Redactor,
  type ServerConfig,
} from "./config/index.js";
import { jsonLogger, type Logger } from "./log.js";
import { allowedOrigins } from "./attach/origin.js";

export interface BootOptions {
  env: Env;
  /** Where the config file is discovered and relative paths resolve. */
  cwd: string;
  version: string;
  /** Receives each JSON log line (stdout in production); lines are redacted first. */
  writeLog: (line: string) => void;
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
  const log = jsonLogger((line) => options.writeLog(redact(line)));
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

  let store: Store;
  try {
    store = await openStore(storeConfigIn(config.storage, options.cwd), { log: (line) => log.info(storage, line) });
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
      eventRetention: config.eventRetention,
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

  const server = createAdaptorServer({ fetch: (request, env) => app.fetch(request, env) }) as Server;
  const inflight = trackInflight(server);
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
    { addr: address, ...storage, network_id: config.settings.networkId, version: config.settings.version },
    "moltnet listening",
  );

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Event streams never finish on their own; ending them first lets the
      // drain below wait only for ordinary requests instead of always
      // running into the grace period.
      app.close();
      await app.closed();
      const drained = await inflight.settled(options.shutdownGraceMs ?? DEFAULT_GRACE_MS);
      if (!drained) log.warn({ inflight: inflight.count() }, "shutdown grace period over; closing remaining connections");
      server.closeAllConnections();
      await closed;
      await store.close();
      log.info({ ...storage }, "moltnet stopped");
    })();
    return stopping;
  };

  return { config, address, port: bound.port, log, redact, stop };
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

/** Counts requests whose response has not finished, so shutdown can wait for exactly those. */
function trackInflight(server: Server) {
  let count = 0;
  let waiters: (() => void)[] = [];
  server.on("request", (_req, res) => {
    count++;
    res.once("close", () => {
      count--;
      if (count === 0) {
        for (const w of waiters) w();
        waiters = [];
      }
    });
  });
  return {
    count: () => count,
    /** True when every request finished within `ms`. */
    settled(ms: number): Promise<boolean> {
      if (count === 0) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve(true);
        });
      });
    },
  };
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

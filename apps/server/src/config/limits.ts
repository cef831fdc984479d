// Limits that protect the server from its clients and its database: timeouts,
// connection caps, the in-flight budget, the registration rate and the
// Postgres statement timeout. Each is `server.<key>` (or
// `storage.postgres.statement_timeout_ms`) in the file and MOLTNET_<KEY> in
// the environment, a whole number; the defaults keep one abusive client or
// address from starving the others.
import type { ConfigProblem } from "./config-error.js";
import { envString, type Env } from "./env.js";
import type { RawConfigFile } from "./file-schema.js";

export interface ConnectionLimits {
  /** Time to receive the request line and headers, ms. */
  headerTimeoutMs: number;
  /** Time to receive the whole request (headers and body), ms. */
  bodyTimeoutMs: number;
  /** How long an idle keep-alive connection is kept, ms. */
  idleTimeoutMs: number;
  /** Time to produce and write a response, ms (not for event streams). */
  writeTimeoutMs: number;
  /** Open connections in total. */
  maxConnections: number;
  /** Open connections from one remote address. */
  maxConnectionsPerAddress: number;
  /** Requests running or writing their answer, across all connections. */
  maxInflightRequests: number;
  /** Response bytes written but not yet taken by clients, across all connections; beyond it new requests get 503. */
  maxPendingWriteBytes: number;
}

export interface ServerLimits extends ConnectionLimits {
  /** A request not answered within this many ms gets 503 (a stalled database). */
  requestTimeoutMs: number;
  /** Registrations per remote address and minute (POST /v1/agents/register); 0 = unlimited. */
  registrationsPerMinute: number;
  /** Registrations one address may make at once before the per-minute rate applies. */
  registrationBurst: number;
  /** Peers whose X-Forwarded-For names the client (reverse proxies). Everyone else is its own socket address. */
  trustedProxies: string[];
  /** Postgres statement_timeout, ms; 0 = none. */
  postgresStatementTimeoutMs: number;
  /** Time for one call to a paired network (proxy routes, status checks, one relayed message), ms. */
  pairingTimeoutMs: number;
  /** How often each pairing's remote is re-checked while it answers, ms (after a failure: sooner, with backoff). */
  pairingCheckIntervalMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = {
  headerTimeoutMs: 5_000,
  bodyTimeoutMs: 15_000,
  idleTimeoutMs: 60_000,
  writeTimeoutMs: 30_000,
  maxConnections: 1_024,
  maxConnectionsPerAddress: 64,
  maxInflightRequests: 128,
  maxPendingWriteBytes: 256 * 1024 * 1024,
  requestTimeoutMs: 5_000,
  registrationsPerMinute: 30,
  registrationBurst: 10,
  trustedProxies: [],
  postgresStatementTimeoutMs: 5_000,
  pairingTimeoutMs: 5_000,
  pairingCheckIntervalMs: 30_000,
};

type NumericLimit = Exclude<keyof ServerLimits, "trustedProxies">;

/** File key (under `server:`) for each numeric limit; the variable is MOLTNET_ + the key in capitals. */
export const LIMIT_KEYS: Readonly<Record<Exclude<NumericLimit, "postgresStatementTimeoutMs">, string>> = {
  headerTimeoutMs: "header_timeout_ms",
  bodyTimeoutMs: "body_timeout_ms",
  idleTimeoutMs: "idle_timeout_ms",
  writeTimeoutMs: "write_timeout_ms",
  maxConnections: "max_connections",
  maxConnectionsPerAddress: "max_connections_per_address",
  maxInflightRequests: "max_inflight_requests",
  maxPendingWriteBytes: "max_pending_write_bytes",
  requestTimeoutMs: "request_timeout_ms",
  registrationsPerMinute: "registration_rate_per_minute",
  registrationBurst: "registration_burst",
  pairingTimeoutMs: "pairing_timeout_ms",
  pairingCheckIntervalMs: "pairing_check_interval_ms",
};

/** Limits that must be at least 1 (a zero cap or timeout would refuse everything). */
const AT_LEAST_ONE = new Set<NumericLimit>([
  "headerTimeoutMs",
  "bodyTimeoutMs",
  "idleTimeoutMs",
  "writeTimeoutMs",
  "maxConnections",
  "maxConnectionsPerAddress",
  "maxInflightRequests",
  "maxPendingWriteBytes",
  "requestTimeoutMs",
  "registrationBurst",
  "pairingTimeoutMs",
  "pairingCheckIntervalMs",
]);

export function resolveLimits(
  file: RawConfigFile,
  env: Env,
  fileProblems: ConfigProblem[],
  envProblems: ConfigProblem[],
): ServerLimits {
  const out: ServerLimits = { ...DEFAULT_LIMITS, trustedProxies: [...DEFAULT_LIMITS.trustedProxies] };
  const server = (file.server ?? {}) as Record<string, unknown>;
  const pick = (name: NumericLimit, fromFile: unknown, filePath: string, envKey: string) => {
    const raw = envString(env, envKey);
    if (raw !== undefined) {
      const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
      if (!Number.isSafeInteger(n) || (AT_LEAST_ONE.has(name) && n < 1)) {
        envProblems.push({
          path: envKey,
          message: `expected a whole number${AT_LEAST_ONE.has(name) ? " of at least 1" : ""}, got ${JSON.stringify(raw)}`,
        });
      } else out[name] = n;
      return;
    }
    if (typeof fromFile !== "number") return;
    if (AT_LEAST_ONE.has(name) && fromFile < 1)
      fileProblems.push({ path: filePath, message: `expected a whole number of at least 1, got ${fromFile}` });
    else out[name] = fromFile;
  };
  for (const [name, key] of Object.entries(LIMIT_KEYS) as [NumericLimit, string][]) {
    pick(name, server[key], `server.${key}`, `MOLTNET_${key.toUpperCase()}`);
  }
  pick(
    "postgresStatementTimeoutMs",
    file.storage?.postgres?.statement_timeout_ms,
    "storage.postgres.statement_timeout_ms",
    "MOLTNET_POSTGRES_STATEMENT_TIMEOUT_MS",
  );
  if (out.headerTimeoutMs > out.bodyTimeoutMs) {
    fileProblems.push({
      path: "server.header_timeout_ms",
      message: "must not be longer than server.body_timeout_ms (the whole request)",
    });
  }
  const proxies = envString(env, "MOLTNET_TRUSTED_PROXIES");
  const list = proxies !== undefined ? proxies.split(",") : (file.server?.trusted_proxies ?? []);
  out.trustedProxies = list.map((p) => p.trim()).filter((p) => p !== "");
  return out;
}

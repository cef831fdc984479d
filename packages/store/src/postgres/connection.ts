// The postgres.js pool and its Drizzle wrapper. Everything about how we talk to
// the server lives here: pool size, timeouts, session settings, and how the
// server is named in messages (host, port and database only: never the user's
// password or the DSN itself).
import postgres, { type Sql } from "postgres";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { StoreError } from "../errors.js";

export interface PostgresConfig {
  kind: "postgres";
  dsn: string;
  /** Pool size; default 10. */
  maxConnections?: number;
  /** Seconds to wait for a new connection; default 5 unless the DSN sets `connect_timeout`. */
  connectTimeoutSeconds?: number;
  /** Server-side limit per statement, ms; default 5000, 0 = none. Migrations lift it for their own transaction. */
  statementTimeoutMs?: number;
}

export type Db = PostgresJsDatabase<Record<string, never>>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** Anything Drizzle queries can be built on: the pool or an open transaction. */
export type Executor = Db | Tx;

export interface Connection {
  sql: Sql;
  db: Db;
  /** `host:port/database`, safe to show. */
  target: string;
  /** How long a probe (open, health) may wait for an answer. */
  connectTimeoutMs: number;
  /** Opens a dedicated single connection for LISTEN (same server, credentials and settings; never recycled). */
  listener(hooks: { onnotify: () => void; onclose: () => void }): Sql;
}

export const DEFAULT_MAX_CONNECTIONS = 10;
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;

export function connect(config: PostgresConfig): Connection {
  const dsn = config.dsn.trim();
  if (!dsn) throw new StoreError("invalid_config", "storage.postgres.dsn is empty", { backend: "postgres" });
  let sql: Sql;
  let options: postgres.Options<Record<string, never>>;
  try {
    options = {
      max:
        config.maxConnections && config.maxConnections > 0
          ? Math.floor(config.maxConnections)
          : DEFAULT_MAX_CONNECTIONS,
      ...connectTimeout(dsn, config.connectTimeoutSeconds),
      // The reference's pool recycled idle connections after 5 min and all after 30 min.
      idle_timeout: 300,
      max_lifetime: 1800,
      onnotice: () => {},
      connection: {
        application_name: "moltnet",
        // Timestamps come back as text; UTC makes them `…+00` whatever the server's zone.
        TimeZone: "UTC",
        // Prepared statements are parsed once per connection, but planned per
        // execution: rooms differ in size by orders of magnitude, and a generic
        // plan chosen for a big room can walk the global timeline for a small one.
        plan_cache_mode: "force_custom_plan",
        // A statement stuck on a lock or a huge scan ends (57014) instead of
        // holding a pooled connection while its HTTP request has long timed out.
        statement_timeout: statementTimeout(config.statementTimeoutMs),
      },
    };
    sql = postgres(dsn, options);
  } catch {
    // postgres.js parses the DSN eagerly; its error text may echo the DSN.
    throw new StoreError("invalid_config", "storage.postgres.dsn is not a valid postgres:// URL", {
      backend: "postgres",
    });
  }
  const seconds =
    Number((sql.options as { connect_timeout?: unknown }).connect_timeout) || DEFAULT_CONNECT_TIMEOUT_SECONDS;
  const listener = (hooks: { onnotify: () => void; onclose: () => void }): Sql =>
    postgres(dsn, {
      ...options,
      max: 1,
      idle_timeout: 0,
      max_lifetime: null,
      // LISTEN needs no array types; without this, a listener closed right after it
      // connected (a short-lived watch) fails its type query as an unhandled rejection.
      fetch_types: false,
      // postgres.js honours onnotify (its own listen() uses it) but does not declare it.
      ...({ onnotify: () => hooks.onnotify() } as object),
      onclose: () => hooks.onclose(),
    }) as unknown as Sql;
  return { sql, db: drizzle(sql), target: describeTarget(sql), connectTimeoutMs: seconds * 1000, listener };
}

function statementTimeout(ms: number | undefined): number {
  return ms !== undefined && Number.isFinite(ms) && ms >= 0 ? Math.floor(ms) : DEFAULT_STATEMENT_TIMEOUT_MS;
}

function connectTimeout(dsn: string, seconds: number | undefined): { connect_timeout?: number } {
  if (seconds !== undefined && seconds > 0) return { connect_timeout: seconds };
  // A DSN's own `connect_timeout` wins over our default (postgres.js reads it when the option is absent).
  return /[?&]connect_timeout=/.test(dsn) ? {} : { connect_timeout: DEFAULT_CONNECT_TIMEOUT_SECONDS };
}

/** `host:port/database` from the parsed options (postgres.js keeps the password elsewhere). */
function describeTarget(sql: Sql): string {
  const options = sql.options as unknown as { host: string[]; port: number[]; path?: string | false; database: string };
  const where = options.path
    ? String(options.path)
    : options.host.map((host, i) => `${host}:${options.port[i] ?? options.port[0] ?? 5432}`).join(",");
  return `${where}/${options.database}`;
}

/** Removes anything secret from a driver message before it reaches ours. */
export function scrub(text: string, dsn: string): string {
  let out = text;
  const secrets = [dsn.trim(), ...passwordsOf(dsn)].filter((s) => s.length >= 3);
  for (const secret of secrets) out = out.split(secret).join("***");
  return out;
}

/** The password as written in the DSN and decoded (either may appear in driver text). */
function passwordsOf(dsn: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@]*)@/i.exec(dsn.trim());
  const raw = m?.[1];
  if (!raw) return [];
  try {
    return [raw, decodeURIComponent(raw)];
  } catch {
    return [raw];
  }
}

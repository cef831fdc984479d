// The postgres.js pool and its Drizzle wrapper. Everything about how we talk to
// the server lives here: pool size, timeouts, session settings, and how the
// server is named in messages (host, port and database only: never the user's
// password or the DSN itself).
import postgres, {} from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { StoreError } from "../errors.js";
export const DEFAULT_MAX_CONNECTIONS = 10;
export const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
export function connect(config) {
    const dsn = config.dsn.trim();
    if (!dsn)
        throw new StoreError("invalid_config", "storage.postgres.dsn is empty", { backend: "postgres" });
    let sql;
    try {
        sql = postgres(dsn, {
            max: config.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
            ...connectTimeout(dsn, config.connectTimeoutSeconds),
            // The reference's pool recycled idle connections after 5 min and all after 30 min.
            idle_timeout: 300,
            max_lifetime: 1800,
            onnotice: () => { },
            connection: {
                application_name: "moltnet",
                // Timestamps come back as text; UTC makes them `…+00` whatever the server's zone.
                TimeZone: "UTC",
                // Prepared statements are parsed once per connection, but planned per
                // execution: rooms differ in size by orders of magnitude, and a generic
                // plan chosen for a big room can walk the global timeline for a small one.
                plan_cache_mode: "force_custom_plan",
            },
        });
    }
    catch (err) {
        // postgres.js parses the DSN eagerly; its error text may echo the DSN.
        throw new StoreError("invalid_config", "storage.postgres.dsn is not a valid postgres:// URL", { backend: "postgres" });
    }
    const seconds = Number(sql.options.connect_timeout) || DEFAULT_CONNECT_TIMEOUT_SECONDS;
    return { sql, db: drizzle(sql), target: describeTarget(sql), connectTimeoutMs: seconds * 1000 };
}
function connectTimeout(dsn, seconds) {
    if (seconds !== undefined && seconds > 0)
        return { connect_timeout: seconds };
    // A DSN's own `connect_timeout` wins over our default (postgres.js reads it when the option is absent).
    return /[?&]connect_timeout=/.test(dsn) ? {} : { connect_timeout: DEFAULT_CONNECT_TIMEOUT_SECONDS };
}
/** `host:port/database` from the parsed options (postgres.js keeps the password elsewhere). */
function describeTarget(sql) {
    const options = sql.options;
    const where = options.path
        ? String(options.path)
        : options.host.map((host, i) => `${host}:${options.port[i] ?? options.port[0] ?? 5432}`).join(",");
    return `${where}/${options.database}`;
}
/** Removes anything secret from a driver message before it reaches ours. */
export function scrub(text, dsn) {
    let out = text;
    const secrets = [dsn.trim(), ...passwordsOf(dsn)].filter((s) => s.length >= 3);
    for (const secret of secrets)
        out = out.split(secret).join("***");
    return out;
}
/** The password as written in the DSN and decoded (either may appear in driver text). */
function passwordsOf(dsn) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@]*)@/i.exec(dsn.trim());
    const raw = m?.[1];
    if (!raw)
        return [];
    try {
        return [raw, decodeURIComponent(raw)];
    }
    catch {
        return [raw];
    }
}
//# sourceMappingURL=connection.js.map
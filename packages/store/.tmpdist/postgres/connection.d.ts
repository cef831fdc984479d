import { type Sql } from "postgres";
import { type PostgresJsDatabase } from "drizzle-orm/postgres-js";
export interface PostgresConfig {
    kind: "postgres";
    dsn: string;
    /** Pool size; default 10. */
    maxConnections?: number;
    /** Seconds to wait for a new connection; default 5 unless the DSN sets `connect_timeout`. */
    connectTimeoutSeconds?: number;
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
}
export declare const DEFAULT_MAX_CONNECTIONS = 10;
export declare const DEFAULT_CONNECT_TIMEOUT_SECONDS = 5;
export declare function connect(config: PostgresConfig): Connection;
/** Removes anything secret from a driver message before it reaches ours. */
export declare function scrub(text: string, dsn: string): string;

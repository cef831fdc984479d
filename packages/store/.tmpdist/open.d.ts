import type { Store } from "./store.js";
export type StoreConfig = {
    kind: "memory";
} | {
    kind: "json";
    path: string;
} | {
    kind: "sqlite";
    path: string;
    /** PRAGMA synchronous; default NORMAL (durable in WAL mode across process crashes, not across power loss). */
    synchronous?: "OFF" | "NORMAL" | "FULL";
} | {
    kind: "postgres";
    dsn: string;
    maxConnections?: number;
    connectTimeoutSeconds?: number;
};
export interface OpenOptions {
    /** Operational log lines (migrations applied, recoveries). Never receives secrets. */
    log?: (line: string) => void;
}
export declare function openStore(config: StoreConfig, options?: OpenOptions): Promise<Store>;

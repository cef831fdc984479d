import type { Store } from "../store.js";
import { type PostgresConfig } from "./connection.js";
export type { PostgresConfig } from "./connection.js";
export interface PostgresOpenOptions {
    /** Operational log lines (migrations applied). Never receives secrets. */
    log?: (line: string) => void;
}
export declare function openPostgresStore(config: PostgresConfig, options?: PostgresOpenOptions): Promise<Store>;

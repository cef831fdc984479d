import type { Dialect } from "./journal.js";
export interface LegacyStep {
    version: number;
    name: string;
    statements: Record<Dialect, string[]>;
}
/** Versions the baseline stands for, with the reference's names. */
export declare const REFERENCE_VERSIONS: readonly [{
    readonly version: 1;
    readonly name: "initial_schema";
}, {
    readonly version: 2;
    readonly name: "message_origin";
}, {
    readonly version: 3;
    readonly name: "global_paging_indexes";
}, {
    readonly version: 4;
    readonly name: "thread_room_index_backfill";
}, {
    readonly version: 5;
    readonly name: "agent_registry";
}, {
    readonly version: 6;
    readonly name: "agent_credential_index";
}, {
    readonly version: 7;
    readonly name: "soft_removed_rooms";
}, {
    readonly version: 8;
    readonly name: "room_access_policy";
}];
export declare const LAST_REFERENCE_VERSION = 8;
/**
 * Steps 2-8. Step 1 (initial_schema) is never replayed alone: a database with no
 * reference rows gets our baseline instead, and one with later rows but not 1 is refused.
 */
export declare const LEGACY_STEPS: readonly LegacyStep[];
/** The tracking table, exactly as the reference declares it (it runs CREATE TABLE IF NOT EXISTS on every boot). */
export declare const SCHEMA_MIGRATIONS_DDL: Record<Dialect, string>;

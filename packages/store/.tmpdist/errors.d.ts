import type { StorageKind } from "./store.js";
export type StoreErrorCode = 
/** createRoom: the id is taken, or was soft-removed (ids are reserved forever). */
"room_exists"
/** The room does not exist or was removed. */
 | "room_not_found"
/** A before/after cursor that is not an item of the list being paged. */
 | "invalid_cursor"
/** registerAgent: the id is registered under another credential key. */
 | "agent_credential"
/** The backing database cannot be reached right now; retrying may succeed. */
 | "unavailable"
/** The data on disk cannot be read (corrupt or truncated file, bad JSON row set). */
 | "corrupt"
/** Another process holds the store (JSON file lock). */
 | "locked"
/** The database was migrated by a newer build, or records a migration under another name. */
 | "schema_mismatch"
/** A configuration or path problem found while opening. */
 | "invalid_config"
/** Anything else: an I/O or driver failure we did not expect. */
 | "internal";
export declare class StoreError extends Error {
    readonly code: StoreErrorCode;
    readonly name = "StoreError";
    constructor(code: StoreErrorCode, message: string, options?: {
        cause?: unknown;
        backend?: StorageKind | "migrate";
    });
}
export declare function isStoreError(err: unknown, code?: StoreErrorCode): err is StoreError;

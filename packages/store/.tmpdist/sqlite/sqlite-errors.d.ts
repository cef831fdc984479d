import { StoreError } from "../errors.js";
/** The extended result code name (`SQLITE_CONSTRAINT_PRIMARYKEY`, ...) of the first driver error in the chain. */
export declare function sqliteCode(err: unknown): string | null;
/** UNIQUE (2067) or PRIMARY KEY (1555) violation. */
export declare function isUniqueViolation(err: unknown): boolean;
/** Wraps anything thrown by a store operation; StoreErrors pass through. */
export declare function toStoreError(err: unknown, doing: string): StoreError;
/** Maps a failure while opening `path` to a clear error naming the file. */
export declare function openError(err: unknown, path: string): StoreError;

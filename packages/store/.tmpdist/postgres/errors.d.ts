import { StoreError } from "../errors.js";
/** SQLSTATE unique_violation. */
export declare const UNIQUE_VIOLATION = "23505";
/** The innermost driver error under Drizzle's wrapper. */
export declare function driverError(err: unknown): unknown;
export declare function errorCode(err: unknown): string | undefined;
export declare function isUniqueViolation(err: unknown): boolean;
export declare function isConnectionError(err: unknown): boolean;
/** A short reason from the driver error, never the SQL or parameters. */
export declare function reasonOf(err: unknown): string;
/**
 * The driver error without what postgres.js hangs on it (the SQL text and its
 * parameters, hidden but still read by serializers) and without `detail`
 * (which quotes row values): a cause that is safe to log.
 */
export declare function safeCause(err: unknown): unknown;
/** Maps any failure of `action` to a StoreError; StoreErrors pass through untouched. */
export declare function toStoreError(err: unknown, action: string, scrub: (text: string) => string): StoreError;

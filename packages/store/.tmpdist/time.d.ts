declare const timestampBrand: unique symbol;
/** A wire-form timestamp (trimmed RFC 3339 UTC). */
export type Timestamp = string & {
    readonly [timestampBrand]: true;
};
export declare const ZERO_TIME: Timestamp;
/** Reads any RFC 3339 spelling (including Postgres' `2026-04-01 09:00:00.5+00`); null when unparseable. */
export declare function parseTimestamp(input: string): Timestamp | null;
/** Like parseTimestamp, but unreadable stored text becomes the zero time (as the reference does). */
export declare function readStoredTime(input: string | null | undefined): Timestamp;
/** The fixed-width spelling that sorts chronologically. */
export declare function timeKey(ts: string): string;
/** Compares two timestamps chronologically. */
export declare function compareTime(a: string, b: string): number;
/**
 * A clock whose readings strictly increase within the process, at microsecond
 * precision: Postgres keeps microseconds, and a timestamp we hand out when a
 * message is accepted must equal what every backend later reads back.
 */
export declare class MonotonicClock {
    #private;
    private readonly nowMicros;
    constructor(nowMicros?: () => bigint);
    now(): Timestamp;
}
export {};

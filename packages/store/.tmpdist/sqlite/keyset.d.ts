import { StoreError } from "../errors.js";
import type { Window } from "../store.js";
import type { TimeCodec } from "../sql/rows.js";
export type Mode = "latest" | "before" | "after";
export declare function modeOf(window: Window): {
    mode: Mode;
    cursor: string | null;
};
/** At least 1, like paging.ts windowOf; HTTP already clamps to 1..500. */
export declare function limitOf(window: Window): number;
/**
 * Rows were fetched with LIMIT limit+1 in reading order; the extra row only
 * says more exist. `descending` reads are flipped so items come out ascending.
 */
export declare function takePage<R>(rows: R[], limit: number, descending: boolean): {
    rows: R[];
    hasMore: boolean;
};
export declare function invalidCursor(cursor: string): StoreError;
/**
 * Time columns hold the fixed-width key form, which sorts chronologically as
 * text. Reads accept any RFC 3339 spelling (rows the reference wrote are
 * trimmed); unreadable text becomes the zero time, as in the reference.
 */
export declare const sqliteTime: TimeCodec;

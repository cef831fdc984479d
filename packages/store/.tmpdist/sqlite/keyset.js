// The small pieces every keyset page shares: the limit, the one-extra-row
// trick for hasMore, the direction a mode reads in, and the cursor error.
import { StoreError } from "../errors.js";
import { readStoredTime, timeKey } from "../time.js";
export function modeOf(window) {
    // The type forbids both cursors; a caller bypassing it gets the cursor error, not a silent pick.
    const both = window;
    if (both.before !== undefined && both.after !== undefined)
        throw invalidCursor(both.after);
    if (window.after !== undefined)
        return { mode: "after", cursor: window.after };
    if (window.before !== undefined)
        return { mode: "before", cursor: window.before };
    return { mode: "latest", cursor: null };
}
/** At least 1, like paging.ts windowOf; HTTP already clamps to 1..500. */
export function limitOf(window) {
    const n = Math.floor(window.limit);
    return Number.isFinite(n) && n >= 1 ? n : 1;
}
/**
 * Rows were fetched with LIMIT limit+1 in reading order; the extra row only
 * says more exist. `descending` reads are flipped so items come out ascending.
 */
export function takePage(rows, limit, descending) {
    const hasMore = rows.length > limit;
    const kept = hasMore ? rows.slice(0, limit) : rows;
    return { rows: descending ? kept.reverse() : kept, hasMore };
}
export function invalidCursor(cursor) {
    return new StoreError("invalid_cursor", `invalid cursor "${cursor}"`, { backend: "sqlite" });
}
/**
 * Time columns hold the fixed-width key form, which sorts chronologically as
 * text. Reads accept any RFC 3339 spelling (rows the reference wrote are
 * trimmed); unreadable text becomes the zero time, as in the reference.
 */
export const sqliteTime = {
    write: (ts) => timeKey(ts),
    read: (stored) => readStoredTime(stored),
};
//# sourceMappingURL=keyset.js.map
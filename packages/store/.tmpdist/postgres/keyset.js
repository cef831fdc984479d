// Keyset paging shared by every list query: which way a window reads, how many
// rows to ask for, and how the raw rows become a WindowResult. Each query asks
// for one row more than the window holds; that extra row is the `hasMore` answer.
import { StoreError } from "../errors.js";
export function directionOf(window, uncursored) {
    if (window.after !== undefined)
        return "after";
    if (window.before !== undefined)
        return "before";
    return uncursored;
}
/** Rows read descending are reversed so a window is always oldest (or lowest) first. */
export function readsDescending(direction) {
    return direction === "newest" || direction === "before";
}
/** The window size; non-positive limits read one item, as the shared windowOf does. */
export function pageSize(window) {
    const limit = Math.floor(window.limit);
    return Number.isFinite(limit) && limit > 0 ? limit : 1;
}
/** `rows` came back in reading order with up to limit + 1 entries. */
export function finishPage(rows, limit, direction) {
    const hasMore = rows.length > limit;
    const items = hasMore ? rows.slice(0, limit) : rows;
    if (readsDescending(direction))
        items.reverse();
    return { items, hasMore };
}
export function invalidCursor(cursor) {
    return new StoreError("invalid_cursor", `invalid cursor "${cursor}"`, { backend: "postgres" });
}
//# sourceMappingURL=keyset.js.map
/** Messages and artifacts: newest window first; `next_before` only on pages moving older, `next_after` only on pages moving newer, each only when more remain. */
export function historyPageInfo(window, result) {
    const info = { has_more: result.hasMore };
    if (!result.hasMore || result.items.length === 0)
        return info;
    if (window.after !== undefined)
        info.next_after = result.items[result.items.length - 1].id;
    else
        info.next_before = result.items[0].id;
    return info;
}
/** Rooms, threads, DMs, agents: first window by id; any cursor implies items on its other side. */
export function collectionPageInfo(window, result) {
    const first = result.items[0]?.id;
    const last = result.items[result.items.length - 1]?.id;
    if (window.after !== undefined) {
        const info = { has_more: true };
        if (first !== undefined)
            info.next_before = first;
        if (result.hasMore && last !== undefined)
            info.next_after = last;
        return info;
    }
    if (window.before !== undefined) {
        const info = { has_more: true };
        if (result.hasMore && first !== undefined)
            info.next_before = first;
        if (last !== undefined)
            info.next_after = last;
        return info;
    }
    const info = { has_more: result.hasMore };
    if (result.hasMore && last !== undefined)
        info.next_after = last;
    return info;
}
/** Pages an in-memory, already ordered list. `position` finds the cursor (or -1). Used for small collections (agents, pairings) and by the memory store. */
export function windowOf(items, window, position, from) {
    const limit = Math.max(1, window.limit);
    if (window.after !== undefined) {
        const at = position(window.after);
        if (at < 0)
            return "invalid_cursor";
        const slice = items.slice(at + 1, at + 1 + limit);
        return { items: slice, hasMore: at + 1 + limit < items.length };
    }
    if (window.before !== undefined) {
        const at = position(window.before);
        if (at < 0)
            return "invalid_cursor";
        const start = Math.max(0, at - limit);
        return { items: items.slice(start, at), hasMore: start > 0 };
    }
    if (from === "start")
        return { items: items.slice(0, limit), hasMore: items.length > limit };
    const start = Math.max(0, items.length - limit);
    return { items: items.slice(start), hasMore: start > 0 };
}
//# sourceMappingURL=paging.js.map
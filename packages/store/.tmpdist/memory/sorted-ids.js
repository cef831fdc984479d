import { windowOf } from "../paging.js";
import { compareBytewise } from "../participants.js";
/** First index whose item is not before the target, given `before(item)`. */
export function lowerBound(items, before) {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (before(items[mid]))
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
export class SortedIds {
    #ids = [];
    get size() {
        return this.#ids.length;
    }
    /** The ids in bytewise order (Go's string order). Do not mutate. */
    get values() {
        return this.#ids;
    }
    /** Index of `id`, or -1. */
    position(id) {
        const at = lowerBound(this.#ids, (item) => compareBytewise(item, id) < 0);
        return this.#ids[at] === id ? at : -1;
    }
    has(id) {
        return this.position(id) >= 0;
    }
    /** False when already present. */
    insert(id) {
        const ids = this.#ids;
        // Fast path: ids often arrive in ascending order (generated or loaded sorted).
        const last = ids[ids.length - 1];
        if (last === undefined || compareBytewise(last, id) < 0) {
            ids.push(id);
            return true;
        }
        const at = lowerBound(ids, (item) => compareBytewise(item, id) < 0);
        if (ids[at] === id)
            return false;
        ids.splice(at, 0, id);
        return true;
    }
    /** False when absent. */
    remove(id) {
        const at = this.position(id);
        if (at < 0)
            return false;
        this.#ids.splice(at, 1);
        return true;
    }
    /** A collection window (first `limit` ids without cursor); the cursor must be one of the ids. */
    window(window) {
        return windowOf(this.#ids, window, (cursor) => this.position(cursor), "start");
    }
}
//# sourceMappingURL=sorted-ids.js.map
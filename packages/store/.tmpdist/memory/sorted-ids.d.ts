import type { Window, WindowResult } from "../store.js";
/** First index whose item is not before the target, given `before(item)`. */
export declare function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number;
export declare class SortedIds {
    #private;
    get size(): number;
    /** The ids in bytewise order (Go's string order). Do not mutate. */
    get values(): readonly string[];
    /** Index of `id`, or -1. */
    position(id: string): number;
    has(id: string): boolean;
    /** False when already present. */
    insert(id: string): boolean;
    /** False when absent. */
    remove(id: string): boolean;
    /** A collection window (first `limit` ids without cursor); the cursor must be one of the ids. */
    window(window: Window): WindowResult<string> | "invalid_cursor";
}

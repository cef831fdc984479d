import { StoreError } from "../errors.js";
import type { Window, WindowResult } from "../store.js";
/**
 * - `first`: no cursor, a collection: the lowest ids, read ascending;
 * - `newest`: no cursor, a history: the newest items, read descending;
 * - `after`: just past the cursor, read ascending;
 * - `before`: just short of the cursor, read descending.
 */
export type Direction = "first" | "newest" | "after" | "before";
export declare function directionOf(window: Window, uncursored: "first" | "newest"): Direction;
/** Rows read descending are reversed so a window is always oldest (or lowest) first. */
export declare function readsDescending(direction: Direction): boolean;
/** The window size; non-positive limits read one item, as the shared windowOf does. */
export declare function pageSize(window: Window): number;
/** `rows` came back in reading order with up to limit + 1 entries. */
export declare function finishPage<T>(rows: T[], limit: number, direction: Direction): WindowResult<T>;
export declare function invalidCursor(cursor: string): StoreError;

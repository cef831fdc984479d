// Keyset paging shared by every list query: which way a window reads, how many
// rows to ask for, and how the raw rows become a WindowResult. Each query asks
// for one row more than the window holds; that extra row is the `hasMore` answer.
import { StoreError } from "../errors.js";
import type { Window, WindowResult } from "../store.js";

/**
 * - `first`: no cursor, a collection: the lowest ids, read ascending;
 * - `newest`: no cursor, a history: the newest items, read descending;
 * - `after`: just past the cursor, read ascending;
 * - `before`: just short of the cursor, read descending.
 */
export type Direction = "first" | "newest" | "after" | "before";

export function directionOf(window: Window, uncursored: "first" | "newest"): Direction {
  if (window.after !== undefined) return "after";
  if (window.before !== undefined) return "before";
  return uncursored;
}

/** Rows read descending are reversed so a window is always oldest (or lowest) first. */
export function readsDescending(direction: Direction): boolean {
  return direction === "newest" || direction === "before";
}

/** The window size; non-positive limits read one item, as the shared windowOf does. */
export function pageSize(window: Window): number {
  const limit = Math.floor(window.limit);
  return Number.isFinite(limit) && limit > 0 ? limit : 1;
}

/** `rows` came back in reading order with up to limit + 1 entries. */
export function finishPage<T>(rows: T[], limit: number, direction: Direction): WindowResult<T> {
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  if (readsDescending(direction)) items.reverse();
  return { items, hasMore };
}

export function invalidCursor(cursor: string): StoreError {
  return new StoreError("invalid_cursor", `invalid cursor "${cursor}"`, { backend: "postgres" });
}

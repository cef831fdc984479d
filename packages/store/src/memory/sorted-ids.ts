// A sorted array of ids with binary search: the collection index of the memory
// store (rooms, public rooms, threads per room, DMs, agents). Inserting into
// the middle moves the tail (a memmove), which is cheap next to everything
// else a new room or thread costs; lookups and windows are O(log n + page).
import type { IdRange, Window, WindowResult } from "../store.js";
import { windowOf } from "../paging.js";
import { compareBytewise } from "../participants.js";

/** First index whose item is not before the target, given `before(item)`. */
export function lowerBound<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SortedIds {
  readonly #ids: string[] = [];

  get size(): number {
    return this.#ids.length;
  }

  /** The ids in bytewise order (Go's string order). Do not mutate. */
  get values(): readonly string[] {
    return this.#ids;
  }

  /** Index of `id`, or -1. */
  position(id: string): number {
    const at = lowerBound(this.#ids, (item) => compareBytewise(item, id) < 0);
    return this.#ids[at] === id ? at : -1;
  }

  has(id: string): boolean {
    return this.position(id) >= 0;
  }

  /** False when already present. */
  insert(id: string): boolean {
    const ids = this.#ids;
    // Fast path: ids often arrive in ascending order (generated or loaded sorted).
    const last = ids[ids.length - 1];
    if (last === undefined || compareBytewise(last, id) < 0) {
      ids.push(id);
      return true;
    }
    const at = lowerBound(ids, (item) => compareBytewise(item, id) < 0);
    if (ids[at] === id) return false;
    ids.splice(at, 0, id);
    return true;
  }

  /** False when absent. */
  remove(id: string): boolean {
    const at = this.position(id);
    if (at < 0) return false;
    this.#ids.splice(at, 1);
    return true;
  }

  /** The ids of a keyset range (the bound need not be present), ascending. */
  range(range: IdRange): string[] {
    const limit = Math.max(1, Math.floor(range.limit) || 1);
    const ids = this.#ids;
    const { before, after } = range;
    if (before !== undefined) {
      const end = lowerBound(ids, (item) => compareBytewise(item, before) < 0);
      return ids.slice(Math.max(0, end - limit), end);
    }
    const start = after === undefined ? 0 : lowerBound(ids, (item) => compareBytewise(item, after) <= 0);
    return ids.slice(start, start + limit);
  }

  /** A collection window (first `limit` ids without cursor); the cursor must be one of the ids. */
  window(window: Window): WindowResult<string> | "invalid_cursor" {
    return windowOf(this.#ids, window, (cursor) => this.position(cursor), "start");
  }
}

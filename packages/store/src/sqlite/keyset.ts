// The small pieces every keyset page shares: the limit, the one-extra-row
// trick for hasMore, the direction a mode reads in, and the cursor error.
import { StoreError } from "../errors.js";
import type { Window } from "../store.js";
import { readStoredTime, timeKey, type Timestamp } from "../time.js";
import type { TimeCodec } from "../sql/rows.js";

export type Mode = "latest" | "before" | "after";

export function modeOf(window: Window): { mode: Mode; cursor: string | null } {
  // The type forbids both cursors; a caller bypassing it gets the cursor error, not a silent pick.
  const both = window as { before?: string; after?: string };
  if (both.before !== undefined && both.after !== undefined) throw invalidCursor(both.after);
  if (window.after !== undefined) return { mode: "after", cursor: window.after };
  if (window.before !== undefined) return { mode: "before", cursor: window.before };
  return { mode: "latest", cursor: null };
}

/** At least 1, like paging.ts windowOf; HTTP already clamps to 1..500. */
export function limitOf(window: Window): number {
  const n = Math.floor(window.limit);
  return Number.isFinite(n) && n >= 1 ? n : 1;
}

/**
 * Rows were fetched with LIMIT limit+1 in reading order; the extra row only
 * says more exist. `descending` reads are flipped so items come out ascending.
 */
export function takePage<R>(rows: R[], limit: number, descending: boolean): { rows: R[]; hasMore: boolean } {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  return { rows: descending ? kept.reverse() : kept, hasMore };
}

export function invalidCursor(cursor: string): StoreError {
  return new StoreError("invalid_cursor", `invalid cursor "${cursor}"`, { backend: "sqlite" });
}

/**
 * Time columns hold the fixed-width key form, which sorts chronologically as
 * text. Reads accept any RFC 3339 spelling (rows the reference wrote are
 * trimmed); unreadable text becomes the zero time, as in the reference.
 */
export const sqliteTime: TimeCodec = {
  write: (ts: Timestamp) => timeKey(ts),
  read: (stored: string) => readStoredTime(stored),
};

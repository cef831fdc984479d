// The request paths that take their room and sender registration from the
// store's cache (Store.checkedReads; on Postgres, cache-generation.ts): a
// message POST, whose append checks the reads, and a room or thread history
// page, whose page statement does. When the store answers that the reads went
// stale, or refuses the request on what it read, the request runs again on
// the store's plain reads, so what it answers is what it would have answered
// without the cache.
import type { CheckedReads, Store } from "@moltnet/store";
import { HttpError } from "../http-error.js";
import { readAfterCheck } from "./not-found.js";

/** The lookups a request may take from the cache. */
export type Reads = Pick<Store, "getRoom" | "getRegisteredAgent">;

/** An attempt's answer when its checked reads went stale: run it again on plain reads. */
export const STALE = Symbol("stale reads");

export async function withCheckedReads<T>(
  store: Store,
  attempt: (reads: Reads, checked: CheckedReads | null) => Promise<T | typeof STALE>,
): Promise<T> {
  const checked = store.checkedReads?.() ?? null;
  if (checked) {
    try {
      const answer = await attempt(checked, checked);
      if (answer !== STALE) return answer;
    } catch (err) {
      // A refusal (403 write policy, 404 unknown room, 401 unregistered
      // sender) may rest on a copy that changed since: nothing checked it, so
      // it is decided again on plain reads. A store failure is not a refusal.
      if (!(err instanceof HttpError)) throw err;
    }
  }
  const answer = await attempt(store, null);
  // Only a CheckedReads can go stale; plain reads are read by the request itself.
  if (answer === STALE) throw new Error("a request on plain reads reported stale reads");
  return answer;
}

/**
 * readAfterCheck (not-found.ts) for a history page whose check used `checked`:
 * the page's statement reads the counter, so the check's answer, a room or a
 * 404/403, stands only when the counter had not moved. A page that failed read
 * no counter, so it is redone on plain reads too (a bad cursor, an outage:
 * rare, and answered as without the cache).
 */
export async function checkedPage<R>(
  checked: CheckedReads | null,
  check: Promise<unknown>,
  read: Promise<R>,
): Promise<R | typeof STALE> {
  if (!checked) return (await readAfterCheck(check, read))[1];
  const [checkedOutcome, page] = await Promise.allSettled([check, read]);
  if (page.status === "rejected" || !checked.current()) return STALE;
  if (checkedOutcome.status === "rejected") throw checkedOutcome.reason;
  return page.value;
}

// What a conformance case is. Cases are plain data so the suite can count them,
// apply an adapter's skip list, and refuse skip entries naming no case.
import type { Store } from "../../src/store.js";

export interface CaseContext {
  /** The store under test; a new object after `reopen()`. */
  readonly store: Store;
  /** Closes the store and opens the same data again (only in cases marked `needsReopen`). */
  reopen(): Promise<Store>;
  /** The runner's name, e.g. "sqlite". */
  readonly backend: string;
}

export interface ConformanceCase {
  /** "<operation> - <behaviour>"; unique across the suite, used as the skip key. */
  name: string;
  /** The case closes and reopens the store: skipped for backends that keep nothing. */
  needsReopen?: boolean;
  run(ctx: CaseContext): Promise<void>;
}

export interface CaseGroup {
  group: string;
  cases: ConformanceCase[];
}

export function defineCases(group: string, cases: ConformanceCase[]): CaseGroup {
  return { group, cases };
}

// The one conformance suite every storage adapter runs (the better-auth /
// drizzle pattern): a runner supplies a factory, the suite owns the cases.
// A backend that cannot do something skips that case with a written reason;
// skip keys must name real cases, so a renamed case cannot hide a stale skip.
import { afterAll, describe, test } from "vitest";
import type { Store } from "../../src/store.js";
import type { CaseGroup, ConformanceCase } from "./case.js";
import { roomCases } from "./rooms.case.js";
import { messageCases } from "./messages.case.js";
import { orderingCases } from "./ordering.case.js";
import { membershipCases } from "./memberships.case.js";
import { threadCases } from "./threads.case.js";
import { dmCases } from "./dms.case.js";
import { artifactCases } from "./artifacts.case.js";
import { pagingCases } from "./paging.case.js";
import { collectionCases } from "./collections.case.js";
import { timeCases } from "./time.case.js";
import { agentCases } from "./agents.case.js";
import { concurrencyCases } from "./concurrency.case.js";
import { reopenCases } from "./durability-reopen.case.js";
import { eventCases } from "./events.case.js";
import { presenceCases } from "./presence.case.js";
import { relayCursorCases } from "./relay-cursors.case.js";

export interface ConformanceFactory {
  /** A store over fresh, empty data (a new temp dir / database per call). */
  open(): Promise<Store>;
  /** A store over the data of the last `open()`, after the suite closed the previous one. Absent: nothing survives close. */
  reopen?(): Promise<Store>;
  /** Removes what the last `open()` created. Runs after every case, pass or fail. */
  cleanup(): Promise<void>;
  /** Case name -> why this backend cannot pass it. */
  skip?: Record<string, string>;
}

export const caseGroups: readonly CaseGroup[] = [
  roomCases,
  membershipCases,
  messageCases,
  orderingCases,
  threadCases,
  dmCases,
  artifactCases,
  pagingCases,
  collectionCases,
  timeCases,
  agentCases,
  concurrencyCases,
  reopenCases,
  eventCases,
  presenceCases,
  relayCursorCases,
];

export function allCases(): ConformanceCase[] {
  return caseGroups.flatMap((g) => g.cases);
}

export function runConformance(name: string, factory: ConformanceFactory): void {
  const names = new Set<string>();
  for (const c of allCases()) {
    if (names.has(c.name)) throw new Error(`conformance: duplicate case name "${c.name}"`);
    names.add(c.name);
  }
  const skip = { ...(factory.skip ?? {}) };
  for (const key of Object.keys(skip)) {
    if (!names.has(key)) throw new Error(`conformance[${name}]: skip entry names no case: "${key}"`);
  }

  let registered = 0;
  let skipped = 0;
  describe(`conformance[${name}]`, () => {
    for (const group of caseGroups) {
      describe(group.group, () => {
        for (const c of group.cases) {
          registered++;
          const reason =
            skip[c.name] ?? (c.needsReopen && !factory.reopen ? "nothing survives close on this backend" : undefined);
          if (reason !== undefined) {
            skipped++;
            test.skip(`${c.name} [skipped: ${reason}]`, () => {});
            continue;
          }
          test(c.name, () => runCase(name, factory, c));
        }
      });
    }
    afterAll(() => {
      console.log(`conformance[${name}]: ${registered} cases (${registered - skipped} run, ${skipped} skipped)`);
    });
  });
}

async function runCase(backend: string, factory: ConformanceFactory, c: ConformanceCase): Promise<void> {
  let store: Store | null = await factory.open();
  try {
    await c.run({
      backend,
      get store(): Store {
        if (!store) throw new Error("store is closed");
        return store;
      },
      async reopen(): Promise<Store> {
        if (!factory.reopen) throw new Error(`${backend} cannot reopen`);
        const closing = store;
        store = null;
        await closing?.close();
        store = await factory.reopen();
        return store;
      },
    });
  } finally {
    await store?.close().catch(() => {});
    await factory.cleanup();
  }
}

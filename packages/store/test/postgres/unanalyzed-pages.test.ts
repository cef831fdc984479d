// A conversation that grows through the store before Postgres has gathered
// statistics on it (a new deployment, a new room, autovacuum not yet run) must
// still read one page per page. With no index in the page's order the planner,
// trusting its empty statistics, read the whole conversation and sorted it: the
// cost of every page then grew with the room until autovacuum analyzed the
// table. (Artifact pages are not covered: once analyzed, Postgres reads them
// with an incremental sort on created_at, and before that even an index in
// their exact order is not chosen.)
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { drizzle } from "drizzle-orm/postgres-js";
import { fillPlaceholders } from "drizzle-orm";
import type { PgPreparedQuery, PreparedQueryConfig } from "drizzle-orm/pg-core";
import { messagePage } from "../../src/postgres/history.js";
import { at, message, room, roomTarget } from "../fixtures/records.js";
import { openFreshStore, type OpenedStore } from "./helpers.js";

const MESSAGES = 3000;
const LIMIT = 50;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

let ctx: OpenedStore;

beforeAll(async () => {
  ctx = await openFreshStore();
  // Keep the statistics empty for the whole test, whatever autovacuum's timing.
  await ctx.raw.unsafe(`alter table messages set (autovacuum_enabled = false)`);
  await ctx.store.createRoom(room("r1"));
  for (let start = 0; start < MESSAGES; start += 100) {
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        ctx.store.appendMessage(message(`m${start + i}`, roomTarget("r1"), { created_at: at(start + i) })),
      ),
    );
  }
}, 120_000);

afterAll(async () => {
  await ctx?.cleanup();
});

async function plan(
  statement: PgPreparedQuery<PreparedQueryConfig>,
  values: Record<string, unknown>,
): Promise<PlanNode[]> {
  const query = statement.getQuery();
  const [row] = await ctx.raw.unsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    `explain (analyze, format json) ${query.sql}`,
    fillPlaceholders(query.params, values) as never[],
  );
  return nodes(row!["QUERY PLAN"][0].Plan);
}

function rowsRead(found: PlanNode[], table: string): number {
  return found
    .filter((n) => n["Relation Name"] === table)
    .reduce((sum, n) => sum + n["Actual Rows"] * n["Actual Loops"], 0);
}

describe("pages of a conversation Postgres has no statistics for", () => {
  test("the newest message page reads one page, without sorting the room", async () => {
    const found = await plan(messagePage(drizzle(ctx.raw), "room", "newest"), { scope: "r1", limit: LIMIT + 1 });
    expect(
      found.some((n) => n["Node Type"].includes("Sort")),
      found.map((n) => n["Node Type"]).join(" > "),
    ).toBe(false);
    expect(rowsRead(found, "messages")).toBeLessThanOrEqual(LIMIT + 1);
  });
});

import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "vitest";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { openSqliteStore } from "../../src/sqlite/sqlite-store.js";
import { buildHistoryStatements } from "../../src/sqlite/history-statements.js";
import { buildCollectionStatements } from "../../src/sqlite/collection-statements.js";
test("plans", async () => {
  const path = join(mkdtempSync(join(tmpdir(), "plan-")), "x.db");
  await (await openSqliteStore({ kind: "sqlite", path })).close();
  const client = new Database(path);
  const db = drizzle({ client });
  const walk = (o: any, name: string) => {
    if (o && typeof o.getQuery === "function") {
      const q = o.getQuery();
      const plan = client.prepare("EXPLAIN QUERY PLAN " + q.sql).all(...q.params.map(() => "x")) as any[];
      console.log(name, "\n   " + q.sql + "\n   " + plan.map((p) => p.detail).join("\n   "));
      return;
    }
    for (const [k, v] of Object.entries(o)) walk(v, name + "." + k);
  };
  walk(buildHistoryStatements(db as any), "h");
  walk(buildCollectionStatements(db as any), "c");
});

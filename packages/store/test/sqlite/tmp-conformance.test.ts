// TEMPORARY: runs the conformance suite against openSqliteStore directly until
// open.ts resolves (json store missing). Delete once run-sqlite.test.ts runs.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openSqliteStore } from "../../src/sqlite/sqlite-store.js";
import { runConformance } from "../conformance/suite.js";

let dir = "";
const path = () => join(dir, "db", "moltnet.db");

runConformance("sqlite-direct", {
  async open() {
    dir = mkdtempSync(join(tmpdir(), "moltnet-conf-sqlite-"));
    return openSqliteStore({ kind: "sqlite", path: path() });
  },
  reopen: () => openSqliteStore({ kind: "sqlite", path: path() }),
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

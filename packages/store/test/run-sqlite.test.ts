// Conformance runner: SQLite, a real database file in a fresh temp directory
// per case (the database directory does not exist until the store creates it).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/open.js";
import { runConformance } from "./conformance/suite.js";

let dir = "";
const path = () => join(dir, "db", "moltnet.db");

runConformance("sqlite", {
  async open() {
    dir = mkdtempSync(join(tmpdir(), "moltnet-conf-sqlite-"));
    return openStore({ kind: "sqlite", path: path() });
  },
  reopen: () => openStore({ kind: "sqlite", path: path() }),
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

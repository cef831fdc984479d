// Conformance runner: the JSON snapshot store, one temp directory per case. The
// snapshot sits in a directory that does not exist yet, so every case also
// covers "create the data directory on first write".
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openStore } from "../src/open.js";
import { runConformance } from "./conformance/suite.js";

let dir = "";
const path = () => join(dir, "data", "moltnet.json");

runConformance("json", {
  async open() {
    dir = mkdtempSync(join(tmpdir(), "moltnet-conf-json-"));
    return openStore({ kind: "json", path: path() });
  },
  reopen: () => openStore({ kind: "json", path: path() }),
  skip: {
    "events - the log survives close and reopen":
      "the JSON backend keeps its event log in process memory: the snapshot format stays the reference's",
    "relay cursors - the position survives close and reopen":
      "relay positions point into the event log, which the JSON backend keeps in process memory",
  },
  async cleanup() {
    rmSync(dir, { recursive: true, force: true });
  },
});

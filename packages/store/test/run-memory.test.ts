// Conformance runner: the memory store. Nothing survives close, so the suite
// skips its reopen cases on its own.
import { openStore } from "../src/open.js";
import { runConformance } from "./conformance/suite.js";

runConformance("memory", {
  open: () => openStore({ kind: "memory" }),
  cleanup: async () => {},
});

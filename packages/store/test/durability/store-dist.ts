// The child processes import the compiled store (packages/store/dist), as the
// server does; the test run's global setup (tooling/test/build-setup.ts) has
// built it from the current sources.
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const storePackageDir = resolve(here, "../..");
export const distIndex = join(storePackageDir, "dist", "index.js");
export const workerScript = join(here, "child", "store-worker.mjs");

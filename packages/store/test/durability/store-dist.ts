// The child processes import the compiled store (packages/store/dist), as the
// server does; the test run's global setup (tooling/test/build-setup.ts) has
// built it from the current sources.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const storePackageDir = resolve(here, "../..");
export const distIndex = join(storePackageDir, "dist", "index.js");
export const workerScript = join(here, "child", "store-worker.mjs");

/**
 * What a process running the compiled store reads from the checkout: the
 * worker, dist/, its driver and the migrations. A test that runs it as another
 * user checks these are readable by that user (tooling/test/unprivileged.ts).
 */
export function storeProcessFiles(): string[] {
  const require = createRequire(join(storePackageDir, "package.json"));
  return [
    workerScript,
    distIndex,
    dirname(require.resolve("better-sqlite3/package.json")),
    join(storePackageDir, "..", "..", "drizzle", "sqlite", "meta", "_journal.json"),
  ];
}

// The child processes import the compiled store (packages/store/dist), as the
// server does. Build it when any source file is newer than its output, under a
// lock so parallel test files (and colleagues) do not build at once.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
export const storePackageDir = resolve(here, "../..");
export const distIndex = join(storePackageDir, "dist", "index.js");
export const workerScript = join(here, "child", "store-worker.mjs");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Source files changed since the last build (tsc rewrites every output, index.js included, on each build). */
function stale(): string[] {
  if (!existsSync(distIndex)) return ["dist/index.js (missing)"];
  const built = statSync(distIndex).mtimeMs;
  return sources(join(storePackageDir, "src")).filter((file) => statSync(file).mtimeMs > built);
}

/**
 * Ensures dist/ reflects src/. Several test files (and colleagues) may ask at
 * once: the build runs under a lock and re-checks staleness inside it, so only
 * the first one builds. Type errors elsewhere do not stop tsc from emitting;
 * they are reported, not fatal. A source edited during the build is reported too.
 */
export function ensureStoreBuilt(): void {
  if (stale().length === 0) return;
  const script = `if [ ! -f dist/index.js ] || [ -n "$(find src -name '*.ts' -newer dist/index.js | head -n 1)" ]; then npx tsc -p tsconfig.json; fi`;
  try {
    execFileSync("flock", ["/tmp/moltnet-store-build.lock", "sh", "-c", script], { cwd: storePackageDir, stdio: "pipe", timeout: 240_000 });
  } catch (err) {
    const out = String((err as { stdout?: Buffer }).stdout ?? "");
    console.warn(`store build reported errors (dist emitted anyway):\n${out.slice(0, 2000)}`);
  }
  if (!existsSync(distIndex)) throw new Error("packages/store/dist/index.js is missing after the build");
  const left = stale();
  if (left.length > 0) console.warn(`packages/store/dist may be older than (edited during the build?): ${left.map((f) => relative(storePackageDir, f)).join(", ")}`);
}

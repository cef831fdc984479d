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

function stale(): string[] {
  const src = join(storePackageDir, "src");
  return sources(src).filter((file) => {
    const out = join(storePackageDir, "dist", relative(src, file).replace(/\.ts$/, ".js"));
    return !existsSync(out) || statSync(out).mtimeMs < statSync(file).mtimeMs;
  });
}

/** Ensures dist/ reflects src/. Type errors elsewhere do not stop tsc from emitting; they are reported, not fatal. */
export function ensureStoreBuilt(): void {
  if (stale().length === 0) return;
  try {
    execFileSync("flock", ["/tmp/moltnet-store-build.lock", "npx", "tsc", "-p", "tsconfig.json"], {
      cwd: storePackageDir,
      stdio: "pipe",
      timeout: 240_000,
    });
  } catch (err) {
    const out = String((err as { stdout?: Buffer }).stdout ?? "");
    console.warn(`store build reported errors (dist emitted anyway):\n${out.slice(0, 2000)}`);
  }
  const left = stale();
  if (left.length > 0) throw new Error(`packages/store/dist is still older than: ${left.join(", ")}`);
}

// Vitest global setup: builds every package once, before any test file runs.
// Tests that start real processes (the CLI, store workers, the unprivileged
// open) run the compiled output (dist/), so it must match the sources. turbo
// replays unchanged packages from its cache, so a run after `pnpm build` (as
// in `pnpm test`) costs well under a second.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export default function setup(): void {
  const turbo = fileURLToPath(new URL("../../node_modules/.bin/turbo", import.meta.url));
  const res = spawnSync(turbo, ["run", "build", "--output-logs=errors-only"], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    timeout: 600_000,
  });
  if (res.status !== 0) {
    throw new Error(
      `the build failed before the tests (pnpm build):\n${`${res.stdout ?? ""}${res.stderr ?? ""}${res.error ?? ""}`.slice(-4000)}`,
    );
  }
}

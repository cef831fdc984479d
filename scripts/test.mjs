#!/usr/bin/env node
// pnpm test [vitest args…]: build every package (the tests start the built CLI
// and workers), then run vitest with the arguments as typed, so
// `pnpm test -- apps/server/test/http` or `pnpm test packages/store -t lock`
// runs just that. pnpm hands a leading `--` through; vitest would take it as
// "no filters", so it is dropped here.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
if (args[0] === "--") args.shift();

function run(command, argv) {
  const res = spawnSync(command, argv, { stdio: "inherit" });
  if (res.error) throw res.error;
  if (res.status !== 0) process.exit(res.status ?? 1);
}

run("turbo", ["run", "build", "--output-logs=errors-only"]);
run("vitest", ["run", ...args]);

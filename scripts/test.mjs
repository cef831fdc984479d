#!/usr/bin/env node
// pnpm test [vitest args…]: vitest with the arguments as typed, so
// `pnpm test -- apps/server/test/http` or `pnpm test packages/store -t lock`
// runs just that (the global setup builds every package first). pnpm hands a
// leading `--` through; vitest would take it as "no filters", so it is dropped.
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
if (args[0] === "--") args.shift();
const res = spawnSync("vitest", ["run", ...args], { stdio: "inherit" });
if (res.error) throw res.error;
process.exit(res.status ?? 1);

#!/usr/bin/env node
// The `moltnet` command as pnpm links it (node_modules/.bin/moltnet). A
// checkout has no dist/ until it is built, and pnpm links bins at install
// time, so the link points here and this file loads the build.
import { existsSync } from "node:fs";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write(
    'moltnet: the server is not built yet; run "pnpm build" (or "pnpm start") in the checkout first\n',
  );
  process.exit(1);
}
await import(cli.href);

// Where the built console lives, for the server to serve it without guessing
// relative paths: resolved from this package, wherever pnpm put it.
import { fileURLToPath } from "node:url";

/** Absolute path of the built console (`dist/`, made by `vite build`). */
export const consoleAssetsDir = fileURLToPath(new URL("./dist/", import.meta.url));

// The server package's public surface: configuration and boot, for embedding
// and tests. The `moltnet` command lives in cli.ts.
export * from "./config/index.js";
export { startServer, StartupError, type BootOptions, type RunningServer } from "./boot.js";
export { createApp, type MoltnetApp } from "./app.js";
export type { AppSettings } from "./settings.js";
export type { Logger } from "./log.js";

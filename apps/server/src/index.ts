// The server package's public surface: configuration and boot, for embedding
// and tests. The `moltnet` command lives in cli.ts.
export { loadConfig, type LoadConfigOptions } from "./config/load-config.js";
export { ConfigError } from "./config/config-error.js";
export type { ServerConfig } from "./config/server-config.js";
export type { Env } from "./config/env.js";
export { startServer, StartupError, type BootOptions, type RunningServer } from "./boot.js";
export { createApp, type MoltnetApp } from "./app.js";
export type { AppSettings } from "./settings.js";
export type { Logger } from "./log.js";

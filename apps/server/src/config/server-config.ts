// What loading the configuration produces: everything boot needs, already
// defaulted, merged with the environment and validated.
import { resolve } from "node:path";
import type { EventRetention, StoreConfig } from "@moltnet/store";
import type { AppSettings } from "../settings.js";
import type { ServerLimits } from "./limits.js";
import type { ListenAddress } from "./listen-address.js";
import { redactDsn } from "./redact.js";

export interface ServerConfig {
  /** The file that was read, as discovered or named by MOLTNET_CONFIG; null when none. */
  configPath: string | null;
  listen: ListenAddress;
  storage: StoreConfig;
  settings: AppSettings;
  /** Settings the storage-backed API does not use yet, kept so a reference config loads unchanged. */
  http: {
    allowedOrigins: string[];
    trustForwardedProto: boolean;
    consoleAnalytics: { provider: string; measurementId: string } | null;
  };
  /** Timeouts, connection caps, the in-flight budget and rate limits (limits.ts). */
  limits: ServerLimits;
  /** How much of the event log is kept (`events.retention`; defaults 7 days, 1,000,000 events). */
  eventRetention: EventRetention;
  /** Every secret value the configuration holds, for output redaction. Never print this. */
  secrets: string[];
}

export const DEFAULTS = {
  networkId: "local",
  networkName: "Local Moltnet",
  listenAddr: ":8787",
  sqlitePath: ".moltnet/moltnet.db",
} as const;

/**
 * The store configuration with file paths made absolute against `cwd`, so the
 * store opens what the configuration meant even when the caller's working
 * directory is elsewhere (embedding, tests). Messages keep the path as written.
 */
export function storeConfigIn<T extends StoreConfig>(storage: T, cwd: string): T {
  return storage.kind === "json" || storage.kind === "sqlite"
    ? { ...storage, path: resolve(cwd, storage.path) }
    : storage;
}

/** A one-line description of where data lives, safe to log (no DSN). */
export function describeStorage(storage: StoreConfig): Record<string, string> {
  switch (storage.kind) {
    case "memory":
      return { backend: "memory" };
    case "json":
    case "sqlite":
      return { backend: storage.kind, path: storage.path };
    case "postgres":
      return { backend: "postgres", database: postgresTarget(storage.dsn) };
  }
}

/** host:port/database of a DSN, without user or password; "postgres" when it cannot be parsed. */
export function postgresTarget(dsn: string): string {
  try {
    const url = new URL(dsn);
    return `${url.hostname || "localhost"}${url.port ? `:${url.port}` : ""}${url.pathname || ""}`;
  } catch {
    return "postgres";
  }
}

/** Where the configured store keeps its data, safe to show an admin: the file path, or the DSN with its password masked (redactDsn). */
export function storageLocation(storage: StoreConfig): string | null {
  switch (storage.kind) {
    case "memory":
      return null;
    case "json":
    case "sqlite":
      return storage.path;
    case "postgres":
      return redactDsn(storage.dsn);
  }
}

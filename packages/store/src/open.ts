// Chooses and opens a backend from configuration. SQL backends are migrated
// before they are returned: no caller ever sees an unmigrated store.
import type { Store } from "./store.js";
import { openMemoryStore } from "./memory/memory-store.js";
import { openJsonStore } from "./json/json-store.js";
import { openSqliteStore } from "./sqlite/sqlite-store.js";
import { openPostgresStore } from "./postgres/postgres-store.js";

export type StoreConfig =
  | { kind: "memory" }
  | { kind: "json"; path: string }
  | {
      kind: "sqlite";
      path: string;
      /** PRAGMA synchronous; default NORMAL (durable in WAL mode across process crashes, not across power loss). */
      synchronous?: "OFF" | "NORMAL" | "FULL";
      /** Back an existing database up next to itself before migrating it; default true. */
      backupBeforeMigrate?: boolean;
    }
  | {
      kind: "postgres";
      dsn: string;
      maxConnections?: number;
      connectTimeoutSeconds?: number;
      statementTimeoutMs?: number;
    };

export interface OpenOptions {
  /** Operational log lines (migrations applied, recoveries). Never receives secrets. */
  log?: (line: string) => void;
}

export async function openStore(config: StoreConfig, options: OpenOptions = {}): Promise<Store> {
  switch (config.kind) {
    case "memory":
      return openMemoryStore();
    case "json":
      return openJsonStore(config, options);
    case "sqlite":
      return openSqliteStore(config, options);
    case "postgres":
      return openPostgresStore(config, options);
  }
}

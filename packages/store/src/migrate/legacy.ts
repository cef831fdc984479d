// The reference server's own migration history (versions 1-8). Our drizzle
// baseline produces the schema those eight steps end at, and records all eight
// rows, so a reference server pointed at one of our databases finds nothing to do.
// Databases the reference left part-way (version 1..7) are finished with the
// steps below (the reference's DDL, restated as data) before our migrations run.
import type { Dialect } from "./journal.js";

export interface LegacyStep {
  version: number;
  name: string;
  statements: Record<Dialect, string[]>;
}

/** Versions the baseline stands for, with the reference's names. */
export const REFERENCE_VERSIONS = [
  { version: 1, name: "initial_schema" },
  { version: 2, name: "message_origin" },
  { version: 3, name: "global_paging_indexes" },
  { version: 4, name: "thread_room_index_backfill" },
  { version: 5, name: "agent_registry" },
  { version: 6, name: "agent_credential_index" },
  { version: 7, name: "soft_removed_rooms" },
  { version: 8, name: "room_access_policy" },
] as const;

export const LAST_REFERENCE_VERSION = 8;

const both = (statements: string[]): Record<Dialect, string[]> => ({ sqlite: statements, postgres: statements });

const agentsTable = (time: string) =>
  `CREATE TABLE IF NOT EXISTS agents (agent_id TEXT PRIMARY KEY, network_id TEXT NOT NULL, actor_uid TEXT NOT NULL, ` +
  `actor_uri TEXT NOT NULL, display_name TEXT, credential_key TEXT NOT NULL, created_at ${time} NOT NULL, updated_at ${time} NOT NULL)`;

/**
 * Steps 2-8. Step 1 (initial_schema) is never replayed alone: a database with no
 * reference rows gets our baseline instead, and one with later rows but not 1 is refused.
 */
export const LEGACY_STEPS: readonly LegacyStep[] = [
  {
    version: 2,
    name: "message_origin",
    statements: both([`ALTER TABLE messages ADD COLUMN origin_json TEXT NOT NULL DEFAULT '{}'`]),
  },
  {
    version: 3,
    name: "global_paging_indexes",
    statements: both([
      `CREATE INDEX IF NOT EXISTS idx_messages_created ON messages (created_at, id)`,
      `CREATE INDEX IF NOT EXISTS idx_artifacts_created ON artifacts (created_at, id)`,
    ]),
  },
  {
    version: 4,
    name: "thread_room_index_backfill",
    statements: both([`CREATE INDEX IF NOT EXISTS idx_threads_room ON threads (room_id, id)`]),
  },
  {
    version: 5,
    name: "agent_registry",
    statements: { sqlite: [agentsTable("TEXT")], postgres: [agentsTable("TIMESTAMPTZ")] },
  },
  {
    version: 6,
    name: "agent_credential_index",
    statements: both([`CREATE INDEX IF NOT EXISTS idx_agents_credential_key ON agents (credential_key)`]),
  },
  {
    version: 7,
    name: "soft_removed_rooms",
    statements: {
      sqlite: [
        `ALTER TABLE rooms ADD COLUMN deleted_at TEXT`,
        `CREATE INDEX IF NOT EXISTS idx_rooms_deleted_at ON rooms (deleted_at)`,
      ],
      postgres: [
        `ALTER TABLE rooms ADD COLUMN deleted_at TIMESTAMPTZ`,
        `CREATE INDEX IF NOT EXISTS idx_rooms_deleted_at ON rooms (deleted_at)`,
      ],
    },
  },
  {
    version: 8,
    name: "room_access_policy",
    statements: both([
      `ALTER TABLE rooms ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private'`,
      `ALTER TABLE rooms ADD COLUMN write_policy TEXT NOT NULL DEFAULT 'members'`,
    ]),
  },
];

/** The tracking table, exactly as the reference declares it (it runs CREATE TABLE IF NOT EXISTS on every boot). */
export const SCHEMA_MIGRATIONS_DDL: Record<Dialect, string> = {
  sqlite: `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`,
  postgres: `CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL)`,
};

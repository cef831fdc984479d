// The migration history a fully migrated database records, on both dialects:
// the reference's versions 1-8 under its names, then our drizzle entries.
// Written out here (not read from src) so the tests check the migrator
// against what a database must hold, not against itself.
export const REFERENCE_NAMES = [
  "initial_schema",
  "message_origin",
  "global_paging_indexes",
  "thread_room_index_backfill",
  "agent_registry",
  "agent_credential_index",
  "soft_removed_rooms",
  "room_access_policy",
];

export const ALL = [
  ...REFERENCE_NAMES.map((name, i) => ({ version: i + 1, name })),
  { version: 9, name: "0001_fixed_width_times" },
  { version: 10, name: "0002_room_kind_and_bytewise_indexes" },
  { version: 11, name: "0003_bytewise_history_indexes" },
  { version: 12, name: "0004_agents_bytewise_index" },
  { version: 13, name: "0005_events" },
  { version: 14, name: "0006_attachment_presence" },
  { version: 15, name: "0007_events_drop_id_index" },
  { version: 16, name: "0008_relay_cursors" },
  { version: 17, name: "0009_cache_generation" },
];

/** Ours: everything after the reference's version 8. */
export const OURS = ALL.filter((m) => m.version > 8);

/** The log lines a fresh database's migration prints: each step announced before it runs, then reported. */
export function migrationLines(dialect: "sqlite" | "postgres"): string[] {
  const reference = `1-8 (${REFERENCE_NAMES.join(", ")})`;
  return [`${reference}`, ...OURS.map((m) => `${m.version} (${m.name})`)].flatMap((step) => [
    `migrate: ${dialect} applying ${step}…`,
    `migrate: ${dialect} applied ${step}`,
  ]);
}

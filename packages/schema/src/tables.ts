/** Every table the schema defines, in dependency order. `schema_migrations` is owned by the migrator. */
export const tableNames = [
  "rooms",
  "room_members",
  "agents",
  "threads",
  "dm_conversations",
  "dm_participants",
  "messages",
  "artifacts",
  "events",
  "attachment_presence",
] as const;
export type TableName = (typeof tableNames)[number];

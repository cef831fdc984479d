export type { MigrationRecord, MigrationReport, MigrationStatus } from "./types.js";
export {
  migrate,
  migrationStatus,
  type DatabaseMigrationStatus,
  type MigrateOptions,
  type SqlStoreConfig,
} from "./database.js";

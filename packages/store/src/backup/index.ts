export { backupSqlite, type BackupProgress } from "./sqlite-backup.js";
export {
  backupBeforeMigrate,
  migrateSqliteWithBackup,
  DEFAULT_BACKUPS_KEPT,
  type PreMigrationBackupOptions,
} from "./pre-migration.js";
export { readSnapshotText, decodeSnapshotText, writeSnapshotText } from "./json-backup.js";

export type { MigrationRecord, MigrationReport, MigrationStatus } from "./types.js";
export { migrateSqlite, sqliteMigrationStatus } from "./sqlite.js";
export { migratePostgres, postgresMigrationStatus } from "./postgres.js";

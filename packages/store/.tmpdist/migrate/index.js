export { migrateSqlite, sqliteMigrationStatus } from "./sqlite.js";
export { migratePostgres, postgresMigrationStatus } from "./postgres.js";
//# sourceMappingURL=index.js.map
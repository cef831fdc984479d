import type { Sql } from "postgres";
import type { MigrationReport, MigrationStatus } from "./types.js";
/** The reference server's migration lock (sql_migrate.go). */
export declare const POSTGRES_MIGRATION_LOCK_ID = 715308742994555159n;
export declare function migratePostgres(sql: Sql, log?: (line: string) => void): Promise<MigrationReport>;
export declare function postgresMigrationStatus(sql: Sql): Promise<MigrationStatus>;

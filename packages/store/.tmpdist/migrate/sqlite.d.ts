import type Database from "better-sqlite3";
import type { MigrationReport, MigrationStatus } from "./types.js";
export declare function migrateSqlite(db: Database.Database, log?: (line: string) => void): MigrationReport;
export declare function sqliteMigrationStatus(db: Database.Database): MigrationStatus;

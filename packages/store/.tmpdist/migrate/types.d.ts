/** One row of `schema_migrations`. Versions 1-8 are the reference's; 9+ are drizzle journal entries 1+. */
export interface MigrationRecord {
    version: number;
    name: string;
}
/** What one migrate call applied (empty when the database was already current). */
export interface MigrationReport {
    applied: MigrationRecord[];
}
export interface MigrationStatus {
    /** Rows recorded in the database, by version; applied_at as RFC 3339 UTC text. */
    applied: (MigrationRecord & {
        applied_at: string;
    })[];
    /** Versions this build knows and the database has not recorded, in the order they would run. */
    pending: MigrationRecord[];
}

import { StoreError } from "../errors.js";
import { type Dialect } from "./journal.js";
import type { MigrationRecord } from "./types.js";
/** One unit of work: its statements and the rows it records run in one transaction. */
export interface MigrationStep {
    records: MigrationRecord[];
    statements: string[];
}
export interface MigrationPlan {
    /** Every version this build knows, in order. */
    known: MigrationRecord[];
    /** Throws schema_mismatch when recorded rows were written by another build. */
    check(recorded: readonly MigrationRecord[]): void;
    /** The next step to run, or null when the database is current. Call check first. */
    next(recorded: ReadonlySet<number>): MigrationStep | null;
    /** Every version next() would still apply, in order. */
    pending(recorded: ReadonlySet<number>): MigrationRecord[];
}
export declare function planFor(dialect: Dialect): MigrationPlan;
/** Wire-form (trimmed RFC3339Nano, UTC) text for applied_at, the way the reference writes it. */
export declare function appliedAtNow(): string;
/** `9 (0001_fixed_width_times)` or `1-8 (initial_schema, ...)`. */
export declare function describe(records: readonly MigrationRecord[]): string;
export declare function reasonOf(err: unknown): string;
/** A statement of a step failed; its transaction rolls back, so nothing of the step remains. */
export declare function stepFailed(dialect: Dialect, step: MigrationStep, cause: unknown): StoreError;

export type Dialect = "sqlite" | "postgres";
export interface JournalMigration {
    /** drizzle's `idx` (0 for the baseline). */
    idx: number;
    /** drizzle's tag, e.g. `0001_fixed_width_times`. */
    tag: string;
    /** Executable statements, in order; comment-only chunks are dropped. */
    statements: string[];
}
export declare function drizzleDir(dialect: Dialect): string;
/** The dialect's journal, ordered by idx. Cached per directory: the files are part of the build. */
export declare function readJournal(dialect: Dialect, dir?: string): JournalMigration[];
/** Splits a drizzle migration file; chunks holding only comments or whitespace are not statements. */
export declare function splitStatements(text: string): string[];

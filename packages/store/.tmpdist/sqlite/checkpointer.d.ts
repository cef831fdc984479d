export interface CheckpointerStatus {
    running: boolean;
    /** The worker connection's pragmas, once it reported ready. */
    pragmas: {
        busy_timeout: number;
        foreign_keys: number;
        journal_mode: string;
    } | null;
    checkpoints: number;
}
export interface Checkpointer {
    /** Resolves once the worker reported ready, failed or was stopped (tests and diagnostics). */
    ready(): Promise<void>;
    status(): CheckpointerStatus;
    stop(): Promise<void>;
}
export interface CheckpointerHooks {
    /** The worker is checkpointing: the serving connection may stop auto-checkpointing. */
    onReady(): void;
    /** Called once if a ready worker fails or exits unexpectedly: turn auto-checkpoint back on. */
    onFailure(): void;
}
/** Starts the worker for the database at `path`. */
export declare function startCheckpointer(path: string, log: (line: string) => void, hooks: CheckpointerHooks): Checkpointer;

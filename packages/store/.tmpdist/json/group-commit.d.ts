export interface GroupCommitHooks {
    /** Captures the current state synchronously when called, then writes it durably. */
    write(): Promise<void>;
    /** After a failed write: restore memory to what the file holds. Called synchronously after the rejections. */
    recover(err: unknown): Promise<void>;
    /** The error handed to the writers whose changes were not saved. */
    failure(err: unknown): Error;
}
export declare class GroupCommit {
    #private;
    private readonly hooks;
    constructor(hooks: GroupCommitHooks);
    /** Snapshot writes completed so far (tests and diagnostics). */
    get writes(): number;
    /** A change was just applied to memory: resolves once a snapshot containing it is durable. */
    changed(): Promise<void>;
    /**
     * Nothing changed (an idempotent call): resolves once everything applied so
     * far is durable, so a retry is never acknowledged before the original is.
     */
    settled(): Promise<void>;
    /** Resolves when no write is running or pending. */
    idle(): Promise<void>;
}

export declare const DEFAULT_LOCK_STALE_MS = 10000;
export interface LockOptions {
    staleMs?: number;
    /** The lock was lost (its mtime could not be refreshed in time, or another process took it over). */
    onCompromised(err: Error): void;
}
export type ReleaseLock = () => Promise<void>;
export declare function acquireFileLock(path: string, options: LockOptions): Promise<ReleaseLock>;

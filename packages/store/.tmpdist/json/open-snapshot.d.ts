import { MemoryState } from "../memory/memory-state.js";
import { type LockOptions, type ReleaseLock } from "./file-lock.js";
export interface OpenedSnapshot {
    /** Absolute, with the directory's symlinks resolved. */
    path: string;
    state: MemoryState;
    /** The file existed. */
    onDisk: boolean;
    release: ReleaseLock;
}
export declare function openSnapshot(rawPath: string, log: (line: string) => void, lock: LockOptions): Promise<OpenedSnapshot>;

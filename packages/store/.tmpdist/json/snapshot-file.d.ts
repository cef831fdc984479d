/** Creates missing directories with 0700; an existing directory is never touched. */
export declare function ensureDirectory(dir: string): Promise<void>;
/** The file's text, or null when it does not exist yet. */
export declare function readSnapshotFile(path: string): Promise<string | null>;
/** Checks at open that the path can be a snapshot file (missing, or a regular file). */
export declare function checkSnapshotPath(path: string): Promise<void>;
/** Replaces `path` with the concatenated chunks, durably (see the file comment). */
export declare function writeFileDurably(path: string, chunks: readonly string[]): Promise<void>;
/** Removes temp files a crashed writer left next to `path` (call while holding the lock). */
export declare function removeStaleTempFiles(path: string): Promise<number>;

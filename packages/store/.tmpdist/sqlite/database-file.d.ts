export interface DatabaseFile {
    /** Absolute path. */
    path: string;
    /** We created the file (it did not exist). */
    created: boolean;
}
export declare function prepareDatabaseFile(rawPath: string, log: (line: string) => void): DatabaseFile;

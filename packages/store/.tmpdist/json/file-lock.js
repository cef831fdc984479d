// One process (and one store object) per snapshot file. proper-lockfile takes
// the lock by creating `<file>.lock` (mkdir is atomic, also on network file
// systems) and keeps its mtime fresh while we hold it; a lock whose mtime is
// older than `staleMs` belongs to a dead holder and is taken over, so a
// killed server blocks its successor for at most that long.
import lockfile from "proper-lockfile";
import { StoreError } from "../errors.js";
export const DEFAULT_LOCK_STALE_MS = 10_000;
export async function acquireFileLock(path, options) {
    const stale = options.staleMs ?? DEFAULT_LOCK_STALE_MS;
    try {
        const release = await lockfile.lock(path, {
            realpath: false,
            stale,
            update: Math.floor(stale / 2),
            retries: 0,
            // The default throws from a timer and kills the process; we stop writing instead.
            onCompromised: options.onCompromised,
        });
        let released = false;
        return async () => {
            if (released)
                return;
            released = true;
            await release().catch(() => { });
        };
    }
    catch (err) {
        const code = err.code;
        if (code === "ELOCKED") {
            throw new StoreError("locked", `Moltnet store "${path}" is in use by another Moltnet process (lock "${path}.lock"). ` +
                `Stop the other server first; a lock left by a killed process expires after ${Math.round(stale / 1000)}s.`, { backend: "json", cause: err });
        }
        const kind = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "invalid_config" : "internal";
        throw new StoreError(kind, `cannot lock Moltnet store "${path}": ${err.message}`, { backend: "json", cause: err });
    }
}
//# sourceMappingURL=file-lock.js.map
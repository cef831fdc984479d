// The JSON snapshot's file operations, for `moltnet backup`: the snapshot is
// always replaced whole by rename, so one read is a consistent copy.
import { decodeSnapshot } from "../json/snapshot-decode.js";
import { readSnapshotFile, writeFileDurably } from "../json/snapshot-file.js";

export const readSnapshotText = (path: string): Promise<string | null> => readSnapshotFile(path);

/** Throws the JSON store's corrupt error when `text` is not a snapshot it can load. */
export function decodeSnapshotText(text: string, path: string): void {
  decodeSnapshot(text, path, () => {});
}

export const writeSnapshotText = (path: string, text: string): Promise<void> => writeFileDurably(path, [text]);

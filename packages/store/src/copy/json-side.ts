// The JSON snapshot as a copy source (the file is replaced by rename, so one
// read is one consistent snapshot) and as a copy target (all rows gathered,
// then one durable write: temp file, fsync, rename. An interrupted copy leaves
// no file, and running it again starts over).
import { StoreError } from "../errors.js";
import { decodeSnapshot } from "../json/snapshot-decode.js";
import { encodeSnapshot } from "../json/snapshot-encode.js";
import { ensureDirectory, readSnapshotFile, removeStaleTempFiles, writeFileDurably } from "../json/snapshot-file.js";
import { dirname } from "node:path";
import { rowsOfState, stateOfRows } from "./json-rows.js";
import type { CopySource, CopyTarget, SnapshotReader } from "./sides.js";
import type { CopyRow, TableName } from "./tables.js";

async function load(
  path: string,
  role: "source" | "target",
  log: (line: string) => void,
): Promise<Map<TableName, CopyRow[]> | null> {
  const text = await readSnapshotFile(path);
  if (text === null) return null;
  try {
    return rowsOfState(decodeSnapshot(text, path, log));
  } catch (err) {
    throw new StoreError("corrupt", `${role}: ${(err as Error).message.replace(/^\[store:\w+\] /, "")}`, {
      backend: "json",
      cause: err,
    });
  }
}

function sourceOf(path: string, tables: Map<TableName, CopyRow[]>): CopySource {
  const reader: SnapshotReader = {
    async count(table) {
      return tables.get(table.name)?.length ?? 0;
    },
    async *rows(table, batch) {
      const rows = tables.get(table.name) ?? [];
      for (let i = 0; i < rows.length; i += batch) yield rows.slice(i, i + batch);
    },
  };
  return {
    description: `json:${path}`,
    snapshot: (read) => read(reader),
    async close() {},
  };
}

export async function openJsonSource(path: string, role: "source" | "target" = "source"): Promise<CopySource> {
  const tables = await load(path, role, () => {});
  if (!tables) throw new StoreError("invalid_config", `${role} ${path} does not exist`, { backend: "json" });
  return sourceOf(path, tables);
}

export async function openJsonTarget(path: string, log: (line: string) => void): Promise<CopyTarget> {
  const existing = await load(path, "target", () => {});
  if (existing && [...existing.values()].some((rows) => rows.length > 0)) {
    const names = [...existing].filter(([, rows]) => rows.length > 0).map(([name]) => name);
    throw new StoreError(
      "invalid_config",
      `target ${path} already holds data (${names.join(", ")}); copy into a new file. Nothing was changed`,
      { backend: "json" },
    );
  }
  let gathered = new Map<TableName, CopyRow[]>();
  return {
    description: `json:${path}`,
    microseconds: false,
    async prepare() {
      return { resumed: false, done: new Set() };
    },
    async write(table, rows) {
      const list = gathered.get(table.name) ?? [];
      for (const row of rows) list.push(row);
      gathered.set(table.name, list);
    },
    async complete() {
      await ensureDirectory(dirname(path));
      await removeStaleTempFiles(path);
      const state = stateOfRows(gathered, log);
      gathered = new Map();
      await writeFileDurably(path, encodeSnapshot(state));
    },
    async finish() {},
    async reopenAsSource() {
      const tables = await load(path, "target", () => {});
      if (!tables)
        throw new StoreError("internal", `target ${path} vanished after it was written`, { backend: "json" });
      return sourceOf(path, tables);
    },
    async close() {},
  };
}

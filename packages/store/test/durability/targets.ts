// Where a durable store lives during one test: a temp directory (json, sqlite)
// or a fresh database (postgres), plus its removal.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { StoreConfig } from "../../src/open.js";
import { createTestDatabase } from "../../../../tooling/test/postgres.js";

export type DurableKind = "json" | "sqlite" | "postgres";
export const durableKinds: readonly DurableKind[] = ["json", "sqlite", "postgres"];

export interface Target {
  config: StoreConfig;
  /** The temp directory (file backends). */
  dir?: string;
  cleanup(): Promise<void>;
}

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `moltnet-durability-${label}-`));
}

export async function createTarget(kind: DurableKind): Promise<Target> {
  if (kind === "postgres") {
    const db = await createTestDatabase("moltnet_dur");
    return { config: { kind, dsn: db.dsn, maxConnections: 4 }, cleanup: () => db.drop() };
  }
  const dir = tempDir(kind);
  const path = join(dir, "data", kind === "json" ? "moltnet.json" : "moltnet.db");
  return { config: { kind, path }, dir, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
}

// The backup taken before migrations touch an existing SQLite database, the
// restore when a migration fails part-way, and the progress lines a migration
// prints before each step (out before the step blocks).
import { readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { finished, perTestWorkspace, runCli, spawnCli } from "../process/cli-harness.js";
import { ALL } from "../../../../packages/store/test/migrate/versions.js";
import { writeReferenceSqlite } from "./copy-helpers.js";

const LATEST = ALL.at(-1)!.version;

const ws = perTestWorkspace();

function versionOf(path: string): number {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare("SELECT max(version) AS v FROM schema_migrations").get() as { v: number }).v;
  } finally {
    db.close();
  }
}

function times(path: string): unknown[] {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, created_at FROM messages ORDER BY id").all();
  } finally {
    db.close();
  }
}

const backupsIn = (dir: string) =>
  readdirSync(dir)
    .filter((n) => n.startsWith("ref.db.backup-"))
    .sort();

describe("the backup before migrating SQLite", () => {
  it("is taken next to the database, named for both versions, announced, and holds the pre-migration data", async () => {
    const path = join(ws.dir.path, "ref.db");
    writeReferenceSqlite(path);
    const before = times(path);
    expect(before).toContainEqual({ id: "m1", created_at: "2026-04-01T09:00:00.5Z" });

    const result = await runCli(["migrate"], { cwd: ws.dir.path, env: { MOLTNET_SQLITE_PATH: "ref.db" } });
    expect(result.code, result.stderr).toBe(0);
    const [name] = backupsIn(ws.dir.path);
    expect(name).toMatch(new RegExp(`^ref\\.db\\.backup-v8-to-v${LATEST}-\\d{8}T\\d{6}\\.\\d{3}Z$`));
    expect(result.stdout).toContain(`migrate: backup written: ${join(ws.dir.path, name!)}`);
    expect(result.stdout.indexOf("backup written")).toBeLessThan(result.stdout.indexOf("applying 9"));

    // The backup opens, at version 8, with the reference's own spelling of every time.
    expect(versionOf(join(ws.dir.path, name!))).toBe(8);
    expect(times(join(ws.dir.path, name!))).toEqual(before);
    // The database itself moved on.
    expect(versionOf(path)).toBe(LATEST);
    expect(times(path)).toContainEqual({ id: "m1", created_at: "2026-04-01T09:00:00.500000000Z" });
  });

  it("keeps the last three backups", async () => {
    const path = join(ws.dir.path, "ref.db");
    writeReferenceSqlite(path);
    const old = ["20200101T000000.000Z", "20210101T000000.000Z", "20220101T000000.000Z", "20230101T000000.000Z"].map(
      (s) => `ref.db.backup-v7-to-v8-${s}`,
    );
    for (const name of old) writeFileSync(join(ws.dir.path, name), "an older backup");
    const result = await runCli(["migrate"], { cwd: ws.dir.path, env: { MOLTNET_SQLITE_PATH: "ref.db" } });
    expect(result.code, result.stderr).toBe(0);
    const kept = backupsIn(ws.dir.path);
    expect(kept).toHaveLength(3);
    expect(kept.slice(0, 2)).toEqual(old.slice(2));
    expect(kept[2]).toMatch(new RegExp(`^ref\\.db\\.backup-v8-to-v${LATEST}-`));
  });

  it("is not taken with storage.sqlite.backup_before_migrate: false, nor for a new database", async () => {
    writeReferenceSqlite(join(ws.dir.path, "ref.db"));
    writeFileSync(
      join(ws.dir.path, "moltnet.yaml"),
      "storage:\n  kind: sqlite\n  sqlite: { path: ref.db, backup_before_migrate: false }\n",
    );
    const result = await runCli(["migrate"], { cwd: ws.dir.path });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("applied 9");
    expect(backupsIn(ws.dir.path)).toEqual([]);

    rmSync(join(ws.dir.path, "moltnet.yaml"));
    const fresh = await runCli(["migrate"], { cwd: ws.dir.path, env: { MOLTNET_SQLITE_PATH: "new.db" } });
    expect(fresh.code, fresh.stderr).toBe(0);
    expect(readdirSync(ws.dir.path).filter((n) => n.includes(".backup-"))).toEqual([]);
  });

  it("a migration failing part-way leaves the database as it was and says where the backup is", async () => {
    const path = join(ws.dir.path, "ref.db");
    writeReferenceSqlite(path);
    // Step 10 creates index idx_messages_room_kind: a table of that name makes it fail after step 9 committed.
    const db = new Database(path);
    db.exec("CREATE TABLE idx_messages_room_kind (x TEXT)");
    db.close();
    const before = times(path);

    const result = await runCli(["migrate"], { cwd: ws.dir.path, env: { MOLTNET_SQLITE_PATH: "ref.db" } });
    expect(result.code).toBe(1);
    const [name] = backupsIn(ws.dir.path);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /migration 10 \(0002_room_kind_and_bytewise_indexes\) failed: there is already a table named idx_messages_room_kind/,
    );
    expect(result.stderr).toContain(
      `the database was put back as it was (version 8); the backup taken before migrating is ${join(ws.dir.path, name!)}`,
    );
    expect(versionOf(path)).toBe(8);
    expect(times(path)).toEqual(before);
  });
});

describe("progress while migrating", () => {
  it("moltnet start prints each step before it runs: a server killed mid-step has said so, and the step is not applied", async () => {
    const path = join(ws.dir.path, "big.db");
    writeReferenceSqlite(path);
    const db = new Database(path);
    // 300,000 reference-format messages: step 9 rewrites each one's time.
    db.exec(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000)
      INSERT INTO messages (id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at, origin_json)
      SELECT 'bulk' || i, 'local', 'room', 'research', '{"kind":"room","room_id":"research"}', '{"type":"agent","id":"alpha"}',
             '[{"kind":"text","text":"bulk"}]', 'null', '2026-04-02T00:00:00.5Z', '{}' FROM n`);
    db.close();

    const child = spawnCli(["start"], {
      cwd: ws.dir.path,
      env: { MOLTNET_SQLITE_PATH: "big.db", MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` },
    });
    let stdout = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    const exit = finished(child, 120_000);
    for (let i = 0; i < 6000 && !/rewrites messages \(300,006 rows\)/.test(stdout) && child.exitCode === null; i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
    child.kill("SIGKILL");
    await exit;
    const logged = stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg?: string });
    expect(logged.map((l) => l.msg)).toContain("migrate: sqlite applying 9 (0001_fixed_width_times)…");
    expect(stdout).toMatch(/statement \d\/8 rewrites messages \(300,006 rows\)…/);
    expect(stdout).not.toContain("applied 9");
    expect(versionOf(path)).toBe(8);
  });
});

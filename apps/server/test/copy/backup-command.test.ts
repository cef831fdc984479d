// `moltnet backup <path>` on each backend, SQLite while a server is serving.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { perTestWorkspace, runCli, startCli } from "../process/cli-harness.js";
import { writeReferenceJson, writeReferenceSqlite } from "./copy-helpers.js";

const ws = perTestWorkspace();
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

const rows = (path: string) => {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT id, created_at, parts_json FROM messages ORDER BY id").all();
  } finally {
    db.close();
  }
};

describe("moltnet backup", () => {
  it("SQLite: a consistent copy while a server runs, never over an existing file", async () => {
    writeReferenceSqlite(join(ws.dir.path, "live.db"));
    const env = { MOLTNET_SQLITE_PATH: "live.db", MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` };
    const server = await startCli({ cwd: ws.dir.path, env });
    try {
      const posted = await fetch(`${server.baseUrl}/v1/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          id: "during",
          target: { kind: "room", room_id: "research" },
          from: { type: "human", id: "operator" },
          parts: [{ kind: "text", text: "hi" }],
        }),
      });
      expect(posted.status, await posted.clone().text()).toBeLessThan(300);
      const result = await runCli(["backup", "copy.db"], { cwd: ws.dir.path, env });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toMatch(/backup: .*live\.db -> .*copy\.db \(consistent, checked\)/);
      expect(rows(join(ws.dir.path, "copy.db"))).toEqual(rows(join(ws.dir.path, "live.db")));
      expect(rows(join(ws.dir.path, "copy.db"))).toContainEqual(expect.objectContaining({ id: "during" }));

      const again = await runCli(["backup", "copy.db"], { cwd: ws.dir.path, env });
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/copy\.db already exists; a backup never overwrites a file/);
    } finally {
      await server.stop();
    }
  });

  it("JSON: the snapshot, byte for byte; a corrupt one is refused", async () => {
    writeReferenceJson(join(ws.dir.path, "data.json"));
    const result = await runCli(["backup", "copy.json"], { cwd: ws.dir.path, env: { MOLTNET_JSON_PATH: "data.json" } });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(ws.dir.path, "copy.json"), "utf8")).toBe(
      readFileSync(join(ws.dir.path, "data.json"), "utf8"),
    );

    const broken = await runCli(["backup", "other.json"], {
      cwd: ws.dir.path,
      env: { MOLTNET_JSON_PATH: "copy.json.missing" },
    });
    expect(broken.code).toBe(1);
    expect(existsSync(join(ws.dir.path, "other.json"))).toBe(false);
  });

  it("Postgres: points at pg_dump, or copies into a sqlite: file", async () => {
    const db = await createTestDatabase("moltnet_backup");
    databases.push(db);
    const env = { MOLTNET_POSTGRES_DSN: db.dsn };
    const plain = await runCli(["backup", "dump.db"], { cwd: ws.dir.path, env });
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/Postgres is backed up with pg_dump/);
    const migrated = await runCli(["migrate"], { cwd: ws.dir.path, env });
    expect(migrated.code, migrated.stderr).toBe(0);
    const copied = await runCli(["backup", "sqlite:pg.db"], { cwd: ws.dir.path, env });
    expect(copied.code, copied.stderr).toBe(0);
    expect(copied.stdout).toMatch(/backup: postgres copied into sqlite:pg\.db and verified/);
  });

  it("memory: nothing to back up", async () => {
    const result = await runCli(["backup", "x.db"], { cwd: ws.dir.path, env: { MOLTNET_STORAGE_KIND: "memory" } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/memory storage keeps nothing on disk/);
  });
});

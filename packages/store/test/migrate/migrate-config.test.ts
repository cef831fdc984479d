// migrate(config) and migrationStatus(config), the API `moltnet migrate` uses:
// a real SQLite file and a real Postgres database, opened from configuration.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrate, migrationStatus } from "../../src/migrate/index.js";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { ALL } from "./versions.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "moltnet-migrate-config-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("migrate(config) and migrationStatus(config) on SQLite", () => {
  it("status of a missing file - everything pending, nothing created", async () => {
    const path = join(dir, "sub", "moltnet.db");
    const status = await migrationStatus({ kind: "sqlite", path });
    expect(status).toEqual({ exists: false, applied: [], pending: ALL, known: ALL, unknown: [] });
    expect(existsSync(join(dir, "sub"))).toBe(false);
  });

  it("migrate reports every applied version, then nothing; status agrees", async () => {
    const config = { kind: "sqlite" as const, path: join(dir, "moltnet.db") };
    const lines: string[] = [];
    expect(await migrate(config, { log: (l) => lines.push(l) })).toEqual({ applied: ALL });
    expect(lines.join("\n")).toContain("applied 1-8 (initial_schema");
    expect(await migrate(config)).toEqual({ applied: [] });
    const status = await migrationStatus(config);
    expect(status.applied.map(({ version, name }) => ({ version, name }))).toEqual(ALL);
    expect(status.pending).toEqual([]);
    expect(status.unknown).toEqual([]);
  });

  it("a version from a newer build - migrate refuses and changes nothing; status names it", async () => {
    const config = { kind: "sqlite" as const, path: join(dir, "moltnet.db") };
    await migrate(config);
    const db = new Database(config.path);
    db.prepare(
      `INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2031-01-01T00:00:00Z')`,
    ).run();
    db.close();
    await expect(migrate(config)).rejects.toMatchObject({ code: "schema_mismatch" });
    const status = await migrationStatus(config);
    expect(status.unknown).toEqual([{ version: 999, name: "from_the_future", applied_at: "2031-01-01T00:00:00Z" }]);
  });
});

describe("migrate(config) and migrationStatus(config) on Postgres", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase("moltnet_migcfg");
  });
  afterEach(async () => {
    await db.drop();
  });

  it("migrate reports every applied version, then nothing; status agrees", async () => {
    const config = { kind: "postgres" as const, dsn: db.dsn };
    expect((await migrationStatus(config)).pending).toEqual(ALL);
    expect(await migrate(config)).toEqual({ applied: ALL });
    expect(await migrate(config)).toEqual({ applied: [] });
    const status = await migrationStatus(config);
    expect(status.exists).toBe(true);
    expect(status.applied.map((m) => m.version)).toEqual(ALL.map((m) => m.version));
    expect(status.pending).toEqual([]);
  });

  it("status of a database that does not exist - a clear error without the password", async () => {
    const url = new URL(db.dsn);
    url.pathname = "/moltnet_no_such_database";
    url.password = "s3cret-pw";
    const error = await migrationStatus({ kind: "postgres", dsn: url.toString() }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(
      /^\[store:postgres\] cannot read migration status from .*moltnet_no_such_database: (the database does not exist|password authentication failed)$/,
    );
    expect((error as Error).message).not.toContain("s3cret-pw");
    // Reading the status of an unmigrated database leaves it unmigrated.
    await migrationStatus({ kind: "postgres", dsn: db.dsn });
    const sql = postgres(db.dsn, { max: 1, onnotice: () => {} });
    try {
      expect(await sql`SELECT to_regclass('schema_migrations') IS NULL AS missing`).toEqual([{ missing: true }]);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});

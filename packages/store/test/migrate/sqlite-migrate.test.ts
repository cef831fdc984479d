// The SQLite migrator against real database files.
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateSqlite, sqliteMigrationStatus } from "../../src/migrate/sqlite.js";
import { isStoreError } from "../../src/errors.js";
import { timeKey } from "../../src/time.js";
import {
  ADDED_INDEXES,
  addedSqliteIndexes,
  ignorePrimaryKeyNotNull,
  sqliteShape,
  withoutAddedSqliteIndexes,
} from "./introspect.js";
import { REFERENCE_APPLIED_AT, buildReferenceSqlite } from "./reference-db.js";
import { REFERENCE_ROWS, insertReferenceRowsSqlite } from "./reference-rows.js";
import { ALL, migrationLines, OURS } from "./versions.js";

let dir: string;
const open: Database.Database[] = [];
function openDb(name = "moltnet.db"): Database.Database {
  const db = new Database(join(dir, name));
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  open.push(db);
  return db;
}
const rowsOf = (db: Database.Database) =>
  db.prepare(`SELECT version, name, applied_at FROM schema_migrations ORDER BY version`).all();
const dump = (db: Database.Database) => ({
  schema: db.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all(),
  migrations: rowsOf(db),
  messages: db.prepare(`SELECT id, created_at FROM messages ORDER BY id`).all(),
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "moltnet-migrate-"));
});
afterEach(() => {
  for (const db of open.splice(0)) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("migrateSqlite", () => {
  it("fresh database - records the reference's versions 1-8 and ours, and reports them", () => {
    const db = openDb();
    const lines: string[] = [];
    const report = migrateSqlite(db, (l) => lines.push(l));
    expect(report.applied).toEqual(ALL);
    expect(rowsOf(db).map((r) => (r as { name: string }).name)).toEqual(ALL.map((m) => m.name));
    expect(lines).toEqual(migrationLines("sqlite"));
    const status = sqliteMigrationStatus(db);
    expect(status.pending).toEqual([]);
    expect(status.applied.map(({ version, name }) => ({ version, name }))).toEqual(ALL);
    for (const row of status.applied) expect(row.applied_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it("rerun - applies nothing and leaves the records alone", () => {
    const db = openDb();
    migrateSqlite(db);
    const before = rowsOf(db);
    expect(migrateSqlite(db).applied).toEqual([]);
    db.close();
    const again = openDb();
    expect(migrateSqlite(again).applied).toEqual([]);
    expect(rowsOf(again)).toEqual(before);
  });

  it("fresh database - has the structure of one the reference migrated to version 8, plus our indexes", () => {
    const ours = openDb("ours.db");
    migrateSqlite(ours);
    const theirs = openDb("theirs.db");
    buildReferenceSqlite(theirs, 8);
    expect(ignorePrimaryKeyNotNull(withoutAddedSqliteIndexes(sqliteShape(ours)))).toEqual(
      ignorePrimaryKeyNotNull(sqliteShape(theirs)),
    );
    expect(addedSqliteIndexes(sqliteShape(ours))).toEqual([...ADDED_INDEXES.sqlite]);
    expect(sqliteShape(ours).messages?.indexes.find((i) => i.name === "idx_messages_room_kind")?.columns).toEqual([
      "room_id",
      "target_kind",
      "created_at",
      "id",
    ]);
  });

  it("reference database at version 8 - opens with only our migrations applied and its rows kept", () => {
    const db = openDb();
    buildReferenceSqlite(db, 8);
    insertReferenceRowsSqlite(db);
    const shape = sqliteShape(db);
    expect(migrateSqlite(db).applied).toEqual(OURS);
    const rows = rowsOf(db) as { version: number; applied_at: string }[];
    expect(rows.filter((r) => r.version <= 8).every((r) => r.applied_at === REFERENCE_APPLIED_AT)).toBe(true);
    expect(withoutAddedSqliteIndexes(sqliteShape(db))).toEqual(shape);
    expect(addedSqliteIndexes(sqliteShape(db))).toEqual([...ADDED_INDEXES.sqlite]);
    expect(db.prepare(`SELECT COUNT(*) FROM messages`).pluck().get()).toBe(REFERENCE_ROWS.messages!.length);
  });

  it("reference database at version 5 - gets the reference's steps 6-8, then ours", () => {
    const db = openDb();
    buildReferenceSqlite(db, 5);
    db.prepare(
      `INSERT INTO rooms (id, network_id, fqid, name, created_at) VALUES ('r1', 'local', 'molt://local/rooms/r1', 'R1', '2026-04-01T09:00:00.5Z')`,
    ).run();
    const lines: string[] = [];
    const report = migrateSqlite(db, (l) => lines.push(l));
    expect(report.applied).toEqual(ALL.filter((m) => m.version >= 6));
    expect(lines.filter((l) => l.includes(" applied "))).toHaveLength(3 + OURS.length); // steps 6, 7 and 8, then ours
    expect(db.prepare(`SELECT id, created_at, deleted_at, visibility, write_policy FROM rooms`).get()).toEqual({
      id: "r1",
      created_at: "2026-04-01T09:00:00.500000000Z",
      deleted_at: null,
      visibility: "private",
      write_policy: "members",
    });
    const reference = openDb("reference.db");
    buildReferenceSqlite(reference, 8);
    expect(withoutAddedSqliteIndexes(sqliteShape(db))).toEqual(sqliteShape(reference));
  });

  it("reference database with our room index added by hand - migrates, keeping that index", () => {
    const db = openDb();
    buildReferenceSqlite(db, 8);
    db.exec(`CREATE INDEX idx_messages_room_kind ON messages (room_id, target_kind, created_at, id)`);
    expect(migrateSqlite(db).applied).toEqual(OURS);
    expect(addedSqliteIndexes(sqliteShape(db))).toEqual([...ADDED_INDEXES.sqlite]);
  });

  it("newer database - refuses an unknown version and leaves the database untouched", () => {
    const db = openDb();
    buildReferenceSqlite(db, 8);
    insertReferenceRowsSqlite(db);
    db.prepare(
      `INSERT INTO schema_migrations VALUES (${ALL.length + 1}, '9999_from_the_future', '2026-05-01T00:00:00Z')`,
    ).run();
    const before = dump(db);
    let error: unknown;
    try {
      migrateSqlite(db);
    } catch (err) {
      error = err;
    }
    expect(isStoreError(error, "schema_mismatch")).toBe(true);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^\\[store:migrate\\] the database records migration ${ALL.length + 1} \\("9999_from_the_future"\\), which this build does not know`,
      ),
    );
    expect(dump(db)).toEqual(before);
  });

  it("renamed version - refuses a known version recorded under another name", () => {
    const db = openDb();
    migrateSqlite(db);
    db.prepare(`UPDATE schema_migrations SET name = '0001_something_else' WHERE version = 9`).run();
    expect(() => migrateSqlite(db)).toThrowError(
      /the database records migration 9 as "0001_something_else", but this build's migration 9 is "0001_fixed_width_times"/,
    );
    db.prepare(`UPDATE schema_migrations SET name = 'initial' WHERE version = 1`).run();
    expect(() => migrateSqlite(db)).toThrowError(/schema_mismatch|records migration 1 as "initial"/);
  });

  it("reference rows without version 1 - refused rather than guessed", () => {
    const db = openDb();
    buildReferenceSqlite(db, 3);
    db.prepare(`DELETE FROM schema_migrations WHERE version = 1`).run();
    let error: unknown;
    try {
      migrateSqlite(db);
    } catch (err) {
      error = err;
    }
    expect(isStoreError(error, "schema_mismatch")).toBe(true);
    expect((error as Error).message).toContain("not 1 (initial_schema)");
  });

  it("failing step - rolls back with its record, earlier steps stay applied", () => {
    const db = openDb();
    buildReferenceSqlite(db, 6);
    // Make step 7 fail: its column already exists.
    db.exec(`ALTER TABLE rooms ADD COLUMN deleted_at TEXT`);
    let error: unknown;
    try {
      migrateSqlite(db);
    } catch (err) {
      error = err;
    }
    expect(isStoreError(error, "internal")).toBe(true);
    expect((error as Error).message).toMatch(
      /^\[store:migrate\] sqlite migration 7 \(soft_removed_rooms\) failed: duplicate column name: deleted_at/,
    );
    expect((rowsOf(db) as { version: number }[]).map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'idx_rooms_deleted_at'`).get()).toBeUndefined();
  });

  it("concurrent boots - three processes migrating one file apply each migration exactly once", async () => {
    // Real processes, each with its own connection, running the built migrator.
    const dist = fileURLToPath(new URL("../../dist/migrate/sqlite.js", import.meta.url));
    if (!existsSync(dist))
      throw new Error("build @moltnet/store first (cd packages/store && npx tsc -p tsconfig.json)");
    const driver = createRequire(import.meta.url).resolve("better-sqlite3");
    const file = join(dir, "shared.db");
    const setup = openDb("shared.db");
    setup.pragma("journal_mode = WAL");
    const script = [
      `import { createRequire } from "node:module";`,
      `const Database = createRequire(import.meta.url)(${JSON.stringify(driver)});`,
      `const { migrateSqlite } = await import(${JSON.stringify(new URL(`file://${dist}`).href)});`,
      `const db = new Database(${JSON.stringify(file)});`,
      `console.log(JSON.stringify(migrateSqlite(db).applied.map((m) => m.version)));`,
      `db.close();`,
    ].join("\n");
    const run = () => promisify(execFile)(process.execPath, ["--input-type=module", "-e", script]);
    const outputs = await Promise.all([run(), run(), run()]);
    const versions = outputs.flatMap((o) => JSON.parse(o.stdout) as number[]).sort((a, b) => a - b);
    expect(versions).toEqual(ALL.map((m) => m.version));
    expect((rowsOf(setup) as { version: number }[]).map((r) => r.version)).toEqual(ALL.map((m) => m.version));
  });

  it("caller's settings - busy_timeout and foreign_keys are as they were after migrating", () => {
    const db = openDb();
    db.pragma("busy_timeout = 1234");
    db.pragma("foreign_keys = OFF");
    migrateSqlite(db);
    expect(db.pragma("busy_timeout", { simple: true })).toBe(1234);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(0);
  });

  it("foreign keys - stay enabled after migrating when they were enabled before", () => {
    const db = openDb();
    migrateSqlite(db);
    expect(db.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(() =>
      db.prepare(`INSERT INTO room_members (room_id, member_id) VALUES ('nope', 'alpha')`).run(),
    ).toThrowError(/FOREIGN KEY constraint failed/);
  });

  it("status - lists everything as pending on an empty database without creating anything", () => {
    const db = openDb();
    expect(sqliteMigrationStatus(db)).toEqual({ applied: [], pending: ALL });
    expect(db.prepare(`SELECT COUNT(*) FROM sqlite_master`).pluck().get()).toBe(0);
  });

  it("status - lists the reference's remaining steps and ours for a version-5 database", () => {
    const db = openDb();
    buildReferenceSqlite(db, 5);
    const status = sqliteMigrationStatus(db);
    expect(status.pending).toEqual(ALL.filter((m) => m.version >= 6));
    expect(status.applied.map((r) => r.version)).toEqual([1, 2, 3, 4, 5]);
    expect(status.applied[0]?.applied_at).toBe(REFERENCE_APPLIED_AT);
  });
});

describe("0001_fixed_width_times (sqlite)", () => {
  const trimmed = [
    "2026-04-01T09:00:00Z",
    "2026-04-01T09:00:00.5Z",
    "2026-04-01T09:00:00.51Z",
    "2026-04-01T09:00:00.123456789Z",
    "2026-04-01T09:00:00.000000001Z",
    "0001-01-01T00:00:00Z",
  ];

  it("rewrites every time column to nine fraction digits, keeping the exact value", () => {
    const db = openDb();
    buildReferenceSqlite(db, 8);
    insertReferenceRowsSqlite(db);
    db.prepare(`UPDATE agents SET updated_at = '2026-04-01T08:30:00.000000007Z' WHERE agent_id = 'beta'`).run();
    const columns: [string, string, string][] = [
      ["rooms", "id", "created_at"],
      ["rooms", "id", "deleted_at"],
      ["threads", "id", "last_message_at"],
      ["dm_conversations", "dm_id", "last_message_at"],
      ["messages", "id", "created_at"],
      ["artifacts", "id", "created_at"],
      ["agents", "agent_id", "created_at"],
      ["agents", "agent_id", "updated_at"],
    ];
    const read = () =>
      columns.map(
        ([table, key, column]) =>
          db.prepare(`SELECT ${key} AS k, ${column} AS v FROM ${table} ORDER BY ${key}`).all() as {
            k: string;
            v: string | null;
          }[],
      );
    const before = read();
    migrateSqlite(db);
    const after = read();
    expect(after).toEqual(before.map((rows) => rows.map(({ k, v }) => ({ k, v: v === null ? null : timeKey(v) }))));
    expect(
      after
        .flat()
        .filter((r) => r.v !== null)
        .every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/.test(r.v!)),
    ).toBe(true);
    expect(db.prepare(`SELECT updated_at FROM agents WHERE agent_id = 'beta'`).pluck().get()).toBe(
      "2026-04-01T08:30:00.000000007Z",
    );
  });

  it("fixes the order of ...:00Z against ...:00.5Z (and .5 against .51)", () => {
    const db = openDb();
    buildReferenceSqlite(db, 8);
    db.prepare(
      `INSERT INTO rooms (id, network_id, fqid, name, created_at) VALUES ('r', 'local', 'molt://local/rooms/r', 'r', '2026-04-01T09:00:00Z')`,
    ).run();
    const insert = db.prepare(
      `INSERT INTO messages (id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at) VALUES (?, 'local', 'room', 'r', '{}', '{}', '[]', 'null', ?)`,
    );
    // Ids in the opposite order of time, so (created_at, id) order is decided by time alone.
    trimmed.forEach((t, i) => insert.run(`m${trimmed.length - i}`, t));
    const byText = () =>
      db.prepare(`SELECT created_at FROM messages ORDER BY created_at, id`).pluck().all() as string[];
    const chronological = [...trimmed].sort((a, b) => (timeKey(a) < timeKey(b) ? -1 : 1));
    expect(byText()).not.toEqual(chronological); // the reference's bug, as stored
    migrateSqlite(db);
    expect(byText()).toEqual(chronological.map(timeKey));
    expect(byText()).toEqual([
      "0001-01-01T00:00:00.000000000Z",
      "2026-04-01T09:00:00.000000000Z",
      "2026-04-01T09:00:00.000000001Z",
      "2026-04-01T09:00:00.123456789Z",
      "2026-04-01T09:00:00.500000000Z",
      "2026-04-01T09:00:00.510000000Z",
    ]);
  });

  it("leaves text it cannot read as RFC 3339 UTC alone", () => {
    const db = openDb();
    buildReferenceSqlite(db, 8);
    const odd = [
      "garbage",
      "2026-04-01T09:00:00.Z",
      "2026-04-01T09:00:00+02:00",
      "2026-04-01T09:00:00.1234567891Z",
      "",
    ];
    const insert = db.prepare(`INSERT INTO agents VALUES (?, 'local', 'u', 'uri', NULL, 'k', ?, ?)`);
    odd.forEach((t, i) => insert.run(`a${i}`, t, t));
    migrateSqlite(db);
    expect(db.prepare(`SELECT created_at FROM agents ORDER BY agent_id`).pluck().all()).toEqual(odd);
  });
});

// SQLite as a copy source (a read-only connection, one read transaction for
// the whole copy: WAL lets a running server keep writing meanwhile) and as a
// copy target (migrated first, rows inserted with the store's time codec in
// large transactions, existing primary keys kept so a resumed copy can re-send).
import { existsSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { StoreError, isStoreError } from "../errors.js";
import { migrateSqlite, sqliteMigrationStatus } from "../migrate/sqlite.js";
import { planFor } from "../migrate/plan.js";
import { configureConnection } from "../sqlite/connection.js";
import { prepareDatabaseFile } from "../sqlite/database-file.js";
import { sqliteTime } from "../sqlite/keyset.js";
import { readStoredTime } from "../time.js";
import { COPY_STATE_TABLE, type CopySource, type CopyTarget, type SnapshotReader, type TargetState } from "./sides.js";
import { COPY_TABLES, type CopyRow, type TableName, type TableSpec } from "./tables.js";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function fail(
  code: "invalid_config" | "corrupt" | "schema_mismatch" | "internal",
  message: string,
  cause?: unknown,
): StoreError {
  return new StoreError(code, message, { backend: "sqlite", cause });
}

/** Opens an existing file read-only and checks it is a Moltnet database this build can read. */
function openReadOnly(path: string, role: "source" | "target"): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw fail("invalid_config", `cannot open ${role} ${path}: ${(err as Error).message}`, err);
  }
  try {
    db.pragma("busy_timeout = 5000");
    db.prepare("SELECT count(*) FROM sqlite_master").get();
    const status = sqliteMigrationStatus(db);
    planFor("sqlite").check(status.applied);
    return db;
  } catch (err) {
    db.close();
    if (isStoreError(err))
      throw new StoreError(err.code, `${role} ${path}: ${err.message.replace(/^\[store:\w+\] /, "")}`, {
        backend: "sqlite",
        cause: err,
      });
    const code = (err as { code?: string }).code;
    if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT")
      throw fail("corrupt", `${role} ${path} is not a SQLite database`, err);
    throw fail("internal", `cannot read ${role} ${path}: ${(err as Error).message}`, err);
  }
}

function tableExists(db: Database.Database, name: string): boolean {
  return db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?`).get(name) !== undefined;
}

/** `role` names the side in messages: a verification reads its target as a source. */
export function openSqliteSource(path: string, role: "source" | "target" = "source"): CopySource {
  if (!existsSync(path)) throw fail("invalid_config", `${role} ${path} does not exist`);
  if (!statSync(path).isFile()) throw fail("invalid_config", `${role} ${path} is not a file`);
  const db = openReadOnly(path, role);
  // A database the reference left before its version 8 lacks columns the copy reads.
  const pending = sqliteMigrationStatus(db).pending.filter((m) => m.version <= 8);
  if (pending.length > 0 || !tableExists(db, "messages")) {
    db.close();
    throw fail(
      "schema_mismatch",
      `${role} ${path} is not a Moltnet database at schema version 8 or later; run "moltnet migrate" on it first`,
    );
  }
  return sqliteSource(db, path);
}

function sqliteSource(db: Database.Database, path: string): CopySource {
  const present = new Set(COPY_TABLES.filter((t) => tableExists(db, t.name)).map((t) => t.name));
  const reader: SnapshotReader = {
    async count(table) {
      if (!present.has(table.name)) return 0;
      return (db.prepare(`SELECT count(*) AS n FROM ${quote(table.name)}`).get() as { n: number }).n;
    },
    async *rows(table, batch) {
      if (!present.has(table.name)) return;
      const statement = db.prepare(`SELECT ${table.columns.map(quote).join(", ")} FROM ${quote(table.name)}`).raw(true);
      let out: CopyRow[] = [];
      for (const values of statement.iterate() as IterableIterator<unknown[]>) {
        out.push(rowOf(table, values));
        if (out.length >= batch) {
          yield out;
          out = [];
        }
      }
      if (out.length > 0) yield out;
    },
  };
  return {
    description: `sqlite:${path}`,
    async snapshot(read) {
      db.exec("BEGIN");
      try {
        db.prepare("SELECT count(*) FROM sqlite_master").get(); // the read snapshot starts at the first read
        return await read(reader);
      } finally {
        db.exec("COMMIT");
      }
    },
    async close() {
      db.close();
    },
  };
}

function rowOf(table: TableSpec, values: unknown[]): CopyRow {
  const row: CopyRow = {};
  table.columns.forEach((column, i) => {
    const value = values[i] as string | number | bigint | null;
    row[column] =
      value === null
        ? null
        : table.times.has(column)
          ? readStoredTime(String(value))
          : typeof value === "bigint"
            ? Number(value)
            : value;
  });
  return row;
}

export async function openSqliteTarget(path: string, log: (line: string) => void): Promise<CopyTarget> {
  // Everything is checked on a read-only connection first, so a refused target is left exactly as it was.
  let holds: { resumeFrom: string | null } = { resumeFrom: null };
  if (existsSync(path) && statSync(path).isFile() && statSync(path).size > 0) {
    const db = openReadOnly(path, "target");
    try {
      holds = inspect(db, path);
    } finally {
      db.close();
    }
  }
  let client: Database.Database | null = null;
  const done = new Set<TableName>();
  const inserts = new Map<TableName, Database.Statement>();
  const open = (): Database.Database => {
    if (client) return client;
    const file = prepareDatabaseFile(path, log);
    client = new Database(file.path, { fileMustExist: true });
    configureConnection(drizzle({ client }), { synchronous: "NORMAL", autoCheckpointPages: 10_000 });
    return client;
  };
  return {
    description: `sqlite:${path}`,
    microseconds: false,
    async prepare(sourceIdentity) {
      if (holds.resumeFrom !== null && holds.resumeFrom !== sourceIdentity) {
        throw fail(
          "invalid_config",
          `target ${path} holds an unfinished copy of another source (${holds.resumeFrom}); remove it or copy that source again`,
        );
      }
      const db = open();
      migrateSqlite(db, log);
      db.exec(`CREATE TABLE IF NOT EXISTS ${COPY_STATE_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      db.prepare(`INSERT INTO ${COPY_STATE_TABLE} (key, value) VALUES ('source', ?) ON CONFLICT DO NOTHING`).run(
        sourceIdentity,
      );
      const rows = db.prepare(`SELECT key FROM ${COPY_STATE_TABLE} WHERE key LIKE 'done:%'`).all() as { key: string }[];
      for (const r of rows) done.add(r.key.slice(5) as TableName);
      return { resumed: holds.resumeFrom !== null, done } satisfies TargetState;
    },
    async write(table, rows, last) {
      const db = open();
      let insert = inserts.get(table.name);
      if (!insert) {
        insert = db.prepare(
          `INSERT INTO ${quote(table.name)} (${table.columns.map(quote).join(", ")}) VALUES (${table.columns.map(() => "?").join(", ")}) ON CONFLICT DO NOTHING`,
        );
        inserts.set(table.name, insert);
      }
      const statement = insert;
      const markDone = db.prepare(
        `INSERT INTO ${COPY_STATE_TABLE} (key, value) VALUES (?, 'yes') ON CONFLICT DO NOTHING`,
      );
      db.transaction(() => {
        for (const row of rows) {
          statement.run(
            table.columns.map((c) => {
              const value = row[c] ?? null;
              return value !== null && table.times.has(c) ? sqliteTime.write(value as never) : value;
            }),
          );
        }
        if (last) markDone.run(`done:${table.name}`);
      })();
    },
    async complete() {},
    async finish() {
      const db = open();
      db.exec(`DROP TABLE IF EXISTS ${COPY_STATE_TABLE}`);
      db.pragma("wal_checkpoint(TRUNCATE)");
    },
    async reopenAsSource() {
      return sqliteSource(openReadOnly(path, "target"), path);
    },
    async close() {
      (client as Database.Database | null)?.close();
      client = null;
    },
  };
}

/** Null resumeFrom: the target is empty. Throws when it holds data that is not an unfinished copy. */
function inspect(db: Database.Database, path: string): { resumeFrom: string | null } {
  if (tableExists(db, COPY_STATE_TABLE)) {
    const row = db.prepare(`SELECT value FROM ${COPY_STATE_TABLE} WHERE key = 'source'`).get() as
      { value: string } | undefined;
    if (row) return { resumeFrom: row.value };
  }
  const nonEmpty = COPY_TABLES.filter(
    (t) => tableExists(db, t.name) && db.prepare(`SELECT 1 FROM ${quote(t.name)} LIMIT 1`).get() !== undefined,
  );
  if (nonEmpty.length > 0) {
    throw fail(
      "invalid_config",
      `target ${path} already holds data (${nonEmpty.map((t) => t.name).join(", ")}); copy into a new or empty database. Nothing was changed`,
    );
  }
  return { resumeFrom: null };
}

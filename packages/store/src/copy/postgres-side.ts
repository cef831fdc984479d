// Postgres as a copy source (one REPEATABLE READ, READ ONLY transaction for
// the whole copy, rows streamed through a cursor) and as a copy target
// (migrated first, rows sent as one JSON document per batch and typed by
// json_to_recordset, so times reach TIMESTAMPTZ as text and are rounded to
// microseconds by Postgres exactly as when our store writes them).
import type { Sql, TransactionSql } from "postgres";
import { StoreError, isStoreError } from "../errors.js";
import { migratePostgres, postgresMigrationStatus } from "../migrate/postgres.js";
import { planFor } from "../migrate/plan.js";
import { connect, scrub, type Connection } from "../postgres/connection.js";
import { reasonOf } from "../postgres/errors.js";
import { readStoredTime } from "../time.js";
import { COPY_STATE_TABLE, type CopySource, type CopyTarget, type SnapshotReader, type TargetState } from "./sides.js";
import { COPY_TABLES, type CopyRow, type TableName, type TableSpec } from "./tables.js";

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** migrateFirst: a copy target, which is migrated before use; anything else must already be at version 8 or later. */
async function openConnection(dsn: string, role: "source" | "target", migrateFirst = false): Promise<Connection> {
  const connection = connect({ kind: "postgres", dsn, maxConnections: 2 });
  try {
    await withDeadline(connection.sql`select 1`, connection.connectTimeoutMs);
  } catch (err) {
    await connection.sql.end({ timeout: 0 }).catch(() => {});
    throw new StoreError(
      "unavailable",
      `cannot connect to ${role} ${connection.target}: ${scrub(reasonOf(err), dsn)}`,
      { backend: "postgres" },
    );
  }
  try {
    const status = await postgresMigrationStatus(connection.sql);
    planFor("postgres").check(status.applied);
    if (
      (role === "source" || !migrateFirst) &&
      (status.pending.some((m) => m.version <= 8) || !(await exists(connection.sql, "messages")))
    ) {
      throw new StoreError(
        "schema_mismatch",
        `is not a Moltnet database at schema version 8 or later; run "moltnet migrate" on it first`,
      );
    }
    return connection;
  } catch (err) {
    await connection.sql.end({ timeout: 0 }).catch(() => {});
    const why = isStoreError(err) ? err.message.replace(/^\[store:\w+\] /, "") : scrub(reasonOf(err), dsn);
    throw new StoreError(isStoreError(err) ? err.code : "internal", `${role} ${connection.target}: ${why}`, {
      backend: "postgres",
    });
  }
}

async function exists(sql: Sql | TransactionSql, table: string): Promise<boolean> {
  const [row] = await sql<{ found: boolean }[]>`SELECT to_regclass(${table}) IS NOT NULL AS found`;
  return row?.found === true;
}

function withDeadline<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error("timed out"), { code: "CONNECT_TIMEOUT" })), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

export async function openPostgresSource(dsn: string, role: "source" | "target" = "source"): Promise<CopySource> {
  return postgresSource(await openConnection(dsn, role));
}

function postgresSource(connection: Connection): CopySource {
  const select = (table: TableSpec) =>
    `SELECT ${table.columns.map((c) => (table.times.has(c) ? `${quote(c)}::text AS ${quote(c)}` : quote(c))).join(", ")} FROM ${quote(table.name)}`;
  return {
    description: `postgres ${connection.target}`,
    async snapshot(read) {
      return (await connection.sql.begin("isolation level repeatable read read only", async (tx) => {
        const present = new Set<string>();
        for (const t of COPY_TABLES) if (await exists(tx, t.name)) present.add(t.name);
        const reader: SnapshotReader = {
          async count(table) {
            if (!present.has(table.name)) return 0;
            const [row] = await tx.unsafe<{ n: string }[]>(`SELECT count(*)::text AS n FROM ${quote(table.name)}`);
            return Number(row?.n ?? 0);
          },
          async *rows(table, batch) {
            if (!present.has(table.name)) return;
            for await (const rows of tx.unsafe(select(table)).cursor(batch)) {
              yield rows.map((r) => rowOf(table, r as Record<string, string | number | null>));
            }
          },
        };
        return read(reader);
      })) as never;
    },
    async close() {
      await connection.sql.end({ timeout: 5 }).catch(() => {});
    },
  };
}

function rowOf(table: TableSpec, raw: Record<string, string | number | null>): CopyRow {
  const row: CopyRow = {};
  for (const c of table.columns) {
    const value = raw[c] ?? null;
    row[c] = value !== null && table.times.has(c) ? readStoredTime(String(value)) : value;
  }
  return row;
}

export async function openPostgresTarget(dsn: string, log: (line: string) => void): Promise<CopyTarget> {
  const connection = await openConnection(dsn, "target", true);
  const { sql, target } = connection;
  let resumeFrom: string | null;
  try {
    resumeFrom = await inspect(sql, target);
  } catch (err) {
    await sql.end({ timeout: 0 }).catch(() => {});
    throw err;
  }
  const done = new Set<TableName>();
  const inserts = new Map<TableName, string>();
  const insertOf = (table: TableSpec): string => {
    let text = inserts.get(table.name);
    if (!text) {
      const type = (c: string) =>
        (table.pgTypes.get(c) ?? "text").replace(/^(big)?serial$/i, (_, big) => (big ? "bigint" : "integer"));
      const columns = table.columns.map(quote).join(", ");
      text =
        `INSERT INTO ${quote(table.name)} (${columns}) SELECT ${columns} FROM json_to_recordset($1::json) ` +
        `AS x(${table.columns.map((c) => `${quote(c)} ${type(c)}`).join(", ")}) ON CONFLICT DO NOTHING`;
      inserts.set(table.name, text);
    }
    return text;
  };
  return {
    description: `postgres ${target}`,
    microseconds: true,
    async prepare(sourceIdentity) {
      if (resumeFrom !== null && resumeFrom !== sourceIdentity) {
        throw new StoreError(
          "invalid_config",
          `target ${target} holds an unfinished copy of another source (${resumeFrom}); drop it or copy that source again`,
          { backend: "postgres" },
        );
      }
      await migratePostgres(sql, log);
      await sql.unsafe(`CREATE TABLE IF NOT EXISTS ${COPY_STATE_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`);
      await sql.unsafe(`INSERT INTO ${COPY_STATE_TABLE} (key, value) VALUES ('source', $1) ON CONFLICT DO NOTHING`, [
        sourceIdentity,
      ]);
      const rows = await sql.unsafe<{ key: string }[]>(`SELECT key FROM ${COPY_STATE_TABLE} WHERE key LIKE 'done:%'`);
      for (const r of rows) done.add(r.key.slice(5) as TableName);
      return { resumed: resumeFrom !== null, done } satisfies TargetState;
    },
    async write(table, rows, last) {
      await sql.begin(async (tx) => {
        if (rows.length > 0) await tx.unsafe(insertOf(table), [JSON.stringify(rows)]);
        if (last)
          await tx.unsafe(`INSERT INTO ${COPY_STATE_TABLE} (key, value) VALUES ($1, 'yes') ON CONFLICT DO NOTHING`, [
            `done:${table.name}`,
          ]);
      });
    },
    async complete() {
      // Rows arrived with their ids: a sequence behind a column must continue after the largest one.
      const sequenced = await sql.unsafe<{ t: string; c: string }[]>(
        `SELECT table_name AS t, column_name AS c FROM information_schema.columns
          WHERE table_schema = current_schema() AND (column_default LIKE 'nextval(%' OR is_identity = 'YES')`,
      );
      for (const { t, c } of sequenced) {
        if (!COPY_TABLES.some((spec) => spec.name === t)) continue;
        await sql.unsafe(
          `SELECT setval(pg_get_serial_sequence($1, $2), GREATEST((SELECT max(${quote(c)}) FROM ${quote(t)}), 1), (SELECT max(${quote(c)}) FROM ${quote(t)}) IS NOT NULL)`,
          [quote(t), c],
        );
      }
      // Fresh statistics, so the first pages a server serves from the copy are planned well.
      await sql.unsafe("ANALYZE");
    },
    async finish() {
      await sql.unsafe(`DROP TABLE IF EXISTS ${COPY_STATE_TABLE}`);
    },
    async reopenAsSource() {
      return postgresSource(await openConnection(dsn, "target"));
    },
    async close() {
      await sql.end({ timeout: 5 }).catch(() => {});
    },
  };
}

async function inspect(sql: Sql, target: string): Promise<string | null> {
  if (await exists(sql, COPY_STATE_TABLE)) {
    const [row] = await sql.unsafe<{ value: string }[]>(`SELECT value FROM ${COPY_STATE_TABLE} WHERE key = 'source'`);
    if (row) return row.value;
  }
  const nonEmpty: string[] = [];
  for (const t of COPY_TABLES) {
    if (!(await exists(sql, t.name))) continue;
    const rows = await sql.unsafe(`SELECT 1 FROM ${quote(t.name)} LIMIT 1`);
    if (rows.length > 0) nonEmpty.push(t.name);
  }
  if (nonEmpty.length > 0) {
    throw new StoreError(
      "invalid_config",
      `target ${target} already holds data (${nonEmpty.join(", ")}); copy into a new or empty database. Nothing was changed`,
      { backend: "postgres" },
    );
  }
  return null;
}

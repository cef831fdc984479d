// The raw drivers' bulk paths the copy scenario compares with: the messages
// table only, read and written with nothing in between (no codec, no
// checksum, no resumability): better-sqlite3 prepared inserts in large
// transactions, postgres.js COPY.
import { readFileSync } from "node:fs";
import Database from "better-sqlite3";
import { timeKey } from "@moltnet/store";
import { rawPostgres } from "./postgres-append.js";

const COLUMNS = [
  "id",
  "network_id",
  "target_kind",
  "room_id",
  "thread_id",
  "parent_message_id",
  "dm_id",
  "target_json",
  "from_json",
  "parts_json",
  "mentions_json",
  "created_at",
  "origin_json",
];
const LIST = COLUMNS.map((c) => `"${c}"`).join(", ");
const BATCH = 10_000;

function sqliteWriter(path: string): { add(row: unknown[]): void; end(): void } {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  const insert = db.prepare(`INSERT INTO "messages" (${LIST}) VALUES (${COLUMNS.map(() => "?").join(", ")})`);
  const write = db.transaction((rows: unknown[][]) => {
    for (const r of rows) insert.run(r);
  });
  let rows: unknown[][] = [];
  return {
    add(row) {
      rows.push(row);
      if (rows.length >= BATCH) {
        write(rows);
        rows = [];
      }
    },
    end() {
      if (rows.length > 0) write(rows);
      db.close();
    },
  };
}

/** Every room message of a snapshot file into a migrated SQLite database (the rooms must exist). */
export function rawJsonToSqlite(jsonPath: string, sqlitePath: string): number {
  const snapshot = JSON.parse(readFileSync(jsonPath, "utf8")) as {
    room_messages?: Record<string, Record<string, unknown>[]>;
  };
  const out = sqliteWriter(sqlitePath);
  let n = 0;
  for (const [room, list] of Object.entries(snapshot.room_messages ?? {})) {
    for (const m of list) {
      out.add([
        m.id,
        m.network_id,
        "room",
        room,
        null,
        null,
        null,
        JSON.stringify(m.target),
        JSON.stringify(m.from),
        JSON.stringify(m.parts),
        "null",
        timeKey(String(m.created_at)),
        JSON.stringify(m.origin),
      ]);
      n++;
    }
  }
  out.end();
  return n;
}

function copyText(value: unknown): string {
  if (value === null || value === undefined) return "\\N";
  return String(value).replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** SQLite messages into a migrated Postgres database with COPY. */
export async function rawSqliteToPostgres(sqlitePath: string, dsn: string): Promise<number> {
  const db = new Database(sqlitePath, { readonly: true });
  const sql = rawPostgres(dsn, 1);
  let n = 0;
  try {
    const stream = await sql.unsafe(`COPY "messages" (${LIST}) FROM STDIN`).writable();
    let lines: string[] = [];
    const flush = async () => {
      const text = lines.join("");
      lines = [];
      if (!stream.write(text)) await new Promise<void>((resolve) => stream.once("drain", () => resolve()));
    };
    for (const row of db.prepare(`SELECT ${LIST} FROM "messages"`).raw(true).iterate() as IterableIterator<unknown[]>) {
      lines.push(`${row.map(copyText).join("\t")}\n`);
      n++;
      if (lines.length >= 5000) await flush();
    }
    await flush();
    await new Promise<void>((resolve, reject) => {
      stream.once("error", reject);
      stream.end(() => resolve());
    });
  } finally {
    db.close();
    await sql.end({ timeout: 5 });
  }
  return n;
}

/** Postgres messages (a cursor) into a migrated SQLite database. */
export async function rawPostgresToSqlite(dsn: string, sqlitePath: string): Promise<number> {
  const sql = rawPostgres(dsn, 1);
  const out = sqliteWriter(sqlitePath);
  let n = 0;
  try {
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      const select = `SELECT ${COLUMNS.map((c) => (c === "created_at" ? `"created_at"::text AS "created_at"` : `"${c}"`)).join(", ")} FROM "messages"`;
      for await (const rows of tx.unsafe(select).cursor(BATCH)) {
        for (const r of rows as Record<string, unknown>[]) {
          out.add(COLUMNS.map((c) => (c === "created_at" ? timeKey(String(r[c])) : r[c])));
          n++;
        }
      }
    });
  } finally {
    out.end();
    await sql.end({ timeout: 5 });
  }
  return n;
}

// The Postgres migrator against a real server (one fresh database per test).
import postgres, { type Sql } from "postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { migratePostgres, postgresMigrationStatus } from "../../src/migrate/postgres.js";
import { isStoreError } from "../../src/errors.js";
import { ADDED_INDEXES, postgresShape, withoutAddedPostgresIndexes } from "./introspect.js";
import { buildReferencePostgres } from "./reference-db.js";
import { insertReferenceRowsPostgres } from "./reference-rows.js";
import { ALL, migrationLines, OURS } from "./versions.js";

let dbs: TestDatabase[] = [];
let clients: Sql[] = [];
async function freshDatabase(): Promise<string> {
  const db = await createTestDatabase("moltnet_migrate");
  dbs.push(db);
  return db.dsn;
}
function connect(dsn: string): Sql {
  const sql = postgres(dsn, { max: 1, onnotice: () => {}, connection: { TimeZone: "UTC" } });
  clients.push(sql);
  return sql;
}
async function rowsOf(sql: Sql) {
  return sql`SELECT version, name, applied_at::text AS applied_at FROM schema_migrations ORDER BY version`;
}

beforeEach(() => {
  dbs = [];
  clients = [];
});
afterEach(async () => {
  await Promise.all(clients.map((c) => c.end({ timeout: 5 })));
  await Promise.all(dbs.map((d) => d.drop()));
});

async function capture(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error("expected a rejection");
}

describe("migratePostgres", () => {
  it("fresh database - records the reference's versions 1-8 and ours; a rerun applies nothing", async () => {
    const sql = connect(await freshDatabase());
    const lines: string[] = [];
    expect((await migratePostgres(sql, (l) => lines.push(l))).applied).toEqual(ALL);
    expect(lines).toEqual(migrationLines("postgres"));
    const before = await rowsOf(sql);
    expect(before.map((r) => ({ version: r.version, name: r.name }))).toEqual(ALL);
    expect((await migratePostgres(sql)).applied).toEqual([]);
    expect(await rowsOf(sql)).toEqual(before);
    const status = await postgresMigrationStatus(sql);
    expect(status.pending).toEqual([]);
    expect(status.applied.map(({ version, name }) => ({ version, name }))).toEqual(ALL);
    for (const row of status.applied) expect(row.applied_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it("fresh database - has the same tables, columns, constraint names and indexes as one the reference migrated, plus our indexes", async () => {
    const ours = connect(await freshDatabase());
    await migratePostgres(ours);
    const theirs = connect(await freshDatabase());
    await buildReferencePostgres(theirs, 8);
    const shape = await postgresShape(ours);
    expect(withoutAddedPostgresIndexes(shape)).toEqual(await postgresShape(theirs));
    const added: readonly string[] = ADDED_INDEXES.postgres;
    expect(
      shape.indexes.filter((i) => added.includes(i.indexname)).map((i) => i.indexdef.replace(/ ON \S+\./, " ON ")),
    ).toEqual([
      'CREATE INDEX idx_agents_id_bytewise ON agents USING btree (agent_id COLLATE "C")',
      'CREATE INDEX idx_dm_conversations_id_bytewise ON dm_conversations USING btree (dm_id COLLATE "C")',
      'CREATE INDEX idx_messages_dm_bytewise ON messages USING btree (dm_id, created_at, id COLLATE "C")',
      "CREATE INDEX idx_messages_room_kind ON messages USING btree (room_id, target_kind, created_at, id)",
      'CREATE INDEX idx_messages_room_kind_bytewise ON messages USING btree (room_id, target_kind, created_at, id COLLATE "C")',
      'CREATE INDEX idx_messages_thread_bytewise ON messages USING btree (thread_id, created_at, id COLLATE "C")',
      'CREATE INDEX idx_rooms_id_bytewise ON rooms USING btree (id COLLATE "C")',
      'CREATE INDEX idx_threads_room_bytewise ON threads USING btree (room_id, id COLLATE "C")',
    ]);
  });

  it("reference database at version 8 - opens with only our migrations applied and its rows kept", async () => {
    const sql = connect(await freshDatabase());
    await buildReferencePostgres(sql, 8);
    await insertReferenceRowsPostgres(sql);
    const shape = await postgresShape(sql);
    const times = await sql`SELECT id, created_at::text FROM messages ORDER BY id`;
    expect((await migratePostgres(sql)).applied).toEqual(OURS);
    expect(withoutAddedPostgresIndexes(await postgresShape(sql))).toEqual(shape);
    expect(await sql`SELECT id, created_at::text FROM messages ORDER BY id`).toEqual(times);
    const [first] = await sql`SELECT applied_at::text AS at FROM schema_migrations WHERE version = 1`;
    expect(first?.at).toBe("2026-03-01 08:00:00.123457+00");
  });

  it("reference database at version 5 - gets the reference's steps 6-8, then ours", async () => {
    const dsn = await freshDatabase();
    const sql = connect(dsn);
    await buildReferencePostgres(sql, 5);
    await sql`INSERT INTO rooms (id, network_id, fqid, name, created_at) VALUES ('r1', 'local', 'molt://local/rooms/r1', 'R1', '2026-04-01T09:00:00.5Z')`;
    expect((await migratePostgres(sql)).applied).toEqual(ALL.filter((m) => m.version >= 6));
    expect(await sql`SELECT id, deleted_at, visibility, write_policy FROM rooms`).toEqual([
      { id: "r1", deleted_at: null, visibility: "private", write_policy: "members" },
    ]);
    const reference = connect(await freshDatabase());
    await buildReferencePostgres(reference, 8);
    expect(withoutAddedPostgresIndexes(await postgresShape(sql))).toEqual(await postgresShape(reference));
  });

  it("newer database - refuses an unknown version and leaves the database untouched", async () => {
    const sql = connect(await freshDatabase());
    await buildReferencePostgres(sql, 8);
    await sql`INSERT INTO schema_migrations VALUES (${ALL.length + 1}, '9999_from_the_future', now())`;
    const rows = await rowsOf(sql);
    const shape = await postgresShape(sql);
    const error = await capture(migratePostgres(sql));
    expect(isStoreError(error, "schema_mismatch")).toBe(true);
    expect((error as Error).message).toMatch(
      new RegExp(
        `^\\[store:migrate\\] the database records migration ${ALL.length + 1} \\("9999_from_the_future"\\), which this build does not know`,
      ),
    );
    expect(await rowsOf(sql)).toEqual(rows);
    expect(await postgresShape(sql)).toEqual(shape);
  });

  it("renamed version - refuses a known version recorded under another name", async () => {
    const sql = connect(await freshDatabase());
    await buildReferencePostgres(sql, 8);
    await sql`UPDATE schema_migrations SET name = 'room_policies' WHERE version = 8`;
    const error = await capture(migratePostgres(sql));
    expect(isStoreError(error, "schema_mismatch")).toBe(true);
    expect((error as Error).message).toContain(
      `records migration 8 as "room_policies", but this build's migration 8 is "room_access_policy"`,
    );
    expect((await rowsOf(sql)).map((r) => r.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it("concurrent boots - four processes migrating one database apply each migration exactly once", async () => {
    const dsn = await freshDatabase();
    const sessions = [0, 1, 2, 3].map(() => connect(dsn));
    const reports = await Promise.all(sessions.map((s) => migratePostgres(s)));
    const applied = reports.flatMap((r) => r.applied).sort((a, b) => a.version - b.version);
    expect(applied).toEqual(ALL);
    expect((await rowsOf(sessions[0]!)).map((r) => r.version)).toEqual(ALL.map((m) => m.version));
  });

  it("concurrent boots on a reference version-5 database - each remaining step applied once", async () => {
    const dsn = await freshDatabase();
    await buildReferencePostgres(connect(dsn), 5);
    const sessions = [0, 1, 2, 3].map(() => connect(dsn));
    const reports = await Promise.all(sessions.map((s) => migratePostgres(s)));
    expect(
      reports
        .flatMap((r) => r.applied)
        .map((m) => m.version)
        .sort((a, b) => a - b),
    ).toEqual(ALL.filter((m) => m.version >= 6).map((m) => m.version));
  });

  it("0001_fixed_width_times - changes no stored time on Postgres", async () => {
    const sql = connect(await freshDatabase());
    await buildReferencePostgres(sql, 8);
    await insertReferenceRowsPostgres(sql);
    const read = () => sql`SELECT 'rooms' AS t, id, created_at::text AS a, deleted_at::text AS b FROM rooms
      UNION ALL SELECT 'agents', agent_id, created_at::text, updated_at::text FROM agents ORDER BY 1, 2`;
    const before = await read();
    await migratePostgres(sql);
    expect(await read()).toEqual(before);
  });

  it("status - lists everything as pending on an empty database without creating anything", async () => {
    const sql = connect(await freshDatabase());
    expect(await postgresMigrationStatus(sql)).toEqual({ applied: [], pending: ALL });
    expect(await sql`SELECT to_regclass('schema_migrations') AS t`).toEqual([{ t: null }]);
  });

  it("unreachable server - fails with code unavailable and no secret in the message", async () => {
    const sql = postgres("postgres://moltnet:s3cret-pass@127.0.0.1:1/nowhere", {
      max: 1,
      connect_timeout: 2,
      onnotice: () => {},
    });
    clients.push(sql);
    const error = await capture(migratePostgres(sql));
    expect(isStoreError(error, "unavailable")).toBe(true);
    expect((error as Error).message).not.toContain("s3cret-pass");
  });
});

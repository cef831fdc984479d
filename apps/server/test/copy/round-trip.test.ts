// `moltnet copy` across every backend, from the reference-format fixtures:
// json -> sqlite -> postgres -> json and sqlite -> postgres -> sqlite. After
// each hop a server is started over the result and every API answer (rooms,
// histories with cursors, threads, DMs, artifacts, agents) must be byte for
// byte the source's; a hop into Postgres is compared at microseconds, and the
// copy must say how many finer times it rounded.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { expectSameSnapshot } from "../http/snapshot.js";
import { perTestWorkspace, runCli } from "../process/cli-harness.js";
import {
  apiAnswers,
  arg,
  atMicroseconds,
  writeReferenceJson,
  writeReferenceSqlite,
  type Side,
} from "./copy-helpers.js";

const ws = perTestWorkspace();
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

async function postgresSide(): Promise<Side> {
  const db = await createTestDatabase("moltnet_copy");
  databases.push(db);
  return { kind: "postgres", dsn: db.dsn };
}

async function copy(from: Side, to: Side) {
  const result = await runCli(["copy", arg(from), arg(to)], { cwd: ws.dir.path, timeoutMs: 60_000 });
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
  expect(result.stdout).toMatch(/verified/);
  return result;
}

describe("moltnet copy round trips", () => {
  it("json -> sqlite -> postgres -> json keeps every API answer (microseconds after Postgres)", async () => {
    const json: Side = { kind: "json", path: join(ws.dir.path, "reference.json") };
    const sqlite: Side = { kind: "sqlite", path: join(ws.dir.path, "copy.db") };
    const back: Side = { kind: "json", path: join(ws.dir.path, "back.json") };
    writeReferenceJson(json.path);
    const pg = await postgresSide();

    const original = await apiAnswers(json, ws.dir.path, "json");
    expect(original.get("/v1/rooms/general/messages?limit=500")).toMatch(/^200 .*"m2"/);

    await copy(json, sqlite);
    expectSameSnapshot(await apiAnswers(sqlite, ws.dir.path, "sqlite"), original);

    const intoPostgres = await copy(sqlite, pg);
    // One message has nanoseconds (m3, …01.123456789Z), and so does the artifact its data part yields: two values.
    expect(intoPostgres.stdout).toMatch(/copy: 2 time value\(s\) were finer than a microsecond and rounded/);
    const inPostgres = await apiAnswers(pg, ws.dir.path, "postgres");
    expectSameSnapshot(inPostgres, atMicroseconds(original));

    await copy(pg, back);
    expectSameSnapshot(await apiAnswers(back, ws.dir.path, "back"), inPostgres);
    // The file itself is the reference's snapshot, but for the one rounded time.
    expect(readFileSync(back.path, "utf8")).toBe(
      readFileSync(json.path, "utf8").replace("09:00:01.123456789Z", "09:00:01.123457Z"),
    );
  });

  it("sqlite -> postgres -> sqlite keeps every API answer, soft-removed rooms and agents' credential keys", async () => {
    const source: Side = { kind: "sqlite", path: join(ws.dir.path, "reference.db") };
    const back: Side = { kind: "sqlite", path: join(ws.dir.path, "back.db") };
    writeReferenceSqlite(source.path);
    const pg = await postgresSide();

    const original = await apiAnswers(source, ws.dir.path, "reference");
    expect(original.get("/v1/agents?limit=500")).toMatch(/^200 .*"alpha"/);

    const intoPostgres = await copy(source, pg);
    expect(intoPostgres.stdout).toMatch(/no time was finer than a microsecond/);
    const inPostgres = await apiAnswers(pg, ws.dir.path, "postgres");
    expectSameSnapshot(inPostgres, atMicroseconds(original));

    await copy(pg, back);
    expectSameSnapshot(await apiAnswers(back, ws.dir.path, "back"), inPostgres);
    expect(existsSync(back.path)).toBe(true);

    // What the API does not show is kept too: the removed room's row, credential keys.
    const Database = (await import("better-sqlite3")).default;
    const db = new Database(back.path, { readonly: true });
    try {
      expect(db.prepare(`SELECT id, name, deleted_at FROM rooms WHERE id = 'archive'`).get()).toEqual({
        id: "archive",
        name: "Archive",
        deleted_at: "2026-04-02T10:00:00.123456000Z",
      });
      expect(db.prepare(`SELECT credential_key FROM agents ORDER BY agent_id`).all()).toEqual([
        { credential_key: "token:alpha" },
        { credential_key: "agent-token:5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8" },
      ]);
      expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'moltnet_copy_state'`).get()).toBeUndefined();
    } finally {
      db.close();
    }
  });
});

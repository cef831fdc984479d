// `moltnet migrate` and `moltnet migrate --status` against a fresh SQLite file
// and a real Postgres database.
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { assertBuilt, runCli, tempDir } from "./cli-harness.js";
import { REFERENCE_NAMES } from "../../../../packages/store/test/migrate/versions.js";

beforeAll(assertBuilt);
// Each test starts real processes; on a loaded machine a handful of them take a while.
vi.setConfig({ testTimeout: 90_000 });

let dir: { path: string; remove(): Promise<void> };
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(() => dir.remove());

/** `version name time` rows under "applied (n):" and `version name` rows under "pending (n):". */
function parseStatus(stdout: string) {
  const applied: { version: number; name: string; at: string }[] = [];
  const pending: { version: number; name: string }[] = [];
  let section: "applied" | "pending" | null = null;
  for (const line of stdout.split("\n")) {
    if (line.startsWith("applied (")) section = "applied";
    else if (line.startsWith("pending (")) section = "pending";
    else if (!line.startsWith("  ") || line.includes("(none)")) section = line.startsWith("  ") ? section : null;
    else {
      const [version, name, at] = line.trim().split(/\s+/);
      if (section === "applied") applied.push({ version: Number(version), name: name!, at: at! });
      if (section === "pending") pending.push({ version: Number(version), name: name! });
    }
  }
  return { applied, pending };
}

describe("migrate on SQLite", () => {
  it("migrate --status - on a fresh directory lists everything as pending and creates nothing", async () => {
    const result = await runCli(["migrate", "--status"], { cwd: dir.path });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("sqlite .moltnet/moltnet.db");
    expect(result.stdout).toContain("does not exist yet");
    const status = parseStatus(result.stdout);
    expect(status.applied).toEqual([]);
    expect(status.pending.slice(0, 8).map((m) => m.name)).toEqual(REFERENCE_NAMES);
    expect(existsSync(join(dir.path, ".moltnet"))).toBe(false);
  });

  it("migrate - applies every migration to a fresh file, prints them, then has nothing to do", async () => {
    const first = await runCli(["migrate"], { cwd: dir.path });
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain("migrate: sqlite .moltnet/moltnet.db");
    expect(first.stdout).toMatch(/applied 1-8 \(initial_schema, .*room_access_policy\)/);
    expect(statSync(join(dir.path, ".moltnet/moltnet.db")).mode & 0o777).toBe(0o600);

    const status = parseStatus((await runCli(["migrate", "--status"], { cwd: dir.path })).stdout);
    expect(status.pending).toEqual([]);
    expect(status.applied.map((m) => m.version)).toEqual(status.applied.map((_, i) => i + 1));
    for (const m of status.applied) expect(m.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);

    const again = await runCli(["migrate"], { cwd: dir.path });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("up to date");
    expect(again.stdout).not.toMatch(/applied \d/);
  });

  it("migrate - memory and json storage say they have no migrations", async () => {
    const envs: Record<string, string>[] = [{ MOLTNET_STORAGE_KIND: "memory" }, { MOLTNET_JSON_PATH: "s.json" }];
    for (const env of envs) {
      for (const args of [["migrate"], ["migrate", "--status"]]) {
        const result = await runCli(args, { cwd: dir.path, env });
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^migrate: (memory|json) storage has no migrations/);
      }
    }
    expect(existsSync(join(dir.path, "s.json"))).toBe(false);
  });

  it("migrate - a configuration error exits 1 with one line", async () => {
    const result = await runCli(["migrate"], { cwd: dir.path, env: { MOLTNET_STORAGE_KIND: "cassandra" } });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      'moltnet: cannot migrate: environment: MOLTNET_STORAGE_KIND: unsupported storage kind "cassandra"; use one of memory, json, sqlite, postgres',
    );
  });
});

describe("migrate on Postgres", () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase("moltnet_cli");
  });
  afterEach(() => db.drop());

  it("migrate - applies every migration to an empty database; --status lists them with times", async () => {
    const env = { MOLTNET_POSTGRES_DSN: db.dsn };
    const before = parseStatus((await runCli(["migrate", "--status"], { cwd: dir.path, env })).stdout);
    expect(before.applied).toEqual([]);
    expect(before.pending.length).toBeGreaterThanOrEqual(8);

    const result = await runCli(["migrate"], { cwd: dir.path, env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^migrate: postgres [^\s]+\/moltnet_cli_/);
    expect(result.stdout).toMatch(/applied 1-8 \(initial_schema/);

    const status = await runCli(["migrate", "--status"], { cwd: dir.path, env });
    expect(status.code, status.stderr).toBe(0);
    const after = parseStatus(status.stdout);
    expect(after.pending).toEqual([]);
    expect(after.applied.map((m) => m.version)).toEqual(before.pending.map((m) => m.version));
    expect(after.applied.map((m) => m.name)).toEqual(before.pending.map((m) => m.name));
    expect(status.stdout).toContain("up to date");

    const sql = postgres(db.dsn, { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`SELECT count(*)::int AS n FROM schema_migrations`;
      expect(rows[0]?.n).toBe(after.applied.length);
    } finally {
      await sql.end();
    }
  });

  it("start - a database newer than the code is refused", async () => {
    const env = { MOLTNET_POSTGRES_DSN: db.dsn, MOLTNET_LISTEN_ADDR: "127.0.0.1:0" };
    expect((await runCli(["migrate"], { cwd: dir.path, env })).code).toBe(0);
    const sql = postgres(db.dsn, { max: 1, onnotice: () => {} });
    try {
      await sql`INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', now())`;
    } finally {
      await sql.end();
    }
    const result = await runCli(["start"], { cwd: dir.path, env });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^moltnet: cannot start: \[store:(postgres|migrate)\] .*999/);
    expect(result.stdout).not.toContain("moltnet listening");
  });
});

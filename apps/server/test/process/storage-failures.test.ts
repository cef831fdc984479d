// Storage that cannot be opened stops startup with one clear line, never
// leaks a credential, and never damages the data it refused.
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import Database from "better-sqlite3";
import { expect, it } from "vitest";
import { freePort, isListening, lines, perTestWorkspace, runCli } from "./cli-harness.js";

const ws = perTestWorkspace();

it("postgres - an unreachable DSN with a password fails with one line that never shows the password", async () => {
  const closedPort = await freePort();
  const password = "Pa55-w0rd!unreachable";
  const result = await runCli(["start"], {
    cwd: ws.dir.path,
    env: {
      MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`,
      MOLTNET_POSTGRES_DSN: `postgres://moltnet:${encodeURIComponent(password)}@127.0.0.1:${closedPort}/moltnet`,
    },
  });
  expect(result.code).toBe(1);
  const errLines = lines(result.stderr);
  expect(errLines).toHaveLength(1);
  expect(errLines[0]).toMatch(/^moltnet: cannot start: \[store:postgres\] /);
  expect(errLines[0]).toContain(`127.0.0.1:${closedPort}/moltnet`);
  for (const spelling of [password, encodeURIComponent(password)]) {
    expect(result.stdout + result.stderr).not.toContain(spelling);
  }
  expect(await isListening(ws.port)).toBe(false);
});

it("postgres - a DSN in a private config file is not printed either", async () => {
  const closedPort = await freePort();
  await writeFile(
    join(ws.dir.path, "moltnet.yaml"),
    `storage: { kind: postgres, postgres: { dsn: "postgres://moltnet:file-secret-pw@127.0.0.1:${closedPort}/moltnet" } }\n`,
    { mode: 0o600 },
  );
  const result = await runCli(["start"], { cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` } });
  expect(result.code).toBe(1);
  expect(lines(result.stderr)).toHaveLength(1);
  expect(result.stdout + result.stderr).not.toContain("file-secret-pw");
});

it("json - a corrupt store file stops startup and is left untouched", async () => {
  const path = join(ws.dir.path, "state.json");
  const corrupt = '{"rooms": [ {"id": "general", ';
  await writeFile(path, corrupt, { mode: 0o600 });
  const before = await stat(path);
  const result = await runCli(["start"], {
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, MOLTNET_JSON_PATH: "state.json" },
  });
  expect(result.code).toBe(1);
  const errLines = lines(result.stderr);
  expect(errLines).toHaveLength(1);
  expect(errLines[0]).toMatch(/^moltnet: cannot start: \[store:json\] /);
  expect(errLines[0]).toContain("state.json");
  expect(await readFile(path, "utf8")).toBe(corrupt);
  expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  expect(await isListening(ws.port)).toBe(false);
});

it("sqlite - a file that is not a database stops startup and is left untouched", async () => {
  const path = join(ws.dir.path, "not-a.db");
  const text = "this is a text file, not SQLite\n".repeat(10);
  await writeFile(path, text, { mode: 0o600 });
  const result = await runCli(["start"], {
    cwd: ws.dir.path,
    env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, MOLTNET_SQLITE_PATH: "not-a.db" },
  });
  expect(result.code).toBe(1);
  expect(lines(result.stderr)).toHaveLength(1);
  expect(result.stderr).toMatch(/^moltnet: cannot start: \[store:sqlite\] /);
  expect(await readFile(path, "utf8")).toBe(text);
});

it("sqlite - a database migrated by a newer build (version 999) is refused with a clear line", async () => {
  expect((await runCli(["migrate"], { cwd: ws.dir.path })).code).toBe(0);
  const db = new Database(join(ws.dir.path, ".moltnet/moltnet.db"));
  db.prepare(
    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2031-01-01T00:00:00Z')",
  ).run();
  db.close();

  const result = await runCli(["start"], { cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` } });
  expect(result.code).toBe(1);
  const errLines = lines(result.stderr);
  expect(errLines).toHaveLength(1);
  expect(errLines[0]).toMatch(/^moltnet: cannot start: \[store:(sqlite|migrate)\] /);
  expect(errLines[0]).toContain("999");
  expect(errLines[0]).toContain("newer build");
  expect(await isListening(ws.port)).toBe(false);

  const status = await runCli(["migrate", "--status"], { cwd: ws.dir.path });
  expect(status.code).toBe(0);
  expect(status.stdout).toMatch(/999\s+from_the_future\s+2031-01-01T00:00:00Z\s+\(unknown to this build\)/);
  expect(status.stdout).toContain("migrated by a newer build");
});

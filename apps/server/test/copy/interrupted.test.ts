// A copy killed with SIGKILL at several points, then run again with the same
// arguments, ends with exactly what an uninterrupted copy gives; a target
// holding other data is refused unchanged; a verification against a target
// with one altered row names that row's table and exits 1.
import { existsSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import { copyFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { finished, perTestWorkspace, runCli, spawnCli, tempDir } from "../process/cli-harness.js";
import { arg, dumpTables, writeLargeSqlite, type Side } from "./copy-helpers.js";

const ws = perTestWorkspace();
const MESSAGES = 20_000;
// Written once (it takes a few seconds), copied into each test's directory.
let shared: { path: string; remove(): Promise<void> };
beforeAll(async () => {
  shared = await tempDir("moltnet-copy-source-");
  await writeLargeSqlite(join(shared.path, "source.db"), MESSAGES);
});
afterAll(() => shared.remove());
let source: Side;
beforeEach(() => {
  source = { kind: "sqlite", path: join(ws.dir.path, "source.db") };
  copyFileSync(join(shared.path, "source.db"), source.path);
});
const databases: TestDatabase[] = [];
afterEach(async () => {
  for (const db of databases.splice(0)) await db.drop();
});

/** Rows in the target's messages table right now (0 while it does not exist yet). */
async function copiedMessages(target: Side): Promise<number> {
  try {
    if (target.kind === "sqlite") {
      if (!existsSync(target.path)) return 0;
      const db = new Database(target.path, { readonly: true, fileMustExist: true });
      try {
        return (db.prepare("SELECT count(*) AS n FROM messages").get() as { n: number }).n;
      } finally {
        db.close();
      }
    }
    if (target.kind === "postgres") {
      const sql = postgres(target.dsn, { max: 1, onnotice: () => {} });
      try {
        const [row] = await sql`SELECT count(*)::int AS n FROM messages`;
        return (row as { n: number }).n;
      } finally {
        await sql.end({ timeout: 1 });
      }
    }
  } catch {
    // not created or not migrated yet
  }
  return 0;
}

/** Starts the copy and SIGKILLs it once the target holds at least `atLeast` messages; true when it was killed mid-copy. */
async function killAt(target: Side, atLeast: number): Promise<boolean> {
  const child = spawnCli(["copy", "--batch-size", "100", arg(source), arg(target)], { cwd: ws.dir.path });
  const exit = finished(child, 120_000);
  for (let i = 0; i < 6000 && child.exitCode === null; i++) {
    if ((await copiedMessages(target)) >= atLeast) break;
    await new Promise((r) => setTimeout(r, 10));
  }
  child.kill("SIGKILL");
  const result = await exit;
  return result.signal === "SIGKILL";
}

async function runCopy(target: Side, extra: string[] = []) {
  return runCli(["copy", "--batch-size", "100", ...extra, arg(source), arg(target)], {
    cwd: ws.dir.path,
    timeoutMs: 120_000,
  });
}

async function killedThenResumed(target: Side, reference: Side): Promise<void> {
  const clean = await runCopy(reference);
  expect(clean.code, clean.stderr).toBe(0);

  // Killed before any message (rooms, members, agents copied or being copied), then twice inside the messages.
  const kills = [];
  for (const atLeast of [0, 4_000, 12_000]) kills.push(await killAt(target, atLeast));
  expect(kills.filter(Boolean).length, "at least two of the runs were killed mid-copy").toBeGreaterThanOrEqual(2);
  const resumed = await runCopy(target);
  expect(resumed.code, resumed.stderr).toBe(0);
  expect(resumed.stdout).toMatch(/\(resumed\)/);
  expect(resumed.stdout).toMatch(new RegExp(`messages\\s+${MESSAGES} rows  ok`));
  expect(await dumpTables(target)).toEqual(await dumpTables(reference));
}

describe("an interrupted copy", () => {
  it("sqlite -> sqlite: SIGKILL at several points, then the same command, equals an uninterrupted copy", async () => {
    await killedThenResumed(
      { kind: "sqlite", path: join(ws.dir.path, "target.db") },
      { kind: "sqlite", path: join(ws.dir.path, "clean.db") },
    );
  });

  it("sqlite -> postgres: SIGKILL at several points, then the same command, equals an uninterrupted copy", async () => {
    const a = await createTestDatabase("moltnet_copy");
    const b = await createTestDatabase("moltnet_copy");
    databases.push(a, b);
    await killedThenResumed({ kind: "postgres", dsn: a.dsn }, { kind: "postgres", dsn: b.dsn });
  });
});

describe("a target that is not ours, and verification", () => {
  it("a finished copy is not copied over: the target is refused and left unchanged", async () => {
    const target: Side = { kind: "sqlite", path: join(ws.dir.path, "target.db") };
    expect((await runCopy(target)).code).toBe(0);
    const before = await dumpTables(target);
    const again = await runCopy(target);
    expect(again.code).toBe(1);
    expect(again.stderr.trim().split("\n")).toHaveLength(1);
    expect(again.stderr).toMatch(
      /target .*target\.db already holds data \([a-z_, ]*\bmessages\b[a-z_, ]*\).*Nothing was changed/,
    );
    expect(await dumpTables(target)).toEqual(before);
  });

  it("--verify against a target with one altered row reports that row's table and exits 1", async () => {
    const target: Side = { kind: "sqlite", path: join(ws.dir.path, "target.db") };
    expect((await runCopy(target)).code).toBe(0);
    const equal = await runCopy(target, ["--verify"]);
    expect(equal.code, equal.stderr).toBe(0);
    expect(equal.stdout).toMatch(/verify: equal/);

    const db = new Database(target.path);
    db.prepare(`UPDATE messages SET parts_json = '[{"kind":"text","text":"tampered"}]' WHERE id = 'm0012345'`).run();
    db.close();
    const altered = await runCopy(target, ["--verify"]);
    expect(altered.code).toBe(1);
    expect(altered.stdout).toMatch(/verify: messages\s+\d+ rows {2}DIFFERS/);
    expect(altered.stdout).toMatch(/verify: artifacts\s+\d+ rows {2}ok/);
    expect(altered.stderr).toMatch(/copy verification failed: messages differs/);
  });
});

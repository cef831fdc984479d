// A wrong storage path must stop startup with a StoreError that names the
// file and says what is wrong, and must leave the file exactly as it was.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { isStoreError, type StoreErrorCode } from "../../src/errors.js";
import { openSqliteStore } from "../../src/sqlite/sqlite-store.js";
import { room } from "../fixtures/records.js";
import { openAt, tempDir } from "./helpers.js";
import { storeProcessFiles } from "../durability/store-dist.js";
import { systemUser, unreadableBy } from "../../../../tooling/test/unprivileged.js";

async function openFails(path: string, code: StoreErrorCode, config: Record<string, unknown> = {}): Promise<Error> {
  let error: unknown;
  try {
    const store = await openSqliteStore({ kind: "sqlite", path, ...config } as never);
    await store.close();
  } catch (err) {
    error = err;
  }
  expect(isStoreError(error), `expected StoreError(${code}), got ${String(error)}`).toBe(true);
  expect((error as { code: string }).code, (error as Error).message).toBe(code);
  expect((error as Error).message).toMatch(/^\[store:sqlite\] /);
  return error as Error;
}

function expectUntouched(path: string, before: Buffer): void {
  expect(readFileSync(path).equals(before), "file bytes changed").toBe(true);
  expect(existsSync(`${path}-wal`), "a -wal file appeared").toBe(false);
  expect(existsSync(`${path}-shm`), "a -shm file appeared").toBe(false);
}

describe("sqlite open - errors", () => {
  test("open - a file that is not a database is corrupt, named, and left untouched", async () => {
    const path = join(tempDir(), "moltnet.db");
    const bytes = Buffer.from(JSON.stringify({ rooms: [] }).padEnd(4096, " "));
    writeFileSync(path, bytes);
    const err = await openFails(path, "corrupt");
    expect(err.message).toContain(path);
    expect(err.message).toContain("not a SQLite database");
    expectUntouched(path, bytes);
  });

  test("open - a database truncated inside its header is corrupt and left untouched", async () => {
    const path = join(tempDir(), "moltnet.db");
    const { store } = await openAt(path);
    await store.createRoom(room("general"));
    await store.close();
    truncateSync(path, 50);
    const bytes = readFileSync(path);
    const err = await openFails(path, "corrupt");
    expect(err.message).toContain(path);
    expectUntouched(path, bytes);
  });

  test("open - a database with a valid header but a destroyed schema page is corrupt and left untouched", async () => {
    const path = join(tempDir(), "moltnet.db");
    // A rollback-journal database: switching it to WAL would rewrite its header,
    // so this also proves nothing is written before the file is known good.
    const raw = new Database(path);
    raw.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('a');");
    raw.close();
    const bytes = readFileSync(path);
    bytes.fill(0xa5, 100, bytes.length);
    writeFileSync(path, bytes);
    const err = await openFails(path, "corrupt");
    expect(err.message).toContain(path);
    expectUntouched(path, bytes);
  });

  test("open - a directory at the database path is invalid_config", async () => {
    const path = join(tempDir(), "moltnet.db");
    mkdirSync(path);
    const err = await openFails(path, "invalid_config");
    expect(err.message).toContain(path);
    expect(err.message).toContain("is a directory");
  });

  test("open - a path below a regular file is invalid_config", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "file"), "x");
    const err = await openFails(join(dir, "file", "moltnet.db"), "invalid_config");
    expect(err.message).toContain(join(dir, "file"));
  });

  test("open - an empty path or an unknown synchronous mode is invalid_config", async () => {
    await openFails("  ", "invalid_config");
    const err = await openFails(join(tempDir(), "x.db"), "invalid_config", { synchronous: "FAST" });
    expect(err.message).toContain("synchronous");
  });

  test("open - a database migrated by a newer build is schema_mismatch, named, and left untouched", async () => {
    const path = join(tempDir(), "moltnet.db");
    const { store } = await openAt(path);
    await store.close();
    const raw = new Database(path);
    raw
      .prepare(
        "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z')",
      )
      .run();
    raw.close();
    const bytes = readFileSync(path);
    const err = await openFails(path, "schema_mismatch");
    expect(err.message).toContain(path);
    expect(err.message).toContain("999");
    expectUntouched(path, bytes);
  });

  test("open - a file the server may not read is invalid_config, named, and left untouched", async (ctx) => {
    const dir = tempDir();
    const path = join(dir, "moltnet.db");
    const { store } = await openAt(path);
    await store.close();
    chmodSync(path, 0o000);
    const bytes = readFileSync(path);
    if (process.getuid?.() !== 0) {
      const err = await openFails(path, "invalid_config");
      expect(err.message).toContain(path);
      expectUntouched(path, bytes);
      return;
    }
    // Root reads anything: run the open as `nobody` in a child process, using the built package.
    const dist = fileURLToPath(new URL("../../dist/sqlite/sqlite-store.js", import.meta.url));
    const nobody = systemUser("nobody");
    const skipReason = !nobody
      ? "no user nobody to run the open as"
      : unreadableBy(nobody, [dist, ...storeProcessFiles()]);
    if (skipReason) {
      console.warn(`open-errors: skipped the unprivileged open: ${skipReason}`);
      ctx.skip();
    }
    chmodSync(dir, 0o755); // let `nobody` reach the file, so only its own mode stops it
    const script = `import(${JSON.stringify(dist)}).then((m) => m.openSqliteStore({ kind: "sqlite", path: ${JSON.stringify(path)} }))
      .then(() => console.log(JSON.stringify({ ok: true })), (e) => console.log(JSON.stringify({ code: e.code, message: e.message })));`;
    const child = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      uid: nobody!.uid,
      gid: nobody!.gid,
      encoding: "utf8",
    });
    const outcome = JSON.parse(child.stdout.trim().split("\n").pop() ?? "{}") as { code?: string; message?: string };
    expect(outcome.code, child.stderr).toBe("invalid_config");
    expect(outcome.message).toContain(path);
    expectUntouched(path, bytes);
  });
});

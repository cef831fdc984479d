// Unreadable data stops the open with a clear StoreError (a stable code, a
// message naming the file) and is never overwritten: an operator must be able
// to inspect or restore it. Contract §4.3 and "Where we differ" 3.
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { openStore, type StoreConfig } from "../../src/open.js";
import { isStoreError, type StoreErrorCode } from "../../src/errors.js";
import { message, room, roomTarget, at } from "../fixtures/records.js";
import { tempDir } from "./targets.js";

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

/** A valid store file with some data, written by the store itself. */
async function writeValidStore(kind: "json" | "sqlite", path: string): Promise<Buffer> {
  const store = await openStore({ kind, path } as StoreConfig);
  await store.createRoom(room("r1", { members: ["alpha"] }));
  // SQLite needs many pages so that truncation cuts real data; the JSON snapshot is rewritten per append, so keep it small.
  const count = kind === "sqlite" ? 300 : 40;
  for (let i = 0; i < count; i++) {
    await store.appendMessage(
      message(`m${i}`, roomTarget("r1"), {
        created_at: at(i),
        parts: [
          { kind: "text", text: "x".repeat(200) },
          { kind: "url", url: `https://u/${i}` },
        ],
      }),
    );
  }
  await store.close();
  return readFileSync(path);
}

/** Opening must fail with `code`, name the path, leave the file's bytes alone, and fail the same way again (no lock or state left behind). */
async function expectRefused(config: StoreConfig & { path: string }, code: StoreErrorCode): Promise<void> {
  const exists = (() => {
    try {
      return statSync(config.path).isFile();
    } catch {
      return false;
    }
  })();
  const before = exists ? readFileSync(config.path) : null;
  for (let attempt = 1; attempt <= 2; attempt++) {
    let failure: unknown = null;
    try {
      const store = await openStore(config);
      await store.close();
    } catch (err) {
      failure = err;
    }
    expect(failure, `attempt ${attempt}: open should fail with ${code}`).not.toBeNull();
    expect(isStoreError(failure), `attempt ${attempt}: not a StoreError: ${String(failure)}`).toBe(true);
    expect((failure as { code: string }).code, String((failure as Error).message)).toBe(code);
    expect((failure as Error).message).toContain(config.path);
    expect((failure as Error).message).toMatch(new RegExp(`^\\[store:${config.kind}\\] `));
    if (before) expect(readFileSync(config.path).equals(before), "file bytes changed").toBe(true);
  }
}

describe("corrupt files[json]", () => {
  const json = (): StoreConfig & { path: string } => ({ kind: "json", path: join(dir, "moltnet.json") });

  test("a truncated snapshot is refused as corrupt and left as it was", async () => {
    dir = tempDir("corrupt-json");
    const cfg = json();
    const bytes = await writeValidStore("json", cfg.path);
    writeFileSync(cfg.path, bytes.subarray(0, Math.floor(bytes.length / 2)));
    await expectRefused(cfg, "corrupt");
    // The empty lock file is never removed (json/file-lock.ts); nothing else may appear.
    expect(
      readdirSync(dir).filter((f) => f !== "moltnet.json" && f !== "moltnet.json.lock"),
      "no files left beside the snapshot",
    ).toEqual([]);
  });

  test("binary garbage is refused as corrupt", async () => {
    dir = tempDir("corrupt-json");
    const cfg = json();
    writeFileSync(cfg.path, randomBytes(4096), { mode: 0o600 });
    await expectRefused(cfg, "corrupt");
  });

  test("an empty file is refused as corrupt", async () => {
    dir = tempDir("corrupt-json");
    const cfg = json();
    writeFileSync(cfg.path, "", { mode: 0o600 });
    await expectRefused(cfg, "corrupt");
  });

  test("valid JSON of the wrong shape is refused as corrupt", async () => {
    dir = tempDir("corrupt-json");
    const cfg = json();
    for (const text of ["[1,2,3]", '"rooms"', '{"rooms":5}', '{"room_messages":{"r1":{"not":"a list"}}}']) {
      writeFileSync(cfg.path, text, { mode: 0o600 });
      await expectRefused(cfg, "corrupt");
    }
  });

  test("the literal null loads as an empty store", async () => {
    dir = tempDir("corrupt-json");
    const cfg = json();
    writeFileSync(cfg.path, "null", { mode: 0o600 });
    const store = await openStore(cfg);
    try {
      expect((await store.listRooms({ limit: 10 })).items).toEqual([]);
    } finally {
      await store.close();
    }
  });

  test("a path that is a directory is refused as invalid_config and left alone", async () => {
    dir = tempDir("corrupt-json");
    const cfg = json();
    mkdirSync(cfg.path, { mode: 0o755 });
    writeFileSync(join(cfg.path, "keep.txt"), "keep");
    await expectRefused(cfg, "invalid_config");
    expect(readdirSync(cfg.path)).toEqual(["keep.txt"]);
    expect(statSync(cfg.path).mode & 0o777).toBe(0o755);
  });
});

describe("corrupt files[sqlite]", () => {
  const sqlite = (): StoreConfig & { path: string } => ({ kind: "sqlite", path: join(dir, "moltnet.db") });

  test("a database truncated to half is refused as corrupt and left as it was", async () => {
    dir = tempDir("corrupt-sqlite");
    const cfg = sqlite();
    const bytes = await writeValidStore("sqlite", cfg.path);
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    truncateSync(cfg.path, Math.floor(bytes.length / 2));
    await expectRefused(cfg, "corrupt");
  });

  test("a database cut inside its header is refused as corrupt", async () => {
    dir = tempDir("corrupt-sqlite");
    const cfg = sqlite();
    await writeValidStore("sqlite", cfg.path);
    truncateSync(cfg.path, 50);
    await expectRefused(cfg, "corrupt");
  });

  test("binary garbage is refused as corrupt", async () => {
    dir = tempDir("corrupt-sqlite");
    const cfg = sqlite();
    writeFileSync(cfg.path, randomBytes(16 * 1024), { mode: 0o600 });
    await expectRefused(cfg, "corrupt");
  });

  test("a text file is refused as corrupt", async () => {
    dir = tempDir("corrupt-sqlite");
    const cfg = sqlite();
    writeFileSync(cfg.path, "this is not a database, it is a shopping list\n".repeat(100), { mode: 0o600 });
    await expectRefused(cfg, "corrupt");
  });

  test("a valid header over garbage pages is refused as corrupt", async () => {
    dir = tempDir("corrupt-sqlite");
    const cfg = sqlite();
    const bytes = await writeValidStore("sqlite", cfg.path);
    const damaged = Buffer.concat([bytes.subarray(0, 100), randomBytes(bytes.length - 100)]);
    writeFileSync(cfg.path, damaged);
    await expectRefused(cfg, "corrupt");
  });

  test("a path that is a directory is refused as invalid_config and left alone", async () => {
    dir = tempDir("corrupt-sqlite");
    const cfg = sqlite();
    mkdirSync(cfg.path, { mode: 0o755 });
    await expectRefused(cfg, "invalid_config");
    expect(readdirSync(cfg.path)).toEqual([]);
    expect(statSync(cfg.path).mode & 0o777).toBe(0o755);
  });
});

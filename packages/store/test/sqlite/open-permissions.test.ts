// What an operator finds on disk after the server opened its SQLite database:
// directories we made are 0700, the database and its -wal/-shm are 0600, and
// directories that already existed keep whatever mode they had.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { room } from "../fixtures/records.js";
import { modeOf, octal, openAt, tempDir } from "./helpers.js";

describe("sqlite open - permissions", () => {
  test("open - creates every missing directory 0700 and the database file 0600", async () => {
    const root = tempDir();
    const path = join(root, "a", "b", "c", "moltnet.db");
    await openAt(path);
    for (const dir of ["a", "a/b", "a/b/c"]) expect(octal(modeOf(join(root, dir))), dir).toBe("0700");
    expect(octal(modeOf(path))).toBe("0600");
  });

  test("open - the -wal and -shm files are 0600 too", async () => {
    const path = join(tempDir(), "db", "moltnet.db");
    const { store } = await openAt(path);
    await store.createRoom(room("general"));
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(existsSync(`${path}-shm`)).toBe(true);
    expect(octal(modeOf(`${path}-wal`))).toBe("0600");
    expect(octal(modeOf(`${path}-shm`))).toBe("0600");
  });

  test("open - a restrictive umask still yields exactly 0700 directories and 0600 files", async () => {
    const root = tempDir();
    const path = join(root, "new", "moltnet.db");
    const previous = process.umask(0o277);
    try {
      const { store } = await openAt(path);
      await store.createRoom(room("general"));
    } finally {
      process.umask(previous);
    }
    expect(octal(modeOf(join(root, "new")))).toBe("0700");
    for (const file of [path, `${path}-wal`, `${path}-shm`]) expect(octal(modeOf(file)), file).toBe("0600");
  });

  test("open - never changes the mode of a directory that already existed", async () => {
    const root = tempDir();
    const shared = join(root, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o755);
    const loose = join(root, "loose");
    mkdirSync(loose);
    chmodSync(loose, 0o777);
    await openAt(join(shared, "moltnet.db"));
    await openAt(join(loose, "nested", "moltnet.db"));
    expect(octal(modeOf(shared))).toBe("0755");
    expect(octal(modeOf(loose))).toBe("0777");
    expect(octal(modeOf(join(loose, "nested")))).toBe("0700");
    expect(octal(modeOf(root))).toBe("0700"); // mkdtemp's own mode, untouched
  });

  test("open - an existing database file keeps its mode, and a loose one is reported", async () => {
    const dir = tempDir();
    const path = join(dir, "moltnet.db");
    writeFileSync(path, "");
    chmodSync(path, 0o644);
    const { logs } = await openAt(path);
    expect(octal(modeOf(path))).toBe("0644");
    expect(logs.some((line) => line.includes(path) && line.includes("644"))).toBe(true);
  });

  test("close - the last connection folds the WAL back and removes -wal and -shm", async () => {
    const path = join(tempDir(), "moltnet.db");
    const { store } = await openAt(path);
    await store.createRoom(room("general"));
    await store.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(existsSync(`${path}-shm`)).toBe(false);
    const { store: again } = await openAt(path);
    expect(await again.getRoom("general")).not.toBeNull();
  });
});

// "Where we differ" 4: directories the store creates are 0700, its files
// (snapshot, database, -wal, -shm) 0600, and a directory that already existed
// keeps its mode.
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { openStore, type StoreConfig } from "../../src/open.js";
import { message, room, roomTarget } from "../fixtures/records.js";
import { tempDir } from "./targets.js";

let dir = "";
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = "";
});

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe.each(["json", "sqlite"] as const)("permissions[%s]", (kind) => {
  const file = kind === "json" ? "moltnet.json" : "moltnet.db";

  test("missing directories are created 0700 and data files 0600", async () => {
    dir = tempDir(`perm-${kind}`);
    chmodSync(dir, 0o755);
    const path = join(dir, "a", "b", file);
    const store = await openStore({ kind, path } as StoreConfig);
    try {
      await store.createRoom(room("r1"));
      await store.appendMessage(message("m1", roomTarget("r1")));
      expect(mode(join(dir, "a"))).toBe("700");
      expect(mode(join(dir, "a", "b"))).toBe("700");
      // while open: the database and SQLite's side files
      for (const name of readdirSync(join(dir, "a", "b"))) {
        if (statSync(join(dir, "a", "b", name)).isFile())
          expect(`${name} ${mode(join(dir, "a", "b", name))}`).toBe(`${name} 600`);
      }
    } finally {
      await store.close();
    }
    expect(mode(path)).toBe("600");
    expect(mode(dir)).toBe("755");
  });

  test("an existing directory keeps its mode", async () => {
    dir = tempDir(`perm-${kind}`);
    const shared = join(dir, "shared");
    mkdirSync(shared);
    chmodSync(shared, 0o775);
    const path = join(shared, file);
    const store = await openStore({ kind, path } as StoreConfig);
    try {
      await store.createRoom(room("r1"));
    } finally {
      await store.close();
    }
    expect(existsSync(path)).toBe(true);
    expect(mode(shared)).toBe("775");
    expect(mode(path)).toBe("600");
  });
});

test("json - a leftover temp file with loose permissions does not loosen the snapshot", async () => {
  dir = tempDir("perm-json-tmp");
  const path = join(dir, "moltnet.json");
  writeFileSync(`${path}.tmp`, "garbage from a crashed writer", { mode: 0o666 });
  chmodSync(`${path}.tmp`, 0o666);
  const store = await openStore({ kind: "json", path });
  try {
    await store.createRoom(room("r1"));
  } finally {
    await store.close();
  }
  expect(mode(path)).toBe("600");
  const reopened = await openStore({ kind: "json", path });
  try {
    expect((await reopened.getRoom("r1"))?.id).toBe("r1");
  } finally {
    await reopened.close();
  }
});

import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { StoreError } from "../../src/errors.js";
import { JsonStore } from "../../src/json/json-store.js";
import { openStore } from "../../src/open.js";
import { room } from "../fixtures/records.js";
import { openJson, tempDir, W } from "./helpers.js";
import { REFERENCE_SNAPSHOT } from "./reference-snapshot.js";

async function openError(path: string): Promise<StoreError> {
  const err = await JsonStore.open(path).then(
    async (store) => {
      await store.close();
      throw new Error("expected the open to fail");
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(StoreError);
  return err as StoreError;
}

/** Writes `bytes`, fails to open, and checks the file is exactly as it was. */
async function expectCorrupt(bytes: string, why: RegExp): Promise<void> {
  const dir = await tempDir();
  const path = join(dir, "moltnet.json");
  await writeFile(path, bytes);
  const before = await stat(path);
  const err = await openError(path);
  expect(err.code).toBe("corrupt");
  expect(err.message).toContain(`"${path}"`);
  expect(err.message).toMatch(why);
  expect(err.message).toContain("left untouched");
  expect(await readFile(path, "utf8")).toBe(bytes);
  expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  // The failed open released its lock: the next attempt fails the same way, not with "locked".
  expect((await openError(path)).code).toBe("corrupt");
}

describe("json store - loading", () => {
  test("open - a missing file is an empty store, and nothing is written until a change", async () => {
    const dir = await tempDir();
    const path = join(dir, "data", "moltnet.json");
    const store = await openJson(path);
    expect((await store.listRooms(W)).items).toEqual([]);
    await store.getRoom("x");
    await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });
    await store.createRoom(room("general"));
    expect(JSON.parse(await readFile(path, "utf8")).rooms.general.id).toBe("general");
  });

  test("open - an empty file is corrupt and left untouched", async () => {
    await expectCorrupt("", /empty/);
  });

  test("open - a truncated file is corrupt and left untouched", async () => {
    await expectCorrupt(REFERENCE_SNAPSHOT.slice(0, 700), /not valid JSON/);
  });

  test("open - invalid JSON is corrupt and left untouched", async () => {
    await expectCorrupt('{"rooms":{}} trailing', /not valid JSON/);
    await expectCorrupt("   \n", /not valid JSON/);
  });

  test("open - a value of the wrong type is corrupt and left untouched", async () => {
    await expectCorrupt('{"rooms":[]}', /rooms must be an object/);
    await expectCorrupt(
      '{"room_messages":{"general":[{"id":7}]}}',
      /room_messages\["general"\]\[0\]\.id must be a string/,
    );
    await expectCorrupt('{"threads":{"t1":{"last_message_at":"yesterday"}}}', /RFC 3339/);
    await expectCorrupt("[1,2]", /snapshot must be an object/);
  });

  test("open - a directory path is refused, naming the path", async () => {
    const dir = await tempDir();
    const path = join(dir, "store.json");
    await mkdir(path);
    const err = await openError(path);
    expect(err.code).toBe("invalid_config");
    expect(err.message).toContain(`"${path}"`);
    expect(err.message).toMatch(/directory/);
  });

  test("open - a path under a file is refused as a configuration problem", async () => {
    const dir = await tempDir();
    await writeFile(join(dir, "plain"), "x");
    const err = await openError(join(dir, "plain", "moltnet.json"));
    expect(err.code).toBe("invalid_config");
  });

  test("open - a blank path is refused", async () => {
    const err = await openError("  ");
    expect(err.code).toBe("invalid_config");
    expect(err.message).toContain("storage.json.path is required");
  });

  test("openStore - opens the JSON backend from configuration", async () => {
    const dir = await tempDir();
    const store = await openStore({ kind: "json", path: join(dir, "moltnet.json") });
    try {
      expect(store.kind).toBe("json");
      await store.health();
    } finally {
      await store.close();
    }
  });
});

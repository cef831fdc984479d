import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, test } from "vitest";
import { JsonStore } from "../../src/json/json-store.js";
import { StoreError } from "../../src/errors.js";
import { room } from "../fixtures/records.js";
import { storePackageDir } from "../durability/store-dist.js";
import { openJson, tempDir, W } from "./helpers.js";

const holder = fileURLToPath(new URL("./child/json-holder.mjs", import.meta.url));
const dist = resolve(storePackageDir, "dist/json/json-store.js");
const children: ChildProcess[] = [];

interface Reply {
  ok: boolean;
  code?: string;
  message?: string;
}

/** Starts a process that opens the store; resolves with its first line. */
function spawnHolder(path: string): Promise<{ child: ChildProcess; reply: Reply }> {
  const child = spawn(process.execPath, [holder, dist, path], { stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  return new Promise((done, fail) => {
    let out = "";
    let err = "";
    child.stderr!.on("data", (c: Buffer) => (err += c));
    child.stdout!.on("data", (c: Buffer) => {
      out += c;
      const nl = out.indexOf("\n");
      if (nl >= 0) done({ child, reply: JSON.parse(out.slice(0, nl)) as Reply });
    });
    child.on("exit", (code) => fail(new Error(`holder exited (${code}) before replying: ${err}`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((r) => child.once("exit", () => r()));
}

afterEach(async () => {
  for (const child of children.splice(0)) {
    child.kill("SIGKILL");
    await exited(child);
  }
});

describe("json store - lock", () => {
  test("open - a second store in the same process is refused with locked", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const first = await openJson(path);
    const err = await JsonStore.open(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).code).toBe("locked");
    expect((err as StoreError).message).toContain(`"${path}" is in use by another Moltnet process`);
    await first.createRoom(room("still-mine"));
    expect((await first.listRooms(W)).items).toHaveLength(1);
  });

  test("open - the same file through another spelling of its path is refused too", async () => {
    const dir = await tempDir();
    await openJson(join(dir, "moltnet.json"));
    const err = await JsonStore.open(join(dir, ".", "sub", "..", "moltnet.json")).catch((e: unknown) => e);
    expect((err as StoreError).code).toBe("locked");
  });

  test("open - a second process is refused while the first holds the file, and gets it after close", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const first = await openJson(path);
    const refused = await spawnHolder(path);
    expect(refused.reply.ok).toBe(false);
    expect(refused.reply.code).toBe("locked");
    expect(refused.reply.message).toContain("is in use by another Moltnet process");
    await first.close();
    const second = await spawnHolder(path);
    expect(second.reply).toEqual({ ok: true });
    // And the other way round: the child holds it, this process is refused.
    const err = await JsonStore.open(path).catch((e: unknown) => e);
    expect((err as StoreError).code).toBe("locked");
    second.child.kill("SIGTERM");
    await exited(second.child);
    const reopened = await openJson(path);
    await reopened.health();
  });

  test("open - a refused open in this process leaves the lock held against other processes", async () => {
    // fcntl locks vanish when any descriptor of the file is closed: the refused attempt must not close one.
    const path = join(await tempDir(), "moltnet.json");
    await openJson(path);
    for (let i = 0; i < 3; i++)
      expect(((await JsonStore.open(path).catch((e: unknown) => e)) as StoreError).code).toBe("locked");
    const other = await spawnHolder(path);
    expect(other.reply.ok).toBe(false);
    expect(other.reply.code).toBe("locked");
  });

  test("open - the successor of a killed holder opens at once", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const { child, reply } = await spawnHolder(path);
    expect(reply.ok).toBe(true);
    expect(((await JsonStore.open(path).catch((e: unknown) => e)) as StoreError).code).toBe("locked");
    child.kill("SIGKILL");
    await exited(child);
    expect(existsSync(`${path}.lock`)).toBe(true);
    const started = Date.now();
    const store = await openJson(path);
    expect(Date.now() - started).toBeLessThan(2000);
    await store.createRoom(room("after-crash"));
    expect(await store.getRoom("after-crash")).not.toBeNull();
  });

  test("open - an empty lock directory of an older build is cleared once stale, refused while fresh", async () => {
    const path = join(await tempDir(), "moltnet.json");
    await mkdir(`${path}.lock`);
    const fresh = await JsonStore.open(path).catch((e: unknown) => e);
    expect((fresh as StoreError).code).toBe("locked");
    expect((fresh as StoreError).message).toContain("older Moltnet build");
    const old = new Date(Date.now() - 60_000);
    await utimes(`${path}.lock`, old, old);
    const store = await openJson(path);
    await store.createRoom(room("general"));
    expect((await stat(`${path}.lock`)).isFile()).toBe(true);
  });

  test("lock lost - when the lock file is removed, the store stops writing and reports it", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const logs: string[] = [];
    const store = await openJson(path, { log: (l) => logs.push(l) });
    await store.createRoom(room("general"));
    const before = await readFile(path, "utf8");
    await rm(`${path}.lock`);
    // The watchdog checks every second; wait until it has noticed, at most 10 s.
    for (let waited = 0; !logs.some((l) => l.includes("lost the lock")); waited += 20) {
      if (waited >= 10_000)
        throw new Error(`the store did not notice the lost lock within 10 s; logs: ${logs.join(" | ")}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    await expect(store.createRoom(room("late"))).rejects.toMatchObject({ code: "locked" });
    await expect(store.health()).rejects.toMatchObject({ code: "unavailable" });
    expect(await readFile(path, "utf8")).toBe(before);
    expect(await store.getRoom("general")).not.toBeNull();
    expect(logs.join("\n")).toContain("lost the lock");
  });

  test("close - releases the lock at once and keeps the empty 0600 lock file", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const store = await openJson(path);
    const lock = await stat(`${path}.lock`);
    expect(lock.isFile()).toBe(true);
    expect(lock.mode & 0o777).toBe(0o600);
    await store.close();
    // Never unlinked: two later openers could otherwise lock two different files under one name.
    expect((await stat(`${path}.lock`)).ino).toBe(lock.ino);
    const again = await spawnHolder(path);
    expect(again.reply).toEqual({ ok: true });
  });
});

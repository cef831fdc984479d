import { chmod, mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { StoreError } from "../../src/errors.js";
import { writeFileDurably } from "../../src/json/snapshot-file.js";
import type { AppendResult } from "../../src/store.js";
import { at, message, registration, room, roomTarget } from "../fixtures/records.js";
import { openJson, tempDir, W } from "./helpers.js";

const mode = async (path: string) => (await stat(path)).mode & 0o777;
const general = { kind: "room", roomId: "general" } as const;

/** A snapshot writer the test can hold (to watch what is acknowledged when) or make fail. */
function controlledWriter() {
  const held: Array<() => void> = [];
  const ctl = {
    hold: false,
    fail: null as Error | null,
    started: 0,
    /** Lets every held write proceed. */
    release() {
      for (const go of held.splice(0)) go();
    },
    async write(path: string, chunks: readonly string[]) {
      ctl.started++;
      if (ctl.hold) await new Promise<void>((go) => held.push(go));
      if (ctl.fail) throw ctl.fail;
      await writeFileDurably(path, chunks);
    },
    async waitStarted(n: number) {
      while (ctl.started < n) await new Promise((r) => setTimeout(r, 5));
    },
  };
  return ctl;
}

/** Resolves to "pending" when the promise has not settled after the event loop drains a little. */
async function state(p: Promise<unknown>): Promise<"pending" | "resolved" | "rejected"> {
  return Promise.race([
    p.then(
      () => "resolved" as const,
      () => "rejected" as const,
    ),
    new Promise<"pending">((r) => setTimeout(() => r("pending"), 30)),
  ]);
}

describe("json store - files and permissions", () => {
  test("write - creates missing directories 0700 and the snapshot 0600", async () => {
    const base = await tempDir();
    const path = join(base, "a", "b", "moltnet.json");
    const store = await openJson(path);
    await store.createRoom(room("general"));
    expect(await mode(join(base, "a"))).toBe(0o700);
    expect(await mode(join(base, "a", "b"))).toBe(0o700);
    expect(await mode(path)).toBe(0o600);
  });

  test("write - never changes the mode of a directory that already existed", async () => {
    const base = await tempDir();
    const shared = join(base, "shared");
    await mkdir(shared);
    await chmod(shared, 0o755);
    const store = await openJson(join(shared, "moltnet.json"));
    await store.createRoom(room("general"));
    await store.appendMessage(message("m1", roomTarget("general")));
    expect(await mode(shared)).toBe(0o755);
    expect(await mode(join(shared, "moltnet.json"))).toBe(0o600);
  });

  test("write - a snapshot that was world-readable is replaced by a 0600 one", async () => {
    const path = join(await tempDir(), "moltnet.json");
    await writeFile(path, "null", { mode: 0o644 });
    await chmod(path, 0o644);
    const store = await openJson(path);
    await store.createRoom(room("general"));
    expect(await mode(path)).toBe(0o600);
  });

  test("write - leaves no temp files behind, and open removes those a crash left", async () => {
    const dir = await tempDir();
    const path = join(dir, "moltnet.json");
    await writeFile(join(dir, "moltnet.json.4242-0123456789ab.tmp"), "{partial");
    await writeFile(join(dir, "notes.txt"), "keep me");
    const logs: string[] = [];
    const store = await openJson(path, { log: (l) => logs.push(l) });
    expect(logs.join("\n")).toContain("removed 1 temp file");
    await Promise.all([store.createRoom(room("a")), store.createRoom(room("b"))]);
    expect((await readdir(dir)).sort()).toEqual(["moltnet.json", "moltnet.json.lock", "notes.txt"]);
  });
});

describe("json store - what gets written", () => {
  test("reads - never write", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const store = await openJson(path);
    await store.getRoom("x");
    await store.listRooms(W);
    await store.listMessages(general, W);
    await store.listArtifacts({ roomId: "general" }, W);
    await store.listRegisteredAgents();
    await store.listMemberships();
    await store.health();
    expect(store.snapshotsWritten).toBe(0);
    await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });
  });

  test("write - a change that fails validation writes nothing", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const store = await openJson(path);
    await store.createRoom(room("general"));
    const before = await readFile(path, "utf8");
    const { mtimeMs } = await stat(path);
    await expect(store.createRoom(room("general"))).rejects.toMatchObject({ code: "room_exists" });
    await expect(store.updateRoomMembers("missing", ["a"], [])).rejects.toMatchObject({ code: "room_not_found" });
    await store.registerAgent(registration("alpha"));
    const written = store.snapshotsWritten;
    await expect(store.registerAgent(registration("alpha", { credential_key: "token:other" }))).rejects.toMatchObject({
      code: "agent_credential",
    });
    expect(store.snapshotsWritten).toBe(written);
    expect(JSON.parse(await readFile(path, "utf8")).rooms).toEqual(JSON.parse(before).rooms);
    expect(mtimeMs).toBeLessThanOrEqual((await stat(path)).mtimeMs);
  });

  test("write - changes that change nothing do not rewrite the file", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const store = await openJson(path);
    await store.createRoom(room("general", { members: ["alpha"] }));
    await store.appendMessage(message("m1", roomTarget("general")));
    const written = store.snapshotsWritten;
    expect(await store.appendMessage(message("m1", roomTarget("general")))).toEqual({ status: "duplicate" });
    await store.updateRoomMembers("general", ["alpha"], []);
    await store.reconcileRoom(room("general", { members: ["alpha"] }));
    await store.removeMemberships("nobody");
    await store.removeRegisteredAgent("nobody");
    expect(store.snapshotsWritten).toBe(written);
  });
});

describe("json store - group commit", () => {
  test("append - 32 concurrent appends share a few snapshot rewrites and all survive reopen", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const store = await openJson(path);
    await store.createRoom(room("general"));
    const before = store.snapshotsWritten;
    const ids = Array.from({ length: 32 }, (_, i) => `m${String(i).padStart(2, "0")}`);
    const results = await Promise.all(
      ids.map((id, i) => store.appendMessage(message(id, roomTarget("general"), { created_at: at(i) }))),
    );
    expect(results.every((r) => r.status === "appended")).toBe(true);
    const rewrites = store.snapshotsWritten - before;
    expect(rewrites).toBeGreaterThanOrEqual(1);
    expect(rewrites).toBeLessThanOrEqual(4);
    await store.close();
    const reopened = await openJson(path);
    expect((await reopened.listMessages(general, W)).items.map((m) => m.id)).toEqual(ids);
  });

  test("append - is acknowledged only once the snapshot holding it is written", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const writer = controlledWriter();
    const store = await openJson(path, { writeSnapshot: writer.write });
    writer.hold = true;
    const first = store.createRoom(room("general"));
    await writer.waitStarted(1);
    // Applied while the first snapshot is being written: waits for the next one.
    const second = store.appendMessage(message("m1", roomTarget("general")));
    expect(await state(first)).toBe("pending");
    expect(await state(second)).toBe("pending");
    await expect(stat(path)).rejects.toMatchObject({ code: "ENOENT" });
    writer.release();
    await first;
    expect(await state(second)).toBe("pending");
    await writer.waitStarted(2);
    writer.hold = false;
    writer.release();
    await second;
    const onDisk = JSON.parse(await readFile(path, "utf8"));
    expect(onDisk.room_messages.general.map((m: { id: string }) => m.id)).toEqual(["m1"]);
    expect(store.snapshotsWritten).toBe(2);
  });

  test("append - a retried id is not acknowledged before the original is durable", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const writer = controlledWriter();
    const store = await openJson(path, { writeSnapshot: writer.write });
    await store.createRoom(room("general"));
    writer.hold = true;
    const original = store.appendMessage(message("m1", roomTarget("general")));
    await writer.waitStarted(2);
    const retry = store.appendMessage(message("m1", roomTarget("general")));
    expect(await state(retry)).toBe("pending");
    writer.hold = false;
    writer.release();
    expect(await original).toMatchObject({ status: "appended" });
    expect(await retry).toEqual({ status: "duplicate" });
  });

  test("append - a failed snapshot rejects its writers and rolls memory back to the file", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const writer = controlledWriter();
    const logs: string[] = [];
    const store = await openJson(path, { writeSnapshot: writer.write, log: (l) => logs.push(l) });
    await store.createRoom(room("general"));
    await store.appendMessage(message("m1", roomTarget("general"), { created_at: at(1) }));
    const durable = await readFile(path, "utf8");

    writer.hold = true;
    writer.fail = new Error("ENOSPC: no space left on device");
    const a = store.appendMessage(message("m2", roomTarget("general"), { created_at: at(2) }));
    await writer.waitStarted(3);
    // Applied on top of m2 while its write is failing: must go too.
    const b = store.appendMessage(message("m3", roomTarget("general"), { created_at: at(3) }));
    const c = store.createRoom(room("other"));
    writer.release();
    for (const p of [a, b, c] as Promise<unknown>[]) {
      const err = await p.then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreError);
      expect((err as StoreError).code).toBe("internal");
      expect((err as StoreError).message).toContain("may not have been saved");
    }
    expect((await store.listMessages(general, W)).items.map((m) => m.id)).toEqual(["m1"]);
    expect(await store.getRoom("other")).toBeNull();
    expect(await readFile(path, "utf8")).toBe(durable);
    expect(logs.join("\n")).toContain("reloading it to drop the unsaved changes");

    // The disk recovers: the store keeps working, and the retried append is new again.
    writer.hold = false;
    writer.fail = null;
    const retried: AppendResult = await store.appendMessage(
      message("m2", roomTarget("general"), { created_at: at(2) }),
    );
    expect(retried.status).toBe("appended");
    await store.health();
    await store.close();
    const reopened = await openJson(path);
    expect((await reopened.listMessages(general, W)).items.map((m) => m.id)).toEqual(["m1", "m2"]);
  });

  test("write - when the file cannot be read back after a failed write, writes stop and health fails", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const writer = controlledWriter();
    const store = await openJson(path, { writeSnapshot: writer.write });
    await store.createRoom(room("general"));
    writer.fail = new Error("EIO: i/o error");
    // Something else damages the file meanwhile: the rollback cannot trust it.
    await writeFile(path, "{");
    await expect(store.createRoom(room("b"))).rejects.toMatchObject({ code: "internal" });
    await expect(store.health()).rejects.toMatchObject({ code: "unavailable" });
    writer.fail = null;
    await expect(store.createRoom(room("c"))).rejects.toMatchObject({ code: "unavailable" });
    expect(await readFile(path, "utf8")).toBe("{");
  });

  test("write - when the data directory vanishes, the store keeps its data in memory and stops writing", async () => {
    const base = await tempDir();
    const path = join(base, "data", "moltnet.json");
    const store = await openJson(path);
    await store.createRoom(room("general"));
    await rm(join(base, "data"), { recursive: true, force: true });
    await expect(store.createRoom(room("b"))).rejects.toMatchObject({ code: "internal" });
    await expect(store.health()).rejects.toMatchObject({ code: "unavailable" });
    expect(await store.getRoom("general")).not.toBeNull();
  });

  test("close - writes changes already applied before releasing the file", async () => {
    const path = join(await tempDir(), "moltnet.json");
    const store = await openJson(path);
    await store.createRoom(room("general"));
    const pending = store.appendMessage(message("m1", roomTarget("general")));
    await store.close();
    await expect(pending).resolves.toMatchObject({ status: "appended" });
    await expect(store.getRoom("general")).rejects.toMatchObject({ code: "unavailable" });
    const reopened = await openJson(path);
    expect((await reopened.listMessages(general, W)).items.map((m) => m.id)).toEqual(["m1"]);
  });
});

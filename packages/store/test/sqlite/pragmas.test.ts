// Connection settings are per connection in SQLite, so every connection the
// store opens (the serving one and the checkpoint worker's) must carry them.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { message, room, roomTarget, at } from "../fixtures/records.js";
import { openAt, openFresh, tempDir } from "./helpers.js";

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("sqlite pragmas", () => {
  test("open - the serving connection runs WAL, foreign keys, a 5 s busy timeout and synchronous NORMAL", async () => {
    const { store } = await openFresh();
    const { pragmas } = await store.diagnostics();
    expect(pragmas).toEqual({
      journal_mode: "wal",
      foreign_keys: 1,
      busy_timeout: 5000,
      synchronous: 1,
      wal_autocheckpoint: 1000,
    });
  });

  test("open - synchronous follows the configuration", async () => {
    const dir = tempDir();
    const full = await openAt(join(dir, "full.db"), { synchronous: "FULL" });
    const off = await openAt(join(dir, "off.db"), { synchronous: "OFF" });
    expect((await full.store.diagnostics()).pragmas.synchronous).toBe(2);
    expect((await off.store.diagnostics()).pragmas.synchronous).toBe(0);
  });

  test("open - every connection to one file gets the settings, not just the first", async () => {
    const path = join(tempDir(), "moltnet.db");
    const first = await openAt(path);
    const second = await openAt(path, { synchronous: "FULL" });
    expect((await first.store.diagnostics()).pragmas).toMatchObject({
      foreign_keys: 1,
      busy_timeout: 5000,
      synchronous: 1,
    });
    expect((await second.store.diagnostics()).pragmas).toMatchObject({
      foreign_keys: 1,
      busy_timeout: 5000,
      synchronous: 2,
    });
    // Both connections serve the same data.
    await first.store.createRoom(room("general"));
    expect(await second.store.getRoom("general")).not.toBeNull();
  });

  test("checkpoint worker - its connection is configured and the serving connection keeps auto-checkpoint only as a safety net", async () => {
    const { store } = await openFresh();
    store.startCheckpointing();
    const { pragmas, checkpointer } = await store.diagnostics();
    expect(checkpointer?.running).toBe(true);
    expect(checkpointer?.pragmas).toEqual({ busy_timeout: 5000, foreign_keys: 1, journal_mode: "wal" });
    expect(pragmas.wal_autocheckpoint).toBe(10_000);
  });

  test("checkpoint worker - starts by itself after the first writes and checkpoints the WAL", async () => {
    const { store } = await openFresh();
    expect((await store.diagnostics()).checkpointer).toBeNull();
    await store.createRoom(room("general"));
    for (let i = 0; i < 80; i++) {
      await store.appendMessage(message(`m${i}`, roomTarget("general"), { created_at: at(i) }));
    }
    await waitFor(async () => ((await store.diagnostics()).checkpointer?.checkpoints ?? 0) > 0, "a checkpoint");
    expect((await store.diagnostics()).pragmas.wal_autocheckpoint).toBe(10_000);
    expect((await store.listMessages({ kind: "room", roomId: "general" }, { limit: 500 })).items).toHaveLength(80);
  });

  test("close - stops a checkpoint worker that is still starting without waiting for it", async () => {
    const { store } = await openFresh();
    store.startCheckpointing();
    const started = Date.now();
    await store.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(store.health()).rejects.toMatchObject({ code: "unavailable" });
  });
});

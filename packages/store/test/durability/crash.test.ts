// A process killed with SIGKILL in the middle of a stream of appends: every
// append it acknowledged is there after reopening, each append is all or
// nothing (counters and artifacts match the messages), and the store keeps
// working. Runs the compiled store in a real child process.
import { afterEach, describe, expect, test } from "vitest";
import { openStore } from "../../src/open.js";
import type { Store } from "../../src/store.js";
import { startWorker, type Worker } from "./worker.js";
import { createTarget, durableKinds, type Target } from "./targets.js";
import type { StoreConfig } from "../../src/open.js";

const ACKS_BEFORE_KILL = 60;
const ALL = { limit: 100_000 };

/** Opens after a crash, as a restarting server would: at once, with no retry (the JSON lock dies with its holder). */
async function reopenAfterCrash(config: StoreConfig): Promise<{ store: Store; openMs: number }> {
  const started = Date.now();
  const store = await openStore(config);
  return { store, openMs: Date.now() - started };
}

let worker: Worker | null = null;
let target: Target | null = null;

afterEach(async () => {
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGKILL");
  await worker?.exited;
  worker = null;
  await target?.cleanup();
  target = null;
});

describe.each(durableKinds)("crash[%s]", (kind) => {
  test("SIGKILL mid-stream - every acknowledged append survives and the store stays usable", async () => {
    target = await createTarget(kind);
    worker = startWorker("append-loop", target.config);
    const acks = (lines: string[]) => lines.filter((l) => l.startsWith("ack ")).map((l) => l.slice(4));
    await worker.waitFor((lines) => acks(lines).length >= ACKS_BEFORE_KILL, 45_000);
    worker.child.kill("SIGKILL");
    const exit = await worker.exited;
    expect(exit.signal).toBe("SIGKILL");
    const acknowledged = acks(worker.lines);
    expect(acknowledged.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    const { store, openMs } = await reopenAfterCrash(target.config);
    // The kernel released the dead process's JSON lock (json/file-lock.ts): no "locked", no wait.
    expect(openMs).toBeLessThan(2000);
    try {
      const room = (await store.listMessages({ kind: "room", roomId: "crash" }, ALL)).items;
      const thread = (await store.listMessages({ kind: "thread", threadId: "t-crash" }, ALL)).items;
      const dm = (await store.listMessages({ kind: "dm", dmId: "dm-crash" }, ALL)).items;
      const stored = new Set([...room, ...thread, ...dm].map((m) => m.id));
      const missing = acknowledged.filter((id) => !stored.has(id));
      expect(missing, `acknowledged but lost (${missing.length} of ${acknowledged.length})`).toEqual([]);

      // Each append is atomic: the counters and artifacts match the messages that made it.
      expect((await store.getThread("t-crash"))?.message_count).toBe(thread.length);
      expect((await store.getDirectConversation("dm-crash"))?.message_count).toBe(dm.length);
      expect((await store.listArtifacts({ threadId: "t-crash" }, ALL)).items).toHaveLength(thread.length);
      expect((await store.listArtifacts({ dmId: "dm-crash" }, ALL)).items).toHaveLength(dm.length);
      expect((await store.listArtifacts({ roomId: "crash" }, ALL)).items).toHaveLength(room.length + thread.length);

      // Usable: idempotency still knows the acknowledged ids, and new writes land.
      const again = room[0]!;
      expect(await store.appendMessage(again)).toEqual({ status: "duplicate" });
      const fresh = {
        ...again,
        id: "after-crash",
        origin: { network_id: "local", message_id: "after-crash" },
        created_at: "2026-04-01T11:00:00Z" as typeof again.created_at,
      };
      expect((await store.appendMessage(fresh)).status).toBe("appended");
      await store.close();
      const reread = await openStore(target.config);
      try {
        const last = (await reread.listMessages({ kind: "room", roomId: "crash" }, { limit: 1 })).items;
        expect(last.map((m) => m.id)).toEqual(["after-crash"]);
      } finally {
        await reread.close();
      }
    } finally {
      await store.close().catch(() => {});
    }
  }, 120_000);
});

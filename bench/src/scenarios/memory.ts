// Scenario 6, memory.
// - The server on SQLite: RSS after `postsFirst` POSTs and after `postsTotal`
//   (same connections, each reading taken after a short pause). SQL backends
//   keep history on disk, so memory must not grow with it.
// - The memory backend: heap bytes per stored message (heap after a forced GC,
//   before and after appending mixed messages) against the message's JSON size.
// Goals: RSS(total) ≤ 1.2x RSS(first); bytes per message ≤ 2x its JSON.
import { join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { goStringify, MonotonicClock, openStore, wireMessage } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { MEMORY_DURABILITY, SQLITE_DURABILITY } from "../durability.js";
import { benchRoom, mixedMessages, ROOM_IDS } from "../fixtures/messages.js";
import { startMoltnet } from "../server/process.js";
import { load, POST_BODY } from "../server/load.js";
import { fmtInt, median, sleep } from "../stats.js";

const MiB = 2 ** 20;

export async function memoryScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  await serverRss(ctx);
  await memoryBackendBytes(ctx);
}

async function serverRss(ctx: BenchContext): Promise<void> {
  const { postsFirst, postsTotal } = ctx.sizes.memory;
  const connections = ctx.sizes.http.connections;
  ctx.progress.step("memory", "starting the server on SQLite");
  const server = await startMoltnet(ctx.root, join(ctx.dir, "memory-server"), {
    kind: "sqlite",
    path: join(ctx.dir, "memory-server", "moltnet.db"),
  });
  try {
    // RSS moves with the garbage collector's timing, so one reading is luck:
    // "RSS after N POSTs" is the median of readings taken every 200 ms while
    // the last WINDOW of those N POSTs run, and once more after a 1 s pause.
    const WINDOW = Math.min(5_000, Math.floor(postsFirst / 2));
    const post = async (amount: number, what: string): Promise<number> => {
      ctx.progress.step("memory", `${what}: ${fmtInt(amount)} POSTs`);
      const chunk = Math.max(1_000, Math.ceil(amount / 20));
      const readings: number[] = [];
      for (let done = 0; done < amount;) {
        const n = Math.min(chunk, amount - done);
        const inWindow = done + n > amount - WINDOW;
        const timer = inWindow ? setInterval(() => readings.push(server.rssBytes()), 200) : null;
        const r = await load({
          url: `${server.url}/v1/messages`,
          method: "POST",
          body: POST_BODY,
          connections,
          amount: n,
        });
        if (timer) clearInterval(timer);
        if (r.errors > 0) ctx.error(`memory: ${fmtInt(r.errors)} of ${fmtInt(r.requests)} POSTs failed`);
        done += n;
        ctx.progress.advance(done / amount);
      }
      await sleep(1000);
      readings.push(server.rssBytes());
      return median(readings);
    };
    const first = await post(postsFirst, "first");
    const total = await post(postsTotal - postsFirst, "then");
    ctx.row({
      scenario: "memory",
      backend: "sqlite",
      settings: `after ${fmtInt(postsTotal)} vs ${fmtInt(postsFirst)} POSTs, ${connections} connections, median RSS over the last ${fmtInt(WINDOW)}`,
      measure: "server RSS",
      figure: total / MiB,
      unit: "MiB",
      baseline: first / MiB,
      baselineLabel: `after ${fmtInt(postsFirst)}`,
      goal: { op: "<=", value: 1.2 },
    });
    ctx.progress.result(
      "memory",
      `server RSS ${(first / MiB).toFixed(1)} MiB after ${fmtInt(postsFirst)} POSTs, ${(total / MiB).toFixed(1)} MiB after ${fmtInt(postsTotal)}`,
    );
  } finally {
    await server.stop();
  }
}

/** A full GC, made callable at run time (the bench is started without --expose-gc). */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  return () => {
    gc();
    gc();
  };
}

async function memoryBackendBytes(ctx: BenchContext): Promise<void> {
  ctx.durability(MEMORY_DURABILITY);
  const n = ctx.sizes.memory.memoryMessages;
  ctx.progress.step("memory", `memory backend: appending ${fmtInt(n)} mixed messages`);
  const gc = collector();
  const store = await openStore({ kind: "memory" });
  const clock = new MonotonicClock();
  for (const id of ROOM_IDS) await store.createRoom(benchRoom(id, clock.now()));
  const source = mixedMessages("x", 17);
  gc();
  const before = process.memoryUsage().heapUsed;
  let jsonBytes = 0;
  const CHUNK = 5_000;
  for (let done = 0; done < n;) {
    // Generated in chunks and dropped after appending, so only what the store keeps stays alive.
    const batch = source.take(Math.min(CHUNK, n - done));
    for (const m of batch) {
      jsonBytes += Buffer.byteLength(goStringify(wireMessage(m)));
      await store.appendMessage(m);
    }
    done += batch.length;
    ctx.progress.advance(done / n);
  }
  gc();
  const after = process.memoryUsage().heapUsed;
  const perMessage = (after - before) / n;
  const json = jsonBytes / n;
  ctx.row({
    scenario: "memory",
    backend: "memory",
    settings: `${fmtInt(n)} mixed messages, heap after GC`,
    measure: "bytes per message",
    figure: perMessage,
    unit: "B",
    baseline: json,
    baselineLabel: "its JSON",
    goal: { op: "<=", value: 2 },
  });
  ctx.progress.result(
    "memory",
    `memory backend: ${perMessage.toFixed(0)} heap bytes per message, JSON ${json.toFixed(0)} bytes`,
  );
  await store.close();
}

// Scenario 4, json-file: the JSON store holding `messages` messages, written
// by `writers` concurrent writers, against the baseline of one writer whose
// every write is one full snapshot rewrite (fsync of the file and of its
// directory) — the same store, the same file, one write in flight.
// Then, unmeasured, a check that every write is acknowledged only once the
// file on disk holds it: after each acknowledgement the file is read back.
// Goal: at least 10x the baseline's rate.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MonotonicClock, openStore, type Message, type Store } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { JSON_DURABILITY } from "../durability.js";
import { benchRoom, mixedMessages, ROOM_IDS } from "../fixtures/messages.js";
import { fmtInt, since } from "../stats.js";

/** The JSON store counts its snapshot rewrites (json-store.ts); other stores do not. */
function rewrites(store: Store): number | null {
  const n = (store as Store & { snapshotsWritten?: number }).snapshotsWritten;
  return typeof n === "number" ? n : null;
}

async function writeConcurrently(store: Store, messages: Message[], writers: number): Promise<number> {
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: writers }, async () => {
      while (next < messages.length) await store.appendMessage(messages[next++]!);
    }),
  );
  return since(start);
}

export async function jsonFileScenario(ctx: BenchContext): Promise<void> {
  const { messages: seed, writers, writesPerWriter, baselineWrites } = ctx.sizes.jsonFile;
  const path = join(ctx.dir, "json-file", "moltnet.json");
  ctx.durability(JSON_DURABILITY);
  ctx.progress.step("json-file", `seeding a JSON store with ${fmtInt(seed)} messages`);
  const store = await openStore({ kind: "json", path });
  try {
    const clock = new MonotonicClock();
    for (const id of ROOM_IDS) await store.createRoom(benchRoom(id, clock.now()));
    const source = mixedMessages("j", 5);
    // All at once: they share one or two snapshot rewrites (group commit).
    await Promise.all(source.take(seed).map((m) => store.appendMessage(m)));
    const snapshotBytes = readFileSync(path).length;

    ctx.progress.step("json-file", `baseline: ${baselineWrites} writes by one writer (one snapshot rewrite each)`);
    let before = rewrites(store);
    const baseMs = await writeConcurrently(store, source.take(baselineWrites), 1);
    const baseRewrites = before === null ? null : rewrites(store)! - before;
    if (baseRewrites !== null && baseRewrites !== baselineWrites) {
      ctx.error(
        `json-file: the baseline made ${baseRewrites} rewrites for ${baselineWrites} sequential writes (expected one each)`,
      );
    }

    const total = writers * writesPerWriter;
    ctx.progress.step("json-file", `${writers} concurrent writers, ${fmtInt(total)} writes`);
    before = rewrites(store);
    const ms = await writeConcurrently(store, source.take(total), writers);
    const groupRewrites = before === null ? null : rewrites(store)! - before;

    ctx.progress.step("json-file", "checking each acknowledged write is in the file on disk");
    let missing = 0;
    const checks = source.take(writers * 2);
    let next = 0;
    await Promise.all(
      Array.from({ length: writers }, async () => {
        while (next < checks.length) {
          const m = checks[next++]!;
          await store.appendMessage(m);
          if (!readFileSync(path, "utf8").includes(`"id":"${m.id}"`)) missing++;
        }
      }),
    );
    if (missing > 0)
      ctx.error(`json-file: ${missing} of ${checks.length} acknowledged writes were not in the file when acknowledged`);

    const rate = total / (ms / 1000);
    const baseRate = baselineWrites / (baseMs / 1000);
    ctx.row({
      scenario: "json-file",
      backend: "json",
      settings: `${writers} writers, ${fmtInt(seed)} msgs (${(snapshotBytes / 2 ** 20).toFixed(1)} MiB), fsync file + dir`,
      measure: "write rate",
      figure: rate,
      unit: "writes/s",
      baseline: baseRate,
      baselineLabel: "1 rewrite per write",
      goal: { op: ">=", value: 10 },
      note:
        `${fmtInt(total)} writes in ${groupRewrites ?? "?"} snapshot rewrites; ` +
        `${missing === 0 ? "every" : "NOT every"} acknowledged write was in the file when acknowledged (${checks.length} checked)`,
    });
    ctx.progress.result(
      "json-file",
      `${fmtInt(rate)} writes/s with ${writers} writers (${groupRewrites ?? "?"} rewrites for ${fmtInt(total)} writes) vs ${baseRate.toFixed(1)} writes/s one at a time`,
    );
  } finally {
    await store.close();
  }
}

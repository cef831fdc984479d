// Scenario 5, boot: time from spawning `node apps/server/dist/cli.js start`
// to /readyz answering 200, on an empty (migrated) SQLite database and on one
// whose room holds the page scenario's bulk-loaded history. One untimed boot
// on each first (it creates the declared room and warms the OS file cache),
// then timed boots alternating between the two; the medians count.
// Goal: the large database boots within 1.2x of the empty one.
import { join } from "node:path";
import { openStore } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { SQLITE_DURABILITY } from "../durability.js";
import { sqliteHistory } from "../fixtures/history.js";
import { startMoltnet } from "../server/process.js";
import { fmtInt, median } from "../stats.js";

async function bootOnce(ctx: BenchContext, path: string, label: string): Promise<number> {
  const server = await startMoltnet(ctx.root, join(ctx.dir, `boot-${label}`), { kind: "sqlite", path });
  const ms = server.readyMs;
  await server.stop();
  return ms;
}

export async function bootScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  const { large } = ctx.sizes.page;
  ctx.progress.step("boot", `preparing an empty SQLite database and one holding ${fmtInt(large)} messages`);
  const emptyPath = join(ctx.dir, "boot-empty.db");
  await (await openStore({ kind: "sqlite", path: emptyPath })).close();
  const largePath = await sqliteHistory(ctx, large);

  ctx.progress.step("boot", "untimed first boots");
  await bootOnce(ctx, emptyPath, "empty");
  await bootOnce(ctx, largePath, "large");

  const repeats = ctx.sizes.boot.repeats;
  const times = { empty: [] as number[], large: [] as number[] };
  ctx.progress.step("boot", `${repeats} timed boots of each, alternating`);
  for (let i = 0; i < repeats; i++) {
    const order = i % 2 === 0 ? (["empty", "large"] as const) : (["large", "empty"] as const);
    for (const which of order) times[which].push(await bootOnce(ctx, which === "empty" ? emptyPath : largePath, which));
    ctx.progress.advance((i + 1) / repeats);
  }
  const empty = median(times.empty);
  const full = median(times.large);
  ctx.row({
    scenario: "boot",
    backend: "sqlite",
    settings: `${fmtInt(large)} msgs vs empty, median of ${repeats}`,
    measure: "start to /readyz 200",
    figure: full,
    unit: "ms",
    baseline: empty,
    baselineLabel: "empty database",
    goal: { op: "<=", value: 1.2 },
  });
  ctx.progress.result(
    "boot",
    `empty ${times.empty.map((t) => t.toFixed(0)).join(", ")} ms; ${fmtInt(large)} msgs ${times.large.map((t) => t.toFixed(0)).join(", ")} ms`,
  );
}

// `pnpm bench [--quick] [--only=...]`: runs the scenarios in order, shows
// progress on stderr, prints one table on stdout and writes the figures to
// bench/results/latest.json (and the README section to latest.md).
// Exit status 1 only when a scenario crashed or reported errors (failed
// requests, lost writes); a missed goal is a finding, not a failure.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext, type BenchContext } from "./context.js";
import { describeMachine } from "./machine.js";
import { parseOptions, USAGE, type ScenarioName } from "./options.js";
import { createProgress } from "./progress.js";
import { describeSizes, renderMarkdown, renderTable, type RunReport } from "./report.js";
import { appendScenario } from "./scenarios/append.js";
import { pageScenario } from "./scenarios/page.js";
import { httpScenario } from "./scenarios/http.js";
import { jsonFileScenario } from "./scenarios/json-file.js";
import { bootScenario } from "./scenarios/boot.js";
import { memoryScenario } from "./scenarios/memory.js";
import { agentsScenario } from "./scenarios/agents.js";
import { copyScenario } from "./scenarios/copy.js";
import { eventsScenario } from "./scenarios/events.js";
import { attachScenario } from "./scenarios/attach.js";
import { relayScenario } from "./scenarios/relay.js";

const RUNNERS: Record<ScenarioName, (ctx: BenchContext) => Promise<void>> = {
  append: appendScenario,
  page: pageScenario,
  http: httpScenario,
  "json-file": jsonFileScenario,
  boot: bootScenario,
  memory: memoryScenario,
  agents: agentsScenario,
  copy: copyScenario,
  events: eventsScenario,
  attach: attachScenario,
  relay: relayScenario,
};

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const root = resolve(benchDir, "..");

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseOptions(argv, join(benchDir, "results"));
  } catch (err) {
    process.stderr.write(`bench: ${(err as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    process.stdout.write(USAGE);
    return 0;
  }
  const progress = createProgress();
  const machine = describeMachine();
  const startedAt = new Date().toISOString();
  progress.step("bench", `${options.quick ? "quick" : "full"} run: ${options.only.join(", ")} on ${machine.summary}`);
  progress.step("bench", `sizes: ${describeSizes(options.sizes)}`);
  const { ctx, collected, dispose } = createContext(options, progress, root);

  // Ctrl-C: drop the databases and scratch files before leaving.
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    progress.warn("bench", "interrupted: cleaning up (Ctrl-C again to leave at once)");
    void dispose().finally(() => process.exit(130));
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  try {
    for (const name of options.only) {
      const before = progress.elapsed();
      try {
        await RUNNERS[name](ctx);
      } catch (err) {
        ctx.error(`${name} crashed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      }
      progress.result(name, `done in ${(progress.elapsed() - before).toFixed(1)} s`);
    }
  } finally {
    await dispose();
  }

  const report: RunReport = {
    quick: options.quick,
    startedAt,
    seconds: progress.elapsed(),
    machine,
    sizes: options.sizes,
    durability: collected.durability,
    rows: collected.rows,
    errors: collected.errors,
  };
  mkdirSync(options.resultsDir, { recursive: true });
  writeFileSync(join(options.resultsDir, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(options.resultsDir, "latest.md"), renderMarkdown(report));

  process.stdout.write(
    `\nMoltnet bench (${options.quick ? "quick" : "full"}), ${report.seconds.toFixed(0)} s on ${machine.summary}\n\n`,
  );
  process.stdout.write(`${renderTable(report.rows)}\n\n`);
  process.stdout.write(`sizes: ${describeSizes(report.sizes)}\n`);
  for (const d of report.durability) process.stdout.write(`durability: ${d}\n`);
  const missed = report.rows.filter((r) => r.pass === false).length;
  process.stdout.write(
    `\n${report.rows.length} figures, ${missed} goal(s) missed, ${report.errors.length} error(s). ` +
      `Figures: ${join(options.resultsDir, "latest.json")}\n`,
  );
  for (const e of report.errors) process.stdout.write(`error: ${e}\n`);
  return report.errors.length > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);

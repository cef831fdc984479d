// What a scenario reports and how the run presents it: one table on stdout,
// the same rows as JSON (bench/results/latest.json) and as the markdown the
// README's Performance section is made from (bench/results/latest.md).
// Ratios come first; absolute figures only mean something next to the machine
// that produced them, so the machine is printed with them.
import type { Machine } from "./machine.js";
import type { Sizes } from "./options.js";

export interface Goal {
  op: ">=" | "<=";
  value: number;
}

export interface Row {
  scenario: string;
  backend: string;
  /** Durability and load settings the figure was measured with. */
  settings: string;
  /** What the figure is, e.g. "append rate" or "page p50". */
  measure: string;
  figure: number;
  unit: string;
  /** Null when the row has no baseline (informational). */
  baseline: number | null;
  /** What the baseline is, e.g. "raw better-sqlite3". */
  baselineLabel: string;
  /** figure / baseline (or the scenario's own quotient, see note). */
  ratio: number | null;
  goal: Goal | null;
  /** Null when there is no goal. */
  pass: boolean | null;
  note?: string;
}

export interface RunReport {
  quick: boolean;
  startedAt: string;
  seconds: number;
  machine: Machine;
  sizes: Sizes;
  durability: string[];
  rows: Row[];
  /** Crashes and reported errors; any entry makes the process exit 1. */
  errors: string[];
}

export function judge(ratio: number | null, goal: Goal | null): boolean | null {
  if (ratio === null || goal === null || !Number.isFinite(ratio)) return null;
  return goal.op === ">=" ? ratio >= goal.value : ratio <= goal.value;
}

export function formatGoal(goal: Goal | null): string {
  if (!goal) return "—";
  return `${goal.op === ">=" ? "≥" : "≤"} ${goal.value}x`;
}

/** Two decimals, or three when two would round onto the goal and hide which side of it the ratio is. */
export function formatRatio(ratio: number | null, goal: Goal | null = null): string {
  if (ratio === null || !Number.isFinite(ratio)) return "—";
  const digits = goal && ratio.toFixed(2) === goal.value.toFixed(2) && ratio !== goal.value ? 3 : 2;
  return `${ratio.toFixed(digits)}x`;
}

export function formatFigure(value: number | null, unit: string): string {
  if (value === null || !Number.isFinite(value)) return "—";
  const abs = Math.abs(value);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : 3;
  const text = value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return unit ? `${text} ${unit}` : text;
}

function verdict(pass: boolean | null): string {
  return pass === null ? "info" : pass ? "pass" : "MISS";
}

const HEADERS = ["scenario", "backend", "settings", "measure", "ratio", "goal", "result", "figure", "baseline"];

function cells(row: Row): string[] {
  const baseline = row.baseline === null ? "—" : `${formatFigure(row.baseline, row.unit)} (${row.baselineLabel})`;
  return [
    row.scenario,
    row.backend,
    row.settings,
    row.measure,
    formatRatio(row.ratio, row.goal),
    formatGoal(row.goal),
    verdict(row.pass),
    formatFigure(row.figure, row.unit),
    baseline,
  ];
}

export function renderTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(HEADERS), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

/** The sizes a run used, in one line (they are also in the JSON). */
export function describeSizes(sizes: Sizes): string {
  const n = (v: number) => v.toLocaleString("en-US");
  const { append, page, http, jsonFile, boot, memory, agents, copy, events, attach, relay } = sizes;
  return [
    `append ~${append.seconds} s per comparison in ${append.slices} alternating slices`,
    `page ${n(page.pages)} pages of ${page.limit} at ${n(page.large)} and ${n(page.small)} messages`,
    `http ${http.seconds} s per run at ${http.connections} connections`,
    `json-file ${jsonFile.writers} writers x ${jsonFile.writesPerWriter} writes on ${n(jsonFile.messages)} messages, baseline ${jsonFile.baselineWrites} writes`,
    `boot median of ${boot.repeats}`,
    `memory ${n(memory.postsFirst)} then ${n(memory.postsTotal)} POSTs, ${n(memory.memoryMessages)} messages in the memory backend`,
    `agents ${n(agents.requests)} sequential GET /v1/agents at ${n(agents.registrations)} and ${n(agents.small)} registrations`,
    `copy ${n(copy.messages)} messages per backend pair, RSS at ${n(page.large)}`,
    `events ${n(events.rate)} POST/s for ${events.seconds} s across two servers, replay of ${n(events.replay)} events`,
    `attach ${n(attach.messages)} messages to ${n(attach.agents)} attached agents, ${n(attach.idle)} idle attachments`,
    `relay a backlog of ${n(relay.backlog)} messages, then ${n(relay.rate)} POST/s for ${relay.seconds} s between two paired servers`,
  ].join("; ");
}

export function renderMarkdown(report: RunReport): string {
  const m = report.machine;
  const out: string[] = [];
  out.push("## Performance", "");
  out.push(
    "`pnpm bench` measures the store and the server against baselines run in the same process and the same run: " +
      "the raw drivers (better-sqlite3, postgres.js) executing the same prepared statements, one transaction per message (the store groups concurrent appends into one transaction, see below), " +
      "a bare `node:http` server, and a JSON store that rewrites its snapshot once per write. " +
      "A ratio compares two figures measured back to back on the same machine, so it carries over between machines; " +
      "the absolute figures do not. `pnpm bench --quick` runs every scenario at a small size (CI runs it to keep the bench working; it never checks figures).",
    "",
  );
  out.push(
    `Latest ${report.quick ? "quick" : "full"} run: ${report.startedAt.slice(0, 10)}, ${report.seconds.toFixed(0)} s. Sizes: ${describeSizes(report.sizes)}.`,
    "",
  );
  out.push(
    "| scenario | backend | settings | measure | ratio | goal | result |",
    "| --- | --- | --- | --- | --- | --- | --- |",
  );
  for (const r of report.rows) {
    out.push(
      `| ${r.scenario} | ${r.backend} | ${r.settings} | ${r.measure} | ${formatRatio(r.ratio, r.goal)} | ${formatGoal(r.goal)} | ${verdict(r.pass)} |`,
    );
  }
  out.push("", `Absolute figures, measured on ${m.summary}:`, "");
  out.push("| scenario | backend | settings | measure | figure | baseline |", "| --- | --- | --- | --- | --- | --- |");
  for (const r of report.rows) {
    const baseline = r.baseline === null ? "—" : `${formatFigure(r.baseline, r.unit)} (${r.baselineLabel})`;
    out.push(
      `| ${r.scenario} | ${r.backend} | ${r.settings} | ${r.measure} | ${formatFigure(r.figure, r.unit)} | ${baseline} |`,
    );
  }
  const notes = report.rows
    .filter((r) => r.note)
    .map((r) => `- ${r.scenario} / ${r.backend} / ${r.settings}: ${r.note}`);
  if (notes.length > 0) out.push("", "Notes:", "", ...notes);
  out.push("", "Durability settings of these figures:", "", ...report.durability.map((d) => `- ${d}`));
  return `${out.join("\n")}\n`;
}

// What a scenario reports and how the run presents it: one table on stdout,
// the same rows as JSON (bench/results/latest.json) and as the markdown the
// README's Performance section is made from (bench/results/latest.md).
// Ratios come first; absolute figures only mean something next to the machine
// that produced them, so the machine is printed with them.
import type { Machine } from "./machine.js";

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
  sizes: unknown;
  durability: string[];
  rows: Row[];
  /** Crashes and reported errors; any entry makes the process exit 1. */
  errors: string[];
  /** Missed goals with what was found about their cause. */
  findings: string[];
}

export function judge(ratio: number | null, goal: Goal | null): boolean | null {
  if (ratio === null || goal === null || !Number.isFinite(ratio)) return null;
  return goal.op === ">=" ? ratio >= goal.value : ratio <= goal.value;
}

export function formatGoal(goal: Goal | null): string {
  if (!goal) return "—";
  return `${goal.op === ">=" ? "≥" : "≤"} ${goal.value}x`;
}

export function formatRatio(ratio: number | null): string {
  return ratio === null || !Number.isFinite(ratio) ? "—" : `${ratio.toFixed(2)}x`;
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
    formatRatio(row.ratio),
    formatGoal(row.goal),
    verdict(row.pass),
    formatFigure(row.figure, row.unit),
    baseline,
  ];
}

export function renderTable(rows: readonly Row[]): string {
  const body = rows.map(cells);
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(HEADERS), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

export function renderMarkdown(report: RunReport): string {
  const m = report.machine;
  const out: string[] = [];
  out.push("## Performance", "");
  out.push(
    "`pnpm bench` measures the store and the server against baselines run in the same process and the same run: " +
      "the raw drivers (better-sqlite3, postgres.js) executing the same prepared statements with the same transaction shape, " +
      "a bare `node:http` server, and a JSON store that rewrites its snapshot once per write. " +
      "A ratio compares two figures measured back to back on the same machine, so it carries over between machines; " +
      "the absolute figures do not. `pnpm bench --quick` runs every scenario at a small size (CI runs it to keep the bench working; it never checks figures).",
    "",
  );
  out.push(`Latest ${report.quick ? "quick" : "full"} run: ${report.startedAt.slice(0, 10)}, ${report.seconds.toFixed(0)} s.`, "");
  out.push("| scenario | backend | settings | measure | ratio | goal | result |", "| --- | --- | --- | --- | --- | --- | --- |");
  for (const r of report.rows) {
    out.push(`| ${r.scenario} | ${r.backend} | ${r.settings} | ${r.measure} | ${formatRatio(r.ratio)} | ${formatGoal(r.goal)} | ${verdict(r.pass)} |`);
  }
  out.push("", `Absolute figures, measured on ${m.summary}:`, "");
  out.push("| scenario | backend | settings | measure | figure | baseline |", "| --- | --- | --- | --- | --- | --- |");
  for (const r of report.rows) {
    const baseline = r.baseline === null ? "—" : `${formatFigure(r.baseline, r.unit)} (${r.baselineLabel})`;
    out.push(`| ${r.scenario} | ${r.backend} | ${r.settings} | ${r.measure} | ${formatFigure(r.figure, r.unit)} | ${baseline} |`);
  }
  const notes = report.rows.filter((r) => r.note).map((r) => `- ${r.scenario} / ${r.backend} / ${r.measure}: ${r.note}`);
  if (notes.length > 0) out.push("", "Notes:", "", ...notes);
  out.push("", "Durability settings of these figures:", "", ...report.durability.map((d) => `- ${d}`));
  if (report.findings.length > 0) out.push("", "Goals missed, and why:", "", ...report.findings.map((f) => `- ${f}`));
  return `${out.join("\n")}\n`;
}

// What a migration says while it runs: a line before each step and before
// each statement of a step that rewrites rows, naming the table and how many
// rows it holds, so a long step (a million-row rewrite takes seconds) shows
// what it is doing. The caller flushes every line before the work it
// announces starts (see boot.ts), so nothing waits behind a blocking step.
import { describe, type MigrationStep } from "./plan.js";

export interface RowWork {
  table: string;
  /** "rewrites" or "indexes". */
  verb: string;
}

/** What a statement does to a table's rows (`UPDATE t`, `INSERT INTO x SELECT … FROM t`, `CREATE INDEX … ON t`), or null for quick DDL. */
export function rowWork(statement: string): RowWork | null {
  const text = statement.replace(/^(\s*--[^\n]*\n)+/, "");
  const update =
    /^\s*UPDATE\s+[`"]?(\w+)/i.exec(text) ??
    /^\s*INSERT\s+INTO\s+[`"]?\w+[`"]?[\s\S]*?\bSELECT\b[\s\S]*?\bFROM\s+[`"]?(\w+)/i.exec(text);
  if (update?.[1]) return { table: update[1], verb: "rewrites" };
  const index = /^\s*CREATE\s+(?:UNIQUE\s+)?INDEX\s+(?:IF\s+NOT\s+EXISTS\s+)?\S+\s+ON\s+[`"]?(\w+)/i.exec(text);
  if (index?.[1]) return { table: index[1], verb: "indexes" };
  return null;
}

export function stepStartLine(dialect: string, step: MigrationStep): string {
  return `migrate: ${dialect} applying ${describe(step.records)}…`;
}

/** Below this many rows a statement is quick and goes unannounced. */
export const ANNOUNCE_ROWS = 10_000;

export function statementLine(
  dialect: string,
  step: MigrationStep,
  index: number,
  work: RowWork,
  rows: number,
): string {
  return `migrate: ${dialect} ${describe(step.records)}: statement ${index + 1}/${step.statements.length} ${work.verb} ${work.table} (${rows.toLocaleString("en-US")} rows)…`;
}

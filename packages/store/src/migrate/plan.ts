// Decides what to run next, given the rows a database has recorded. Both
// dialects share this logic; only the statements differ.
//
// Numbering: drizzle's baseline (journal idx 0) produces the reference's
// version-8 schema and records versions 1-8 under the reference's names;
// journal idx k >= 1 is version 8 + k, named by its drizzle tag.
import { StoreError } from "../errors.js";
import { parseTimestamp } from "../time.js";
import { readJournal, type Dialect } from "./journal.js";
import { LAST_REFERENCE_VERSION, LEGACY_STEPS, REFERENCE_VERSIONS } from "./legacy.js";
import type { MigrationRecord } from "./types.js";

/** One unit of work: its statements and the rows it records run in one transaction. */
export interface MigrationStep {
  records: MigrationRecord[];
  statements: string[];
}

export interface MigrationPlan {
  /** Every version this build knows, in order. */
  known: MigrationRecord[];
  /** Throws schema_mismatch when recorded rows were written by another build. */
  check(recorded: readonly MigrationRecord[]): void;
  /** The next step to run, or null when the database is current. Call check first. */
  next(recorded: ReadonlySet<number>): MigrationStep | null;
  /** Every version next() would still apply, in order. */
  pending(recorded: ReadonlySet<number>): MigrationRecord[];
}

/** `folder`: where the dialect's migrations are; the schema package's unless a tool or test points elsewhere. */
export function planFor(dialect: Dialect, folder?: string): MigrationPlan {
  const journal = readJournal(dialect, folder);
  const [baseline, ...ours] = journal;
  if (!baseline) throw new StoreError("internal", `no ${dialect} migrations found`, { backend: "migrate" });

  const baselineStep: MigrationStep = { records: [...REFERENCE_VERSIONS], statements: baseline.statements };
  const legacySteps: MigrationStep[] = LEGACY_STEPS.map((s) => ({
    records: [{ version: s.version, name: s.name }],
    statements: s.statements[dialect],
  }));
  const ourSteps: MigrationStep[] = ours.map((m) => ({
    records: [{ version: LAST_REFERENCE_VERSION + m.idx, name: m.tag }],
    statements: m.statements,
  }));
  const known: MigrationRecord[] = [...REFERENCE_VERSIONS, ...ourSteps.flatMap((s) => s.records)];
  const nameOf = new Map(known.map((r) => [r.version, r.name]));
  const newest = known[known.length - 1]?.version ?? LAST_REFERENCE_VERSION;

  function next(recorded: ReadonlySet<number>): MigrationStep | null {
    const referenceRows = REFERENCE_VERSIONS.filter((r) => recorded.has(r.version));
    if (referenceRows.length === 0) return baselineStep;
    if (!recorded.has(1)) {
      throw mismatch(
        `the database records reference migrations ${referenceRows.map((r) => r.version).join(", ")} but not 1 (initial_schema); ` +
          `its schema cannot be known, refusing to migrate it`,
      );
    }
    const missing = (s: MigrationStep) => s.records.some((r) => !recorded.has(r.version));
    return legacySteps.find(missing) ?? ourSteps.find(missing) ?? null;
  }

  return {
    known,
    check(recorded) {
      for (const row of recorded) {
        const expected = nameOf.get(row.version);
        if (expected === undefined) {
          throw mismatch(
            `the database records migration ${row.version} (${JSON.stringify(row.name)}), which this build does not know ` +
              `(it knows 1-${newest}); a newer build migrated it. Run that build, or restore a backup taken before it ran`,
          );
        }
        if (expected !== row.name) {
          throw mismatch(
            `the database records migration ${row.version} as ${JSON.stringify(row.name)}, but this build's migration ` +
              `${row.version} is ${JSON.stringify(expected)}; it was migrated by a different build, refusing to guess its schema`,
          );
        }
      }
    },
    next,
    pending(recorded) {
      const seen = new Set(recorded);
      const out: MigrationRecord[] = [];
      for (let step = next(seen); step; step = next(seen)) {
        for (const r of step.records) {
          if (!seen.has(r.version)) out.push(r);
          seen.add(r.version);
        }
      }
      return out;
    },
  };
}

function mismatch(message: string): StoreError {
  return new StoreError("schema_mismatch", message, { backend: "migrate" });
}

/** Wire-form (trimmed RFC3339Nano, UTC) text for applied_at, the way the reference writes it. */
export function appliedAtNow(): string {
  return parseTimestamp(new Date().toISOString()) ?? new Date().toISOString();
}

/** `9 (0001_fixed_width_times)` or `1-8 (initial_schema, ...)`. */
export function describe(records: readonly MigrationRecord[]): string {
  const first = records[0];
  const last = records[records.length - 1];
  if (!first || !last) return "nothing";
  if (records.length === 1) return `${first.version} (${first.name})`;
  return `${first.version}-${last.version} (${records.map((r) => r.name).join(", ")})`;
}

export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** A statement of a step failed; its transaction rolls back, so nothing of the step remains. */
export function stepFailed(dialect: Dialect, step: MigrationStep, cause: unknown): StoreError {
  return new StoreError("internal", `${dialect} migration ${describe(step.records)} failed: ${reasonOf(cause)}`, {
    cause,
    backend: "migrate",
  });
}

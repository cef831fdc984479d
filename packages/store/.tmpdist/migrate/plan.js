// Decides what to run next, given the rows a database has recorded. Both
// dialects share this logic; only the statements differ.
//
// Numbering: drizzle's baseline (journal idx 0) produces the reference's
// version-8 schema and records versions 1-8 under the reference's names;
// journal idx k >= 1 is version 8 + k, named by its drizzle tag.
import { StoreError } from "../errors.js";
import { parseTimestamp } from "../time.js";
import { readJournal } from "./journal.js";
import { LAST_REFERENCE_VERSION, LEGACY_STEPS, REFERENCE_VERSIONS } from "./legacy.js";
export function planFor(dialect) {
    const journal = readJournal(dialect);
    const [baseline, ...ours] = journal;
    if (!baseline)
        throw new StoreError("internal", `no ${dialect} migrations found`, { backend: "migrate" });
    const baselineStep = { records: [...REFERENCE_VERSIONS], statements: baseline.statements };
    const legacySteps = LEGACY_STEPS.map((s) => ({
        records: [{ version: s.version, name: s.name }],
        statements: s.statements[dialect],
    }));
    const ourSteps = ours.map((m) => ({
        records: [{ version: LAST_REFERENCE_VERSION + m.idx, name: m.tag }],
        statements: m.statements,
    }));
    const known = [...REFERENCE_VERSIONS, ...ourSteps.flatMap((s) => s.records)];
    const nameOf = new Map(known.map((r) => [r.version, r.name]));
    const newest = known[known.length - 1]?.version ?? LAST_REFERENCE_VERSION;
    function next(recorded) {
        const referenceRows = REFERENCE_VERSIONS.filter((r) => recorded.has(r.version));
        if (referenceRows.length === 0)
            return baselineStep;
        if (!recorded.has(1)) {
            throw mismatch(`the database records reference migrations ${referenceRows.map((r) => r.version).join(", ")} but not 1 (initial_schema); ` +
                `its schema cannot be known, refusing to migrate it`);
        }
        const missing = (s) => s.records.some((r) => !recorded.has(r.version));
        return legacySteps.find(missing) ?? ourSteps.find(missing) ?? null;
    }
    return {
        known,
        check(recorded) {
            for (const row of recorded) {
                const expected = nameOf.get(row.version);
                if (expected === undefined) {
                    throw mismatch(`the database records migration ${row.version} (${JSON.stringify(row.name)}), which this build does not know ` +
                        `(it knows 1-${newest}); a newer build migrated it. Run that build, or restore a backup taken before it ran`);
                }
                if (expected !== row.name) {
                    throw mismatch(`the database records migration ${row.version} as ${JSON.stringify(row.name)}, but this build's migration ` +
                        `${row.version} is ${JSON.stringify(expected)}; it was migrated by a different build, refusing to guess its schema`);
                }
            }
        },
        next,
        pending(recorded) {
            const seen = new Set(recorded);
            const out = [];
            for (let step = next(seen); step; step = next(seen)) {
                for (const r of step.records) {
                    if (!seen.has(r.version))
                        out.push(r);
                    seen.add(r.version);
                }
            }
            return out;
        },
    };
}
function mismatch(message) {
    return new StoreError("schema_mismatch", message, { backend: "migrate" });
}
/** Wire-form (trimmed RFC3339Nano, UTC) text for applied_at, the way the reference writes it. */
export function appliedAtNow() {
    return parseTimestamp(new Date().toISOString()) ?? new Date().toISOString();
}
/** `9 (0001_fixed_width_times)` or `1-8 (initial_schema, ...)`. */
export function describe(records) {
    const first = records[0];
    const last = records[records.length - 1];
    if (!first || !last)
        return "nothing";
    if (records.length === 1)
        return `${first.version} (${first.name})`;
    return `${first.version}-${last.version} (${records.map((r) => r.name).join(", ")})`;
}
export function reasonOf(err) {
    return err instanceof Error ? err.message : String(err);
}
/** A statement of a step failed; its transaction rolls back, so nothing of the step remains. */
export function stepFailed(dialect, step, cause) {
    return new StoreError("internal", `${dialect} migration ${describe(step.records)} failed: ${reasonOf(cause)}`, {
        cause,
        backend: "migrate",
    });
}
//# sourceMappingURL=plan.js.map
// Reads drizzle-kit's output for one dialect at runtime: meta/_journal.json and
// one NNNN_tag.sql per entry, statements separated by `--> statement-breakpoint`.
// The files are read from the repository's drizzle/ folder, found relative to
// this module (src/migrate or dist/migrate are both four levels below the root).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { StoreError } from "../errors.js";
const BREAKPOINT = "--> statement-breakpoint";
export function drizzleDir(dialect) {
    return fileURLToPath(new URL(`../../../../drizzle/${dialect}`, import.meta.url));
}
const cache = new Map();
/** The dialect's journal, ordered by idx. Cached per directory: the files are part of the build. */
export function readJournal(dialect, dir = drizzleDir(dialect)) {
    const hit = cache.get(dir);
    if (hit)
        return hit;
    const entries = parseJournal(readText(join(dir, "meta", "_journal.json")), dir);
    const migrations = entries.map(({ idx, tag }) => ({
        idx,
        tag,
        statements: splitStatements(readText(join(dir, `${tag}.sql`))),
    }));
    cache.set(dir, migrations);
    return migrations;
}
function parseJournal(text, dir) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (cause) {
        throw broken(`${dir}/meta/_journal.json is not JSON`, cause);
    }
    const entries = data.entries;
    if (!Array.isArray(entries))
        throw broken(`${dir}/meta/_journal.json has no entries`);
    const out = entries.map((e) => {
        const { idx, tag } = (e ?? {});
        if (typeof idx !== "number" || typeof tag !== "string" || !/^\d{4}_[A-Za-z0-9_]+$/.test(tag)) {
            throw broken(`${dir}/meta/_journal.json has a malformed entry ${JSON.stringify(e)}`);
        }
        return { idx, tag };
    });
    out.sort((a, b) => a.idx - b.idx);
    // Versions are derived from idx, so a gap would silently renumber everything after it.
    out.forEach((e, i) => {
        if (e.idx !== i)
            throw broken(`${dir}/meta/_journal.json skips idx ${i}`);
    });
    return out;
}
/** Splits a drizzle migration file; chunks holding only comments or whitespace are not statements. */
export function splitStatements(text) {
    return text
        .split(BREAKPOINT)
        .map((chunk) => chunk.trim())
        .filter((chunk) => stripComments(chunk).trim() !== "");
}
function stripComments(sql) {
    return sql.replace(/--[^\n]*/g, "").replace(/\/\*[\s\S]*?\*\//g, "");
}
function readText(path) {
    try {
        return readFileSync(path, "utf8");
    }
    catch (cause) {
        throw broken(`cannot read ${path}`, cause);
    }
}
function broken(message, cause) {
    return new StoreError("internal", `migration files are broken: ${message}`, { cause, backend: "migrate" });
}
//# sourceMappingURL=journal.js.map
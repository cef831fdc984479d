// pnpm db:generate and pnpm db:check, run as real processes on a scratch copy
// of the repository (its own git history), so the real tree is never touched.
import { execFileSync, spawnSync } from "node:child_process";
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import postgres from "postgres";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { migrateSqlite } from "../../store/src/migrate/sqlite.js";
import { migratePostgres } from "../../store/src/migrate/postgres.js";
import { createTestDatabase } from "../../../tooling/test/postgres.js";

const ROOT = fileURLToPath(new URL("../../..", import.meta.url));
let repo: string;

function git(...args: string[]): string {
  return execFileSync("git", ["-c", "user.email=test@example.invalid", "-c", "user.name=test", ...args], {
    cwd: repo,
    encoding: "utf8",
  });
}
function script(name: "db-generate" | "db-check", ...args: string[]) {
  const res = spawnSync(process.execPath, [join(repo, "scripts", `${name}.mjs`), ...args], {
    cwd: repo,
    encoding: "utf8",
  });
  return { status: res.status, output: `${res.stdout}${res.stderr}` };
}
const journalTags = (dialect: string): string[] =>
  (
    JSON.parse(readFileSync(join(repo, "drizzle", dialect, "meta", "_journal.json"), "utf8")) as {
      entries: { tag: string }[];
    }
  ).entries.map((e) => e.tag);
/** The migrations in the real tree, and the number the next one gets (the tests do not depend on how many exist). */
const existing = (
  JSON.parse(readFileSync(join(ROOT, "drizzle", "sqlite", "meta", "_journal.json"), "utf8")) as {
    entries: { tag: string }[];
  }
).entries.map((e) => e.tag);
const next = String(existing.length).padStart(4, "0");
const schemaFile = (name: string) => join(repo, "packages", "schema", "src", name);
/** Edits one file of the scratch copy's schema package; fails loudly when the text to replace is gone. */
const edit = (name: string, from: string, to: string) => {
  const src = readFileSync(schemaFile(name), "utf8");
  if (!src.includes(from)) throw new Error(`${name} no longer contains ${JSON.stringify(from)}`);
  writeFileSync(schemaFile(name), src.replace(from, to));
};
/** Step 1 of adding a column: one line in the one schema source. */
const addColumn = () =>
  edit("tables.ts", `    url: text("url"),\n`, `    url: text("url"),\n    checksum: text("checksum"),\n`);

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), "moltnet-dbscripts-"));
  cpSync(join(ROOT, "scripts"), join(repo, "scripts"), { recursive: true });
  cpSync(join(ROOT, "drizzle"), join(repo, "drizzle"), { recursive: true });
  const schema = join(repo, "packages", "schema");
  mkdirSync(schema, { recursive: true });
  for (const f of ["package.json", "src", "drizzle.sqlite.config.ts", "drizzle.postgres.config.ts"]) {
    cpSync(join(ROOT, "packages", "schema", f), join(schema, f), { recursive: true });
  }
  symlinkSync(join(ROOT, "packages", "schema", "node_modules"), join(schema, "node_modules"), "dir");
  writeFileSync(join(repo, ".gitignore"), "node_modules\n");
  git("init", "-q");
  git("add", "-A");
  git("commit", "-qm", "baseline");
});
afterEach(() => {
  rmSync(repo, { recursive: true, force: true });
});

describe("db:check", () => {
  it("passes when the migrations match the schema and are committed", () => {
    const res = script("db-check");
    expect(res.output).toContain("db:check: ok");
    expect(res.status).toBe(0);
    expect(git("status", "--porcelain")).toBe("");
  });

  it("fails when a generated dialect module is stale (edited by hand, or tables.ts changed without db:generate)", () => {
    edit("sqlite.ts", `    url: text("url"),\n`, `    url: text("url"),\n    checksum: text("checksum"),\n`);
    const res = script("db-check");
    expect(res.status).toBe(1);
    expect(res.output).toContain(
      "packages/schema/src/sqlite.ts is stale: it is generated from packages/schema/src/tables.ts",
    );
    expect(res.output).not.toContain("postgres.ts is stale");
    git("checkout", "--", ".");
    addColumn();
    const after = script("db-check");
    expect(after.status).toBe(1);
    expect(after.output).toContain("packages/schema/src/sqlite.ts is stale");
    expect(after.output).toContain("packages/schema/src/postgres.ts is stale");
  });

  it("fails when the tables changed without a migration, and removes what its probe generated", () => {
    addColumn();
    expect(script("db-generate").status).toBe(0);
    const res = script("db-check");
    expect(res.status).toBe(1);
    expect(res.output).not.toContain("is stale");
    expect(res.output).toContain(`drizzle-kit generate (sqlite) did not report "No schema changes"`);
    expect(res.output).toContain(`drizzle-kit generate (postgres) did not report "No schema changes"`);
    expect(git("status", "--porcelain")).toBe(
      " M packages/schema/src/postgres.ts\n M packages/schema/src/sqlite.ts\n M packages/schema/src/tables.ts\n",
    );
  });

  it("fails when generate needs a human (an ambiguous rename with no terminal)", () => {
    edit("tables.ts", `    url: text("url"),\n`, `    link: text("link"),\n`);
    expect(script("db-generate").status).toBe(0);
    const res = script("db-check");
    expect(res.status).toBe(1);
    expect(res.output).toContain(
      `drizzle-kit generate (sqlite) did not report "No schema changes": drizzle-kit did not finish`,
    );
  });

  it("fails when a committed migration file was edited", () => {
    appendFileSync(join(repo, "drizzle", "postgres", "0001_fixed_width_times.sql"), "\nSELECT 2;\n");
    const res = script("db-check");
    expect(res.status).toBe(1);
    expect(res.output).toContain("drizzle/postgres/0001_fixed_width_times.sql was edited after it was recorded");
  });

  it("fails when the two dialects' histories differ", () => {
    execFileSync(
      process.execPath,
      [
        join(repo, "packages/schema/node_modules/drizzle-kit/bin.cjs"),
        "generate",
        "--config",
        "drizzle.sqlite.config.ts",
        "--custom",
        "--name",
        "lonely",
      ],
      {
        cwd: join(repo, "packages", "schema"),
        stdio: "ignore",
      },
    );
    const res = script("db-check");
    expect(res.status).toBe(1);
    expect(res.output).toContain(
      `histories differ: migration ${existing.length} differs between dialects: sqlite has ${next}_lonely, postgres has nothing`,
    );
    expect(res.output).toContain(`drizzle/sqlite/${next}_lonely.sql is not in drizzle/checksums.json`);
  });

  it("fails when generated migrations are not committed yet", () => {
    addColumn();
    expect(script("db-generate", "artifact_checksum").status).toBe(0);
    const res = script("db-check");
    expect(res.status).toBe(1);
    expect(res.output).toMatch(
      new RegExp(
        `drizzle/ differs from the committed tree[\\s\\S]*A\\s+drizzle/sqlite/${next}_artifact_checksum\\.sql`,
      ),
    );
  });
});

describe("db:generate", () => {
  it("regenerates the dialect modules from tables.ts; without a name it writes no migration", () => {
    addColumn();
    const res = script("db-generate");
    expect(res.status).toBe(0);
    expect(res.output).toContain(
      "regenerated packages/schema/src/sqlite.ts, packages/schema/src/postgres.ts from tables.ts",
    );
    const sqlite = readFileSync(schemaFile("sqlite.ts"), "utf8");
    expect(sqlite).toMatch(/^\/\/ GENERATED by `pnpm db:generate`/);
    expect(sqlite).toContain(`from "./dialects/sqlite.js";`);
    expect(sqlite).toContain(`checksum: text("checksum"),`);
    expect(readFileSync(schemaFile("postgres.ts"), "utf8")).toContain(`from "./dialects/postgres.js";`);
    expect(journalTags("sqlite")).toEqual(existing);
  });

  it("a column added in tables.ts alone reaches a fresh SQLite and a fresh Postgres database", async () => {
    addColumn();
    const res = script("db-generate", "artifact_checksum");
    expect(res.status, res.output).toBe(0);
    git("add", "-A");
    git("commit", "-qm", "checksum column");
    expect(script("db-check").status).toBe(0);

    // The real migrator, reading the scratch copy's migrations.
    const lite = new Database(join(repo, "fresh.db"));
    try {
      migrateSqlite(lite, () => {}, join(repo, "drizzle", "sqlite"));
      const columns = lite
        .prepare(`SELECT name, type, "notnull" FROM pragma_table_info('artifacts') WHERE name = 'checksum'`)
        .all();
      expect(columns).toEqual([{ name: "checksum", type: "TEXT", notnull: 0 }]);
    } finally {
      lite.close();
    }
    const db = await createTestDatabase("moltnet_addcol");
    const sql = postgres(db.dsn, { max: 1, onnotice: () => {} });
    try {
      await migratePostgres(sql, () => {}, join(repo, "drizzle", "postgres"));
      const columns =
        await sql`SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_name = 'artifacts' AND column_name = 'checksum'`;
      expect([...columns]).toEqual([{ column_name: "checksum", data_type: "text", is_nullable: "YES" }]);
    } finally {
      await sql.end({ timeout: 5 });
      await db.drop();
    }
  }, 60_000);

  it("refuses a schema source that does not import its builders from ./dialect.js", () => {
    edit("tables.ts", `from "./dialect.js";`, `from "drizzle-orm/sqlite-core";`);
    const res = script("db-generate", "whatever");
    expect(res.status).toBe(1);
    expect(res.output).toContain(`tables.ts must import its builders exactly once, from "./dialect.js" (found 0)`);
    expect(journalTags("sqlite")).toEqual(existing);
  });

  it("adds one migration with the same name to both dialects and records its checksums", () => {
    addColumn();
    const res = script("db-generate", "artifact_checksum");
    expect(res.status).toBe(0);
    expect(journalTags("sqlite")).toEqual([...existing, `${next}_artifact_checksum`]);
    expect(journalTags("postgres")).toEqual(journalTags("sqlite"));
    const sums = (
      JSON.parse(readFileSync(join(repo, "drizzle", "checksums.json"), "utf8")) as { files: Record<string, string> }
    ).files;
    expect(Object.keys(sums)).toContain(`sqlite/${next}_artifact_checksum.sql`);
    expect(Object.keys(sums)).toContain(`postgres/meta/_journal.json#${next}_artifact_checksum`);
    git("add", "-A");
    git("commit", "-qm", "checksum column");
    expect(script("db-check").status).toBe(0);
  });

  it("gives a change visible in one dialect only an empty twin, so the histories line up", () => {
    // A bytewise index exists on Postgres only.
    edit(
      "tables.ts",
      `    index("idx_artifacts_created").on(t.createdAt, t.id),\n`,
      `    index("idx_artifacts_created").on(t.createdAt, t.id),\n    ...bytewiseIndex("idx_artifacts_id_bytewise").on(bytewise(t.id)),\n`,
    );
    const res = script("db-generate", "postgres_only");
    expect(res.status).toBe(0);
    expect(res.output).toContain("sqlite had no changes; added an empty postgres_only migration");
    expect(journalTags("postgres")).toEqual(journalTags("sqlite"));
  });

  it("refuses to re-record a committed migration that was edited", () => {
    appendFileSync(join(repo, "drizzle", "sqlite", "0001_fixed_width_times.sql"), "\n-- edited\n");
    const res = script("db-generate", "--seal");
    expect(res.status).toBe(1);
    expect(res.output).toContain(
      "committed migrations were edited and keep their recorded checksum: sqlite/0001_fixed_width_times.sql",
    );
    expect(script("db-check").status).toBe(1);
  });

  it("rejects a name that is not snake_case", () => {
    const res = script("db-generate", "Add-Column");
    expect(res.status).toBe(1);
    expect(res.output).toContain("must be snake_case");
  });
});

// Per-test Postgres databases on the run's server (see postgres-setup.ts).
import { spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import postgres from "postgres";

export interface TestDatabase {
  dsn: string;
  name: string;
  drop(): Promise<void>;
}

let resolved: string | null = null;

/**
 * The run's superuser DSN. With no MOLTNET_TEST_POSTGRES_DSN, the first call in
 * a test file asks the global setup for its embedded server, which starts it
 * on the first request of the run. The call is synchronous (callers use it in
 * plain expressions), so it waits for the answer in a short-lived child process.
 */
export function adminDsn(): string {
  if (resolved) return resolved;
  const fromEnv = inject("postgresAdminDsn");
  if (fromEnv) return (resolved = fromEnv);
  const coordinator = inject("postgresCoordinator");
  if (!coordinator) throw new Error("no Postgres for tests: the global setup did not provide one");
  const script = `const r = await fetch(${JSON.stringify(coordinator)}); const t = await r.text(); if (!r.ok) { console.error(t); process.exit(1); } process.stdout.write(t);`;
  const res = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    timeout: 180_000,
  });
  if (res.status !== 0 || !res.stdout)
    throw new Error(`no Postgres for tests: ${res.stderr || res.error?.message || "no answer from the global setup"}`);
  return (resolved = res.stdout);
}

function withDatabase(dsn: string, name: string): string {
  const url = new URL(dsn);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface TestDatabaseOptions {
  /**
   * Copy a database this build's migrations already ran on (CREATE DATABASE …
   * TEMPLATE), instead of an empty one: opening a store on it then applies
   * nothing. For tests of everything but the migrator, which pay a whole
   * migration per database otherwise.
   */
  migrated?: boolean;
}

/** Creates a uniquely named database, empty or migrated; `drop()` removes it (forcing out leftover connections). */
export async function createTestDatabase(
  prefix = "moltnet_test",
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  const template = options.migrated ? await migratedTemplate() : null;
  const admin = postgres(adminDsn(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(template ? `CREATE DATABASE "${name}" TEMPLATE "${template}"` : `CREATE DATABASE "${name}"`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  return {
    name,
    dsn: withDatabase(adminDsn(), name),
    async drop() {
      const sql = postgres(adminDsn(), { max: 1, onnotice: () => {} });
      try {
        await sql.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await sql.end({ timeout: 5 });
      }
    },
  };
}

const STORE = fileURLToPath(new URL("../../packages/store/", import.meta.url));
const TEMPLATE_LOCK = 715308742994555160n;
let template: Promise<string> | null = null;

/**
 * The name of a template database migrated by this checkout's migrator and
 * migrations, created once on the server (under an advisory lock, as workers
 * ask at once) and kept: its name is a hash of what produced it, so a change
 * to a migration or to the migrator makes a new one, never reuses a stale one.
 */
function migratedTemplate(): Promise<string> {
  return (template ??= (async () => {
    const { migrationsFolder } = await import("../../packages/schema/src/migrations-folder.js");
    const hash = createHash("sha256");
    for (const dir of [migrationsFolder("postgres"), join(STORE, "src", "migrate")]) {
      for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" }).sort()) {
        if (!/\.(sql|json|ts)$/.test(file)) continue;
        hash
          .update(file)
          .update("\0")
          .update(readFileSync(join(dir, file)))
          .update("\0");
      }
    }
    const name = `moltnet_tpl_${hash.digest("hex").slice(0, 16)}`;
    const admin = postgres(adminDsn(), { max: 1, onnotice: () => {} });
    try {
      await admin`SELECT pg_advisory_lock(${TEMPLATE_LOCK.toString()}::bigint)`;
      const [found] = await admin`SELECT 1 AS found FROM pg_database WHERE datname = ${name}`;
      if (!found) {
        // Migrated under a scratch name and renamed when done, so a run that dies halfway leaves no half-migrated template.
        const scratch = `${name}_${process.pid}_${randomBytes(4).toString("hex")}`;
        await admin.unsafe(`CREATE DATABASE "${scratch}"`);
        const { migratePostgres } = await import("../../packages/store/src/migrate/postgres.js");
        const sql = postgres(withDatabase(adminDsn(), scratch), { max: 1, onnotice: () => {} });
        try {
          await migratePostgres(sql);
        } finally {
          await sql.end({ timeout: 5 });
        }
        await admin.unsafe(`ALTER DATABASE "${scratch}" RENAME TO "${name}"`);
        await admin.unsafe(`ALTER DATABASE "${name}" WITH IS_TEMPLATE true`);
      }
      return name;
    } finally {
      await admin`SELECT pg_advisory_unlock(${TEMPLATE_LOCK.toString()}::bigint)`.catch(() => {});
      await admin.end({ timeout: 5 });
    }
  })().catch((err: unknown) => {
    template = null;
    throw err;
  }));
}

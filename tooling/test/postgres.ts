// Per-test Postgres databases on the run's server (see postgres-setup.ts).
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
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
  const res = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", timeout: 180_000 });
  if (res.status !== 0 || !res.stdout) throw new Error(`no Postgres for tests: ${res.stderr || res.error?.message || "no answer from the global setup"}`);
  return (resolved = res.stdout);
}

function withDatabase(dsn: string, name: string): string {
  const url = new URL(dsn);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Creates a fresh, uniquely named database; `drop()` removes it (forcing out leftover connections). */
export async function createTestDatabase(prefix = "moltnet_test"): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminDsn(), { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`CREATE DATABASE "${name}"`);
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

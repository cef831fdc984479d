// Where drizzle-kit writes this schema's migrations (drizzle.<dialect>.config.ts,
// `out`), for the migrator to read at runtime. The answer lives here, with the
// configs that decide it, so no other package spells a path across the repository.
// src/ and dist/ are both one level below the package, so the same URL works from either.
import { fileURLToPath } from "node:url";

export type Dialect = "sqlite" | "postgres";

/** Absolute path of the dialect's migrations: `meta/_journal.json` and one `NNNN_tag.sql` per entry. */
export function migrationsFolder(dialect: Dialect): string {
  return fileURLToPath(new URL(`../../../drizzle/${dialect}`, import.meta.url));
}

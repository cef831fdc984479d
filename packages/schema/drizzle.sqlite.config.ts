// drizzle-kit config for the SQLite history in /drizzle/sqlite. Generate through
// `pnpm db:generate <name>` so both dialects get the same migration name.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "sqlite",
  schema: "./src/sqlite.ts",
  out: "../../drizzle/sqlite",
  // Keep drizzle-kit's own output untouched: it is checksummed (drizzle/checksums.json).
  breakpoints: true,
  strict: true,
});

// drizzle-kit config for the Postgres history in /drizzle/postgres. Generate through
// `pnpm db:generate <name>` so both dialects get the same migration name.
import { defineConfig } from "drizzle-kit";

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/postgres.ts",
  out: "../../drizzle/postgres",
  breakpoints: true,
  strict: true,
});

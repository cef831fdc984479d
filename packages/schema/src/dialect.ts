// What tables.ts is type-checked against while you edit it. `pnpm db:generate`
// copies tables.ts into sqlite.ts and postgres.ts with this import replaced by
// the dialect module (dialects/sqlite.ts, dialects/postgres.ts); both export the
// same names, so one source type-checks as either.
export * from "./dialects/sqlite.js";

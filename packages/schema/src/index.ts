export * as sqlite from "./sqlite.js";
export * as postgres from "./postgres.js";
export { migrationsFolder, type Dialect } from "./migrations-folder.js";

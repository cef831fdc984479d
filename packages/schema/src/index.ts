export * as sqlite from "./sqlite.js";
export * as postgres from "./postgres.js";
export { tableNames } from "./tables.js";

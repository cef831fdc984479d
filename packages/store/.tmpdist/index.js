export * from "./types.js";
export * from "./time.js";
export * from "./store.js";
export * from "./errors.js";
export * from "./artifacts.js";
export * from "./participants.js";
export * from "./wire.js";
export * from "./paging.js";
export * from "./open.js";
export * from "./sql/rows.js";
export * from "./migrate/index.js";
//# sourceMappingURL=index.js.map
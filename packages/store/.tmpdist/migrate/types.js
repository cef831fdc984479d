// Public shapes of the migrator (re-exported by index.ts).
export {};
//# sourceMappingURL=types.js.map
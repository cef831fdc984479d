import Database from "better-sqlite3";
import fs from "node:fs";
const orig = fs.rmSync;
fs.rmSync = () => {};
await import("./probe12.tmp.mjs");

import wt from "node:worker_threads";
import { EventEmitter } from "node:events";
import { syncBuiltinESMExports } from "node:module";
wt.Worker = class extends EventEmitter { constructor() { super(); setImmediate(() => { this.emit("message", { type: "ready", pragmas: {} }); }); } unref() {} postMessage() {} async terminate() {} };
syncBuiltinESMExports();
await import("./probe2.tmp.mjs");

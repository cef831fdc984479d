import Database from "better-sqlite3";
const counts = new Map();
const S = Object.getPrototypeOf(new Database(":memory:").prepare("select 1"));
for (const k of ["run", "get", "all", "iterate"]) { const o = S[k]; S[k] = function (...a) { const key = k + " " + this.source.slice(0, 60); counts.set(key, (counts.get(key) ?? 0) + 1); return o.apply(this, a); }; }
process.on("exit", () => { console.log([...counts].sort((a,b)=>b[1]-a[1]).slice(0,20)); });
await import("./probe2.tmp.mjs");

import Database from "better-sqlite3";
const times = new Map();
const S = Object.getPrototypeOf(new Database(":memory:").prepare("select 1"));
for (const k of ["run", "get"]) { const o = S[k]; S[k] = function (...a) { const t = process.hrtime.bigint(); try { return o.apply(this, a); } finally { const key = this.database.name.slice(-4) + " " + k + " " + this.source.slice(0, 30); const e = times.get(key) ?? [0, 0n]; e[0]++; e[1] += process.hrtime.bigint() - t; times.set(key, e); } }; }
process.on("exit", () => { for (const [k, [n, t]] of [...times].filter(x => x[1][0] > 1000).sort()) console.log(k.padEnd(50), n, (Number(t) / n / 1000).toFixed(1), "µs"); });
await import("./probe12.tmp.mjs");

import Database from "better-sqlite3";
import { openStore, MonotonicClock } from "@moltnet/store";
import { configureRawSqlite, rawSqliteAppender } from "./dist/raw/sqlite-append.js";
import { mixedMessages, benchRoom, ROOM_IDS } from "./dist/fixtures/messages.js";
import { compareRates } from "./dist/rates.js";
const sync = process.argv[2] ?? "NORMAL"; const acp = Number(process.argv[3] ?? 1000);
const dir = "/tmp/benchprobe/cmp-" + process.pid; 
const clock = new MonotonicClock();
const store = await openStore({ kind: "sqlite", path: dir + "/s.db", synchronous: sync });
const prep = await openStore({ kind: "sqlite", path: dir + "/r.db" });
for (const id of ROOM_IDS) { await store.createRoom(benchRoom(id, clock.now())); await prep.createRoom(benchRoom(id, clock.now())); }
await prep.close();
store.startCheckpointing(); const live = (await store.diagnostics()).pragmas.wal_autocheckpoint; console.log("live acp", live);
const raw = new Database(dir + "/r.db"); configureRawSqlite(raw, sync, acp === 0 ? live : acp);
const { startRawCheckpointer } = await import("./dist/raw/checkpoint-worker.js"); const cp = acp === 0 ? await startRawCheckpointer(dir + "/r.db") : null;
const progress = { advance() {}, step() {}, result() {}, warn() {}, elapsed: () => 0 };
for (let i = 0; i < 3; i++) {
const r = await compareRates({ ours: { label: "s", take: mixedMessages("m" + i, 7).take, append: (m) => store.appendMessage(m) }, raw: { label: "r", take: mixedMessages("m" + i, 7).take, append: rawSqliteAppender(raw) } }, { warmup: 2000, slices: 40, seconds: 6, minMessages: 400, maxMessages: 100000 }, 1, progress);
console.log(sync, "acp", acp, "store", r.ours.rate.toFixed(0), "raw", r.raw.rate.toFixed(0), "ratio", (r.ours.rate / r.raw.rate).toFixed(2));
}
await store.close(); await cp?.stop(); raw.close();
if (!process.env.KEEP) import("node:fs").then(fs => fs.rmSync(dir, { recursive: true, force: true })); else console.log(dir);

import Database from "better-sqlite3";
import { openStore, MonotonicClock } from "@moltnet/store";
import { configureRawSqlite, rawSqliteAppender } from "./dist/raw/sqlite-append.js";
import { mixedMessages, benchRoom, ROOM_IDS } from "./dist/fixtures/messages.js";
const path = "/tmp/benchprobe/raw1.db";
const prep = await openStore({ kind: "sqlite", path });
const clock = new MonotonicClock();
for (const id of ROOM_IDS) await prep.createRoom(benchRoom(id, clock.now()));
await prep.close();
const db = new Database(path);
configureRawSqlite(db, process.argv[2] ?? "NORMAL", 0);
const app = rawSqliteAppender(db);
const store = await openStore({ kind: "sqlite", path: "/tmp/benchprobe/st1.db" });
for (const id of ROOM_IDS) await store.createRoom(benchRoom(id, clock.now()));
const src = mixedMessages("m", 7);
const src2 = mixedMessages("m", 7);
for (let r = 0; r < 5; r++) {
  let msgs = src.take(3000);
  let t = performance.now();
  for (const m of msgs) app(m);
  const raw = (performance.now() - t) / 3000 * 1000;
  msgs = src2.take(3000);
  t = performance.now();
  for (const m of msgs) await store.appendMessage(m);
  const st = (performance.now() - t) / 3000 * 1000;
  console.log("raw µs/msg", raw.toFixed(1), "store", st.toFixed(1), "ratio(rate)", (raw/st).toFixed(2));
}
await store.close(); db.close();

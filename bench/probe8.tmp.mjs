import Database from "better-sqlite3";
import { openStore, MonotonicClock } from "@moltnet/store";
import { configureRawSqlite, rawSqliteAppender } from "./dist/raw/sqlite-append.js";
import { mixedMessages, benchRoom, ROOM_IDS } from "./dist/fixtures/messages.js";
const which = process.argv[2];
const clock = new MonotonicClock();
const path = "/tmp/benchprobe/p-" + which + ".db";
const src = mixedMessages("m", 7);
if (which === "raw") {
  const prep = await openStore({ kind: "sqlite", path });
  for (const id of ROOM_IDS) await prep.createRoom(benchRoom(id, clock.now()));
  await prep.close();
  const db = new Database(path);
  configureRawSqlite(db, "NORMAL", Number(process.env.ACP ?? 0));
  const app = rawSqliteAppender(db);
  const msgs = src.take(20000);
  const t = performance.now();
  for (const m of msgs) await Promise.resolve(app(m));
  console.log("raw µs/msg", ((performance.now() - t) / 20000 * 1000).toFixed(1));
  db.close();
} else {
  const store = await openStore({ kind: "sqlite", path });
  for (const id of ROOM_IDS) await store.createRoom(benchRoom(id, clock.now()));
  const msgs = src.take(20000);
  const t = performance.now();
  for (const m of msgs) await store.appendMessage(m);
  console.log("store µs/msg", ((performance.now() - t) / 20000 * 1000).toFixed(1));
  await store.close();
}

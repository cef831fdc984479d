import postgres from "postgres";
import { openStore, MonotonicClock } from "@moltnet/store";
import { rawPostgres, rawPostgresAppender } from "./dist/raw/postgres-append.js";
import { mixedMessages, benchRoom, ROOM_IDS } from "./dist/fixtures/messages.js";
const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice() {} });
const C = Number(process.argv[2] ?? 1);
for (const n of ["bp_store", "bp_raw"]) { await admin.unsafe(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`); await admin.unsafe(`CREATE DATABASE ${n}`); }
const clock = new MonotonicClock();
const store = await openStore({ kind: "postgres", dsn: "postgres://postgres@127.0.0.1:5432/bp_store", maxConnections: C });
const prep = await openStore({ kind: "postgres", dsn: "postgres://postgres@127.0.0.1:5432/bp_raw" });
for (const id of ROOM_IDS) { await store.createRoom(benchRoom(id, clock.now())); await prep.createRoom(benchRoom(id, clock.now())); }
await prep.close();
const sql = rawPostgres("postgres://postgres@127.0.0.1:5432/bp_raw", C);
const raw = rawPostgresAppender(sql);
const s1 = mixedMessages("m", 3), s2 = mixedMessages("m", 3);
async function runAll(fn, msgs) { let i = 0; const t = performance.now(); await Promise.all(Array.from({length: C}, async () => { while (i < msgs.length) await fn(msgs[i++]); })); return msgs.length / ((performance.now() - t) / 1000); }
for (let r = 0; r < 4; r++) {
  const a = await runAll(raw, s1.take(400));
  const b = await runAll((m) => store.appendMessage(m), s2.take(400));
  console.log(`c=${C} raw ${a.toFixed(0)}/s store ${b.toFixed(0)}/s ratio ${(b/a).toFixed(2)}`);
}
await store.close(); await sql.end();
for (const n of ["bp_store", "bp_raw"]) await admin.unsafe(`DROP DATABASE IF EXISTS ${n} WITH (FORCE)`);
await admin.end();

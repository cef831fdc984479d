import postgres from "postgres";
import { openStore } from "@moltnet/store";
const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice() {} });
const N = 200000;
const cols = `"id", "network_id", "target_kind", "room_id", "thread_id", "parent_message_id", "dm_id", "target_json", "from_json", "parts_json", "mentions_json", "created_at", "origin_json"`;
for (const mode of ["indexed", "dropped"]) {
  await admin.unsafe(`DROP DATABASE IF EXISTS bp_copy WITH (FORCE)`); await admin.unsafe(`CREATE DATABASE bp_copy`);
  const dsn = "postgres://postgres@127.0.0.1:5432/bp_copy";
  const s = await openStore({ kind: "postgres", dsn }); await s.createRoom({ id: "history", network_id: "bench", fqid: "x", name: "h", members: [], visibility: "public", write_policy: "members", created_at: "2025-01-01T00:00:00Z" }); await s.close();
  const sql = postgres(dsn, { max: 1, onnotice() {} });
  const t0 = performance.now();
  let defs = [];
  if (mode === "dropped") {
    defs = await sql`select indexname, indexdef from pg_indexes where tablename = 'messages' and indexname <> 'messages_pkey'`;
    for (const d of defs) await sql.unsafe(`drop index "${d.indexname}"`);
  }
  const stream = await sql.unsafe(`copy "messages" (${cols}) from stdin`).writable();
  let lines = [];
  for (let n = 0; n < N; n++) {
    const id = "h-" + String(n).padStart(8, "0");
    lines.push([id, "bench", "room", "history", "\\N", "\\N", "\\N", '{"kind":"room","room_id":"history"}', '{"type":"agent","id":"agent-1","network_id":"bench","fqid":"molt://bench/agents/agent-1"}', '[{"kind":"text","text":"the store appends each message in one transaction and pages history by created at"}]', "null", new Date(1767225600000 + n).toISOString(), `{"network_id":"bench","message_id":"${id}"}`].join("\t") + "\n");
    if (lines.length === 5000) { if (!stream.write(lines.join(""))) await new Promise(r => stream.once("drain", r)); lines = []; }
  }
  await new Promise((res, rej) => { stream.once("error", rej); stream.end(res); });
  const t1 = performance.now();
  for (const d of defs) await sql.unsafe(d.indexdef);
  const t2 = performance.now();
  await sql`analyze messages`;
  console.log(mode, "copy", ((t1 - t0) / 1000).toFixed(1), "index", ((t2 - t1) / 1000).toFixed(1), "analyze", ((performance.now() - t2) / 1000).toFixed(1));
  await sql.end();
}
await admin.unsafe(`DROP DATABASE IF EXISTS bp_copy WITH (FORCE)`); await admin.end();

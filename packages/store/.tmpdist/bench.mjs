import { openSqliteStore } from "./sqlite/sqlite-store.js";
import { mkdtempSync, statSync } from "node:fs";
const dir = mkdtempSync("/tmp/bench-");
const store = await openSqliteStore({ kind: "sqlite", path: dir + "/x.db" });
store.startCheckpointing(); await store.diagnostics();
const NET = "local";
await store.createRoom({ id: "general", network_id: NET, fqid: "molt://local/rooms/general", name: "general", members: [], visibility: "private", write_policy: "members", created_at: "2026-04-01T09:00:00Z" });
const body = "x".repeat(2000);
const times = [];
const base = Date.parse("2026-04-01T09:00:00Z");
let maxWal = 0;
for (let i = 0; i < 20000; i++) {
  const m = { id: `m${i}`, network_id: NET, origin: { network_id: NET, message_id: `m${i}` }, target: { kind: "room", room_id: "general" },
    from: { type: "agent", id: "alpha", network_id: NET }, parts: [{ kind: "text", text: body }, { kind: "file", url: "https://x/a.pdf", filename: "a.pdf" }],
    created_at: new Date(base + i).toISOString() };
  const t = performance.now();
  await store.appendMessage(m);
  times.push(performance.now() - t);
  if (i % 500 === 0) maxWal = Math.max(maxWal, statSync(dir + "/x.db-wal").size);
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.floor(times.length * p)].toFixed(3);
console.log(`AC=${process.env.AC} p50=${q(0.5)} p90=${q(0.9)} p99=${q(0.99)} p999=${q(0.999)} max=${times.at(-1).toFixed(2)} total=${times.reduce((a, b) => a + b, 0).toFixed(0)}ms maxWalMB=${(maxWal/1e6).toFixed(0)}`);
await store.close();

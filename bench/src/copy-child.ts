// Runs one `moltnet copy` in its own process for the copy scenario, so its
// peak RSS is the copy's alone; prints one JSON line with what it measured.
import { copyStore } from "@moltnet/store";

const [from, to] = process.argv.slice(2);
const started = performance.now();
let copied = 0;
const report = await copyStore(from!, to!, {
  onProgress: (p) => {
    if (p.phase === "verify" && copied === 0) copied = performance.now() - started;
  },
});
const total = performance.now() - started;
const messages = report.tables.find((t) => t.table === "messages")?.source.count ?? 0;
process.stdout.write(
  `${JSON.stringify({ ok: report.ok, messages, written: report.written, copyMs: copied || total, totalMs: total, maxRssKb: process.resourceUsage().maxRSS })}\n`,
);

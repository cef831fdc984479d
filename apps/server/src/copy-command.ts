// `moltnet copy [--verify] <from> <to>`: the copy engine is @moltnet/store's
// copyStore; this module parses nothing but its two arguments, shows progress
// and prints the verification.
import { copyStore, type CopyReport } from "@moltnet/store";
import { messageOf } from "./boot.js";
import { createRedactor } from "./config/redact.js";
import { createProgress } from "./progress.js";

export interface CopyContext {
  cwd: string;
  out: (text: string) => void;
  err: (text: string) => void;
  tty: boolean;
}

export async function runCopy(
  ctx: CopyContext,
  from: string,
  to: string,
  options: { verifyOnly: boolean; batchSize?: number | undefined },
): Promise<number> {
  const { verifyOnly } = options;
  // DSNs on the command line may carry passwords: mask them in anything printed.
  const dsns = [from, to].filter((a) => /^postgres(ql)?:\/\//i.test(a.trim()));
  const redact = createRedactor([...dsns, ...dsns.flatMap(passwords)]);
  const progress = createProgress({ write: ctx.err, tty: ctx.tty });
  const started = Date.now();
  let report: CopyReport;
  try {
    report = await copyStore(from, to, {
      cwd: ctx.cwd,
      verifyOnly,
      ...(options.batchSize ? { batchSize: options.batchSize } : {}),
      log: (line) => {
        progress.end();
        ctx.out(`${redact(line)}\n`);
      },
      onProgress: (p) => progress.update(`${p.phase} ${p.table}`, p.done, p.total),
    });
  } catch (err) {
    progress.end();
    ctx.err(`moltnet: cannot copy: ${redact(messageOf(err))}\n`);
    return 1;
  }
  progress.end();
  const seconds = (Date.now() - started) / 1000;
  ctx.out(`copy: ${report.from} -> ${report.to}${report.resumed ? " (resumed)" : ""}\n`);
  for (const t of report.tables) {
    const status = t.equal
      ? "ok"
      : `DIFFERS (source ${t.source.count} rows, checksum ${t.source.checksum}; target ${t.target.count} rows, checksum ${t.target.checksum})`;
    ctx.out(`verify: ${t.table.padEnd(16)} ${String(t.source.count).padStart(9)} rows  ${status}\n`);
  }
  if (report.microseconds) {
    ctx.out(
      report.rounded > 0
        ? `copy: ${report.rounded} time value(s) were finer than a microsecond and rounded (Postgres keeps microseconds); compared at microseconds\n`
        : `copy: no time was finer than a microsecond; compared at microseconds\n`,
    );
  }
  if (!report.ok) {
    const bad = report.tables.filter((t) => !t.equal).map((t) => t.table);
    ctx.err(
      `moltnet: copy verification failed: ${bad.join(", ")} differ${bad.length === 1 ? "s" : ""} between ${report.from} and ${report.to}\n`,
    );
    return 1;
  }
  const rows = report.written;
  ctx.out(
    verifyOnly
      ? `verify: equal\n`
      : `copy: done, ${rows} rows written in ${seconds.toFixed(1)} s (${Math.round(rows / Math.max(seconds, 0.001))} rows/s), verified\n`,
  );
  return 0;
}

function passwords(text: string): string[] {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@]*)@/i.exec(text.trim());
  if (!m?.[1]) return [];
  try {
    return [m[1], decodeURIComponent(m[1])];
  } catch {
    return [m[1]];
  }
}

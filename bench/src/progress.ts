// Progress on stderr while the bench runs, so stdout carries only the table.
// On a terminal a long step redraws one line with its percentage; elsewhere
// (CI logs) it prints a line every quarter, so logs stay short.

export interface Progress {
  /** Starts a step: "<scenario> · <what>". */
  step(scenario: string, what: string): void;
  /** Fraction done of the current step, 0..1. */
  advance(fraction: number): void;
  /** A finished measurement worth seeing before the table. */
  result(scenario: string, text: string): void;
  /** A problem that does not stop the run. */
  warn(scenario: string, text: string): void;
  /** Seconds since the run started. */
  elapsed(): number;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = performance.now();
  const tty = stream.isTTY === true;
  let current = "";
  let lastQuarter = -1;
  let lastDraw = 0;
  let open = false;

  const stamp = () => `[${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s]`;
  const endLine = () => {
    if (open) stream.write("\n");
    open = false;
  };

  return {
    step(scenario, what) {
      endLine();
      current = `${scenario} · ${what}`;
      lastQuarter = -1;
      stream.write(`${stamp()} ${current}`);
      open = true;
      if (!tty) endLine();
    },
    advance(fraction) {
      const pct = Math.max(0, Math.min(100, Math.floor(fraction * 100)));
      if (tty) {
        const now = performance.now();
        if (now - lastDraw < 100 && pct < 100) return;
        lastDraw = now;
        stream.write(`\r\x1b[K${stamp()} ${current} ${pct}%`);
        open = true;
        return;
      }
      const quarter = Math.floor(pct / 25);
      if (quarter > lastQuarter && quarter > 0) {
        lastQuarter = quarter;
        stream.write(`${stamp()} ${current} ${quarter * 25}%\n`);
      }
    },
    result(scenario, text) {
      endLine();
      stream.write(`${stamp()} ${scenario} ✓ ${text}\n`);
    },
    warn(scenario, text) {
      endLine();
      stream.write(`${stamp()} ${scenario} ! ${text}\n`);
    },
    elapsed: () => (performance.now() - started) / 1000,
  };
}

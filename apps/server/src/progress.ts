// Progress of long work (copy, backup, migrations) for a person watching:
// on a terminal one line redrawn in place (items/s and ETA per step), and
// otherwise (a log file, a pipe) a plain line per step and every few seconds.
export interface ProgressOptions {
  write: (text: string) => void;
  tty: boolean;
  /** Plain mode: at most one line per this many ms while a step runs. */
  intervalMs?: number;
  now?: () => number;
}

export interface Progress {
  /** `done` of `total` items of the step named `label`. */
  update(label: string, done: number, total: number): void;
  /** Ends the current line (terminal) so the next output starts clean. */
  end(): void;
}

const number = (n: number) => n.toLocaleString("en-US");

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return "?";
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  const m = Math.floor(seconds / 60);
  return m < 60
    ? `${m}m${String(Math.ceil(seconds % 60)).padStart(2, "0")}s`
    : `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}

export function createProgress(options: ProgressOptions): Progress {
  const now = options.now ?? (() => Date.now());
  const interval = options.intervalMs ?? 2000;
  let label: string | null = null;
  let started = 0;
  let lastLine = 0;
  let lastText = "";
  let open = false;
  /** Plain mode: this step has printed a line (so its end is printed too). */
  let printed = false;

  const render = (done: number, total: number): string => {
    const elapsed = Math.max(0.001, (now() - started) / 1000);
    const rate = done / elapsed;
    const percent = total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 100;
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    if (!options.tty)
      return `${label}: ${number(done)}/${number(total)} (${percent}%), ${number(Math.round(rate))}/s, ETA ${duration(eta)}`;
    const width = 24;
    const filled = Math.round((percent / 100) * width);
    return `${label!.padEnd(28)} [${"#".repeat(filled)}${".".repeat(width - filled)}] ${number(done)}/${number(total)} ${percent}%  ${number(Math.round(rate))}/s  ETA ${duration(eta)}`;
  };

  return {
    update(next, done, total) {
      const t = now();
      if (next !== label) {
        if (open) options.write("\n");
        open = false;
        label = next;
        started = t;
        lastLine = t;
        printed = false;
      }
      const finished = done >= total;
      if (options.tty) {
        const text = render(done, total);
        if (text !== lastText) options.write(`\r\x1b[K${text}`);
        lastText = text;
        open = true;
        return;
      }
      // A step that ends before the first interval prints nothing: the summary that follows says enough.
      if (t - lastLine >= interval || (finished && printed)) {
        options.write(`${render(done, total)}\n`);
        lastLine = t;
        printed = !finished;
      }
    },
    end() {
      if (open) options.write("\n");
      open = false;
      label = null;
    },
  };
}

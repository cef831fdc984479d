// Where log lines go on their way to stdout. A line per request is the
// server's busiest write: written one by one, each line is a system call and a
// pass through the stream machinery, which measured about a fifth of a
// message POST's CPU. Lines are instead gathered and written once per turn of
// the event loop (or as soon as 64 KiB wait), in order. Nothing waits longer
// than the current turn; `flush` writes what is pending at once (on exit).

export interface LogSink {
  write(line: string): void;
  flush(): void;
}

const MAX_PENDING_CHARS = 64 * 1024;

export function batchedSink(write: (chunk: string) => void): LogSink {
  let pending: string[] = [];
  let size = 0;
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    if (pending.length === 0) return;
    const chunk = pending.length === 1 ? pending[0]! : pending.join("");
    pending = [];
    size = 0;
    write(chunk);
  };
  return {
    write(line) {
      pending.push(line);
      size += line.length;
      if (size >= MAX_PENDING_CHARS) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    },
    flush,
  };
}

// The progress display of long work: a bar redrawn in place on a terminal
// (items/s and ETA), plain lines at most every interval otherwise.
import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/progress.js";

function clocked(tty: boolean) {
  let now = 0;
  const written: string[] = [];
  const progress = createProgress({ write: (t) => written.push(t), tty, intervalMs: 2000, now: () => now });
  return { progress, written, advance: (ms: number) => (now += ms) };
}

describe("progress", () => {
  it("on a terminal: one line per step, redrawn in place, with rate and ETA", () => {
    const { progress, written, advance } = clocked(true);
    progress.update("copy messages", 0, 1000);
    advance(1000);
    progress.update("copy messages", 250, 1000);
    advance(1000);
    progress.update("copy messages", 500, 1000);
    progress.update("copy artifacts", 10, 10);
    progress.end();
    expect(written[1]).toBe(
      "\r\x1b[Kcopy messages                [######..................] 250/1,000 25%  250/s  ETA 3s",
    );
    expect(written[2]).toContain("500/1,000 50%  250/s  ETA 2s");
    expect(written[3]).toBe("\n");
    expect(written[4]).toMatch(/^\r\x1b\[Kcopy artifacts +\[#{24}\] 10\/10 100%/);
    expect(written.at(-1)).toBe("\n");
  });

  it("elsewhere: nothing for a step shorter than the interval, else a line per interval and one at the end", () => {
    const { progress, written, advance } = clocked(false);
    progress.update("copy rooms", 0, 4);
    progress.update("copy rooms", 4, 4);
    expect(written).toEqual([]);
    progress.update("copy messages", 0, 9000);
    advance(1000);
    progress.update("copy messages", 1000, 9000);
    advance(1500);
    progress.update("copy messages", 2500, 9000);
    advance(500);
    progress.update("copy messages", 3000, 9000);
    advance(3000);
    progress.update("copy messages", 9000, 9000);
    expect(written).toEqual([
      "copy messages: 2,500/9,000 (27%), 1,000/s, ETA 7s\n",
      "copy messages: 9,000/9,000 (100%), 1,500/s, ETA 0s\n",
    ]);
  });
});

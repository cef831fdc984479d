// Throughput of "ours" against a baseline on a shared, noisy machine (other
// processes, fsync latency that varies by the second). Both sides warm up,
// then the measured messages are cut into many short slices that alternate
// between the sides (A B B A A B ...), so a slow second hits both sides
// alike; each side's rate is its messages over the sum of its slices' time.
import type { Message } from "@moltnet/store";
import type { Progress } from "./progress.js";
import { fmtInt, since, tick } from "./stats.js";

export interface Side {
  label: string;
  /** Fresh messages for this side (pre-generated outside the timed loop). */
  take(n: number): Message[];
  append(message: Message): Promise<unknown> | unknown;
}

export interface RateSizes {
  warmup: number;
  /** Slices per side. */
  slices: number;
  /** Target seconds for the whole measurement of both sides. */
  seconds: number;
  /** Bounds on messages per side, whatever the calibration says. */
  minMessages: number;
  maxMessages: number;
}

export interface RateResult {
  /** Messages per second over all slices. */
  rate: number;
  messages: number;
  seconds: number;
}

/** Appends `messages` with `concurrency` callers in flight; returns the elapsed milliseconds. */
export async function appendAll(side: Side, messages: readonly Message[], concurrency: number): Promise<number> {
  const start = performance.now();
  if (concurrency <= 1) {
    for (const m of messages) await side.append(m);
  } else {
    let next = 0;
    const worker = async () => {
      while (next < messages.length) await side.append(messages[next++]!);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, messages.length) }, worker));
  }
  return since(start);
}

export async function compareRates(
  sides: { ours: Side; raw: Side | null },
  sizes: RateSizes,
  concurrency: number,
  progress: Progress,
): Promise<{ ours: RateResult; raw: RateResult | null }> {
  const list = [sides.ours, ...(sides.raw ? [sides.raw] : [])];
  // Warm-up: statements prepared, threads and DMs created, caches filled. Its
  // rate (the slower side's) sizes the measurement to about `seconds`.
  let slowest = Infinity;
  for (const side of list)
    slowest = Math.min(slowest, sizes.warmup / ((await appendAll(side, side.take(sizes.warmup), concurrency)) / 1000));
  const perSide = Math.round(
    Math.min(sizes.maxMessages, Math.max(sizes.minMessages, (slowest * sizes.seconds) / list.length)),
  );
  const slices = Math.max(1, Math.min(sizes.slices, Math.floor(perSide / Math.max(1, concurrency * 4))));
  const sliceSize = Math.ceil(perSide / slices);
  const batches = list.map((side) => Array.from({ length: slices }, () => side.take(sliceSize)));
  const elapsed = list.map(() => 0);
  for (let s = 0; s < slices; s++) {
    // ABBA order: neither side always runs right after the other's slice.
    const order = s % 2 === 0 ? list.map((_, i) => i) : list.map((_, i) => i).reverse();
    for (const i of order) elapsed[i]! += await appendAll(list[i]!, batches[i]![s]!, concurrency);
    progress.advance((s + 1) / slices);
    await tick();
  }
  const result = (i: number): RateResult => {
    const messages = slices * sliceSize;
    return { rate: messages / (elapsed[i]! / 1000), messages, seconds: elapsed[i]! / 1000 };
  };
  return { ours: result(0), raw: sides.raw ? result(1) : null };
}

export function describeRate(r: RateResult): string {
  return `${fmtInt(r.rate)} msg/s (${fmtInt(r.messages)} in ${r.seconds.toFixed(1)} s)`;
}

// Throughput of "ours" against a baseline on a shared, noisy machine: both
// sides warm up, then measured rounds alternate (ours, raw, raw, ours, ...),
// and each side's best round counts: the best round is the one least
// disturbed by other processes, so best/best compares capacity with capacity.
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
  rounds: number;
  roundSeconds: number;
  minPerRound: number;
  maxPerRound: number;
}

export interface RateResult {
  /** Best round, messages per second. */
  best: number;
  rounds: number[];
  perRound: number;
}

/** Appends `messages` with `concurrency` callers in flight; returns messages per second. */
export async function appendAll(side: Side, messages: readonly Message[], concurrency: number): Promise<number> {
  const start = performance.now();
  if (concurrency <= 1) {
    for (const m of messages) await side.append(m);
  } else {
    let next = 0;
    const worker = async () => {
      while (next < messages.length) await side.append(messages[next++]!);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }
  return messages.length / (since(start) / 1000);
}

export async function compareRates(
  sides: { ours: Side; raw: Side | null },
  sizes: RateSizes,
  concurrency: number,
  progress: Progress,
): Promise<{ ours: RateResult; raw: RateResult | null }> {
  const list = [sides.ours, ...(sides.raw ? [sides.raw] : [])];
  const warm: number[] = [];
  for (const side of list) warm.push(await appendAll(side, side.take(sizes.warmup), concurrency));
  // Size rounds from the slower side's warm-up rate, so neither side's round runs long.
  const slowest = Math.min(...warm);
  const perRound = Math.round(Math.min(sizes.maxPerRound, Math.max(sizes.minPerRound, slowest * sizes.roundSeconds)));
  const results = list.map(() => [] as number[]);
  const total = sizes.rounds * list.length;
  let done = 0;
  for (let r = 0; r < sizes.rounds; r++) {
    const order = r % 2 === 0 ? list.map((_, i) => i) : list.map((_, i) => i).reverse();
    for (const i of order) {
      const side = list[i]!;
      const batch = side.take(perRound);
      await tick();
      results[i]!.push(await appendAll(side, batch, concurrency));
      progress.advance(++done / total);
    }
  }
  const summarize = (rounds: number[]): RateResult => ({ best: Math.max(...rounds), rounds, perRound });
  return { ours: summarize(results[0]!), raw: sides.raw ? summarize(results[1]!) : null };
}

export function describeRounds(r: RateResult): string {
  return `${r.rounds.length} rounds of ${fmtInt(r.perRound)}: ${r.rounds.map(fmtInt).join(", ")} msg/s`;
}

// Caps on concurrent event streams: 128 in total and 16 per identity
// (`token:<id>` or `addr:<ip>`), as in the reference.
export const MAX_STREAMS = 128;
export const MAX_STREAMS_PER_IDENTITY = 16;

export class StreamLimiter {
  #total = 0;
  readonly #perIdentity = new Map<string, number>();

  constructor(
    readonly maxTotal = MAX_STREAMS,
    readonly maxPerIdentity = MAX_STREAMS_PER_IDENTITY,
  ) {}

  get active(): number {
    return this.#total;
  }

  /** Takes a slot; false when either cap is reached. */
  acquire(identity: string): boolean {
    if (this.#total >= this.maxTotal) return false;
    const count = this.#perIdentity.get(identity) ?? 0;
    if (identity !== "" && count >= this.maxPerIdentity) return false;
    this.#total++;
    this.#perIdentity.set(identity, count + 1);
    return true;
  }

  release(identity: string): void {
    const count = this.#perIdentity.get(identity) ?? 0;
    if (count <= 0) return;
    if (count === 1) this.#perIdentity.delete(identity);
    else this.#perIdentity.set(identity, count - 1);
    this.#total--;
  }
}

// A token bucket per key (a remote address): `burst` requests at once, then
// `perMinute` a minute. Used for open agent registration (POST
// /v1/agents/register), and meant for anonymous attach registration too.
// Memory is bounded: at most `maxKeys` buckets; when full, buckets that have
// refilled completely (they carry no information) are dropped first, then the
// oldest.
export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the next request would be allowed (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimitOptions {
  perMinute: number;
  burst: number;
  maxKeys?: number;
  now?: () => number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export class RateLimiter {
  readonly #buckets = new Map<string, Bucket>();
  readonly #perMs: number;
  readonly #burst: number;
  readonly #maxKeys: number;
  readonly #now: () => number;

  constructor(options: RateLimitOptions) {
    this.#perMs = options.perMinute / 60_000;
    this.#burst = Math.max(1, options.burst);
    this.#maxKeys = options.maxKeys ?? 10_000;
    this.#now = options.now ?? (() => Date.now());
  }

  /** False when the limiter lets everything through (a rate of 0 = unlimited). */
  get enabled(): boolean {
    return this.#perMs > 0;
  }

  /** Takes one token for `key` when there is one. */
  take(key: string): RateDecision {
    if (!this.enabled) return { allowed: true, retryAfterSeconds: 0 };
    const now = this.#now();
    let bucket = this.#buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(this.#burst, bucket.tokens + (now - bucket.at) * this.#perMs);
      bucket.at = now;
      // Re-insert so the map's order is least recently used first.
      this.#buckets.delete(key);
    } else {
      this.#evictIfFull(now);
      bucket = { tokens: this.#burst, at: now };
    }
    this.#buckets.set(key, bucket);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / this.#perMs / 1000)) };
  }

  #evictIfFull(now: number): void {
    if (this.#buckets.size < this.#maxKeys) return;
    for (const [key, b] of this.#buckets) {
      if (b.tokens + (now - b.at) * this.#perMs >= this.#burst) this.#buckets.delete(key);
    }
    while (this.#buckets.size >= this.#maxKeys) {
      const oldest = this.#buckets.keys().next().value;
      if (oldest === undefined) break;
      this.#buckets.delete(oldest);
    }
  }
}

// Group commit for the JSON store.
//
// Mutations are applied to memory at once and numbered. One snapshot write
// runs at a time; it covers every mutation applied before it started, and
// resolves all of their promises together once the file and its directory are
// fsynced. Mutations applied while it runs wait for the next write, which
// starts as soon as the current one ends. So N concurrent writers cost about
// two snapshot rewrites, not N, and nobody is acknowledged before their change
// is on disk.
//
// On a failed write, every mutation applied so far is rejected, not only the
// ones the write covered: later ones were applied on top of them. `recover`
// then puts memory back in line with the file (see json-store.ts).

interface Waiter {
  seq: number;
  resolve(): void;
  reject(err: unknown): void;
}

export interface GroupCommitHooks {
  /** Captures the current state synchronously when called, then writes it durably. */
  write(): Promise<void>;
  /** After a failed write: restore memory to what the file holds. Called synchronously after the rejections. */
  recover(err: unknown): Promise<void>;
  /** The error handed to the writers whose changes were not saved. */
  failure(err: unknown): Error;
}

export class SnapshotGroupCommit {
  #applied = 0;
  #durable = 0;
  #waiters: Waiter[] = [];
  /** Set synchronously when the loop starts and ends, so a change applied as it ends is never stranded. */
  #active = false;
  #done: Promise<void> = Promise.resolve();
  #writes = 0;

  constructor(private readonly hooks: GroupCommitHooks) {}

  /** Snapshot writes completed so far (tests and diagnostics). */
  get writes(): number {
    return this.#writes;
  }

  /** A change was just applied to memory: resolves once a snapshot containing it is durable. */
  changed(): Promise<void> {
    const seq = ++this.#applied;
    const done = this.#wait(seq);
    if (!this.#active) {
      this.#active = true;
      // Start on the next microtask: changes applied in the same synchronous
      // burst (Promise.all of many writes) then share the first snapshot.
      this.#done = Promise.resolve().then(() => this.#loop());
    }
    return done;
  }

  /**
   * Nothing changed (an idempotent call): resolves once everything applied so
   * far is durable, so a retry is never acknowledged before the original is.
   */
  settled(): Promise<void> {
    return this.#durable >= this.#applied ? Promise.resolve() : this.#wait(this.#applied);
  }

  /** Resolves when no write is running or pending. */
  async idle(): Promise<void> {
    while (this.#active) await this.#done;
  }

  async #loop(): Promise<void> {
    while (this.#durable < this.#applied) {
      const upTo = this.#applied;
      try {
        await this.hooks.write();
        this.#writes++;
        this.#durable = upTo;
        this.#settle(upTo, null);
      } catch (err) {
        const lost = this.#applied;
        this.#settle(lost, this.#failure(err));
        // Changes applied after this point build on the recovered state and are
        // numbered above `lost`, so the next round writes them.
        await this.hooks.recover(err).catch(() => {});
        this.#durable = lost;
      }
    }
    // Same synchronous step as the last check: a change applied after it starts a new loop.
    this.#active = false;
  }

  #failure(err: unknown): Error {
    try {
      return this.hooks.failure(err);
    } catch {
      return err instanceof Error ? err : new Error(String(err));
    }
  }

  #wait(seq: number): Promise<void> {
    return new Promise<void>((resolve, reject) => this.#waiters.push({ seq, resolve, reject }));
  }

  #settle(upTo: number, err: Error | null): void {
    const keep: Waiter[] = [];
    for (const w of this.#waiters) {
      if (w.seq > upTo) keep.push(w);
      else if (err) w.reject(err);
      else w.resolve();
    }
    this.#waiters = keep;
  }
}

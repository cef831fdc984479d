// Group commit for message appends. Under concurrent load most of an append's
// cost is the commit (SQLite writing the touched pages to the WAL, Postgres a
// round trip and a WAL flush), not the rows. So appends that arrive during one
// turn of the event loop are queued and written together, one transaction per
// group, at the end of that turn (setImmediate). Every caller still learns its
// own outcome, and only after the transaction holding its message committed:
// acknowledgement never runs ahead of durability.
//
// Asynchronous writers (Postgres) start a group at once when none is being
// written, and gather the appends that arrive meanwhile into the next group,
// which starts when the one in flight finishes: an append alone pays no wait,
// and under load the groups grow with the commit latency.
//
// A group is written in arrival order, so a group has the same outcome as its
// appends written one after another: ids, counters and created-thread flags
// all come out as they would sequentially.

/** One result per item, in order: the value, or the error that item alone failed with. */
export type GroupOutcome<R> = Array<{ ok: true; value: R } | { ok: false; error: unknown }>;

interface Waiting<I, R> {
  item: I;
  resolve(value: R): void;
  reject(error: unknown): void;
}

export class AppendGroupCommit<I, R> {
  #queue: Waiting<I, R>[] = [];
  #scheduled = false;
  #inFlight = 0;
  #idle: Array<() => void> = [];

  /**
   * `write` writes a whole group (one transaction) and reports each item's
   * outcome; if it throws, every item of the group fails with that error.
   * `maxGroup` bounds a transaction's size (and how long it holds the writer).
   * `async` selects the start-at-once mode described above, with at most
   * `maxInFlight` groups being written at a time (default 1).
   */
  constructor(
    private readonly write: (items: readonly I[]) => GroupOutcome<R> | Promise<GroupOutcome<R>>,
    private readonly options: { maxGroup?: number; async?: boolean; maxInFlight?: number } = {},
  ) {}

  submit(item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (this.options.async) {
        this.#flush();
        return;
      }
      if (!this.#scheduled) {
        this.#scheduled = true;
        setImmediate(this.#flush);
      }
    });
  }

  /** Resolves once nothing is queued or being written (for close). */
  settled(): Promise<void> {
    if (this.#queue.length === 0 && this.#inFlight === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  readonly #flush = (): void => {
    this.#scheduled = false;
    const limit = this.options.async ? (this.options.maxInFlight ?? 1) : Infinity;
    while (this.#queue.length > 0 && this.#inFlight < limit) {
      const group = this.#queue.splice(0, this.options.maxGroup ?? 128);
      this.#inFlight++;
      let outcome: GroupOutcome<R> | Promise<GroupOutcome<R>>;
      try {
        outcome = this.write(group.map((w) => w.item));
      } catch (err) {
        this.#settle(group, err);
        continue;
      }
      if (Array.isArray(outcome)) this.#deliver(group, outcome);
      else
        outcome.then(
          (o) => this.#deliver(group, o),
          (err: unknown) => this.#settle(group, err),
        );
    }
  };

  #deliver(group: readonly Waiting<I, R>[], outcome: GroupOutcome<R>): void {
    for (let i = 0; i < group.length; i++) {
      const w = group[i]!;
      const o = outcome[i];
      if (!o) w.reject(new Error("group commit: no outcome for an item"));
      else if (o.ok) w.resolve(o.value);
      else w.reject(o.error);
    }
    this.#done();
  }

  #settle(group: readonly Waiting<I, R>[], error: unknown): void {
    for (const w of group) w.reject(error);
    this.#done();
  }

  #done(): void {
    this.#inFlight--;
    // Asynchronous writers: what queued while that group was written goes next.
    if (this.options.async && this.#queue.length > 0) {
      this.#flush();
      return;
    }
    if (this.#inFlight === 0 && this.#queue.length === 0) {
      const idle = this.#idle;
      this.#idle = [];
      for (const resolve of idle) resolve();
    }
  }
}

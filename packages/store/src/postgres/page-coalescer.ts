// Identical history reads that arrive in one turn of the event loop share one
// read. When a room gets a message, every agent and console following it asks
// for the same newest page at about the same moment; on Postgres each page is
// a statement, a round trip and the database's CPU, so N readers cost N times
// what one costs.
//
// Only reads that have not started yet are joined: a read waits for the end of
// the turn it arrived in (setImmediate), and leaves the table as it starts, so
// a request that arrives while it runs starts a new one. Every joiner asked
// before the shared statement was sent, so each gets a page at least as new as
// its own request, exactly as if it had sent the statement itself: a message
// acknowledged before the request is always on it.
export class PageCoalescer<V> {
  readonly #waiting = new Map<string, Promise<V>>();

  /** `read` runs once per key per turn; every caller in that turn gets its outcome. */
  run(key: string, read: () => Promise<V>): Promise<V> {
    const waiting = this.#waiting.get(key);
    if (waiting) return waiting;
    const shared = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.#waiting.delete(key);
      return read();
    });
    this.#waiting.set(key, shared);
    return shared;
  }
}

// Prepared statements that vary by scope and direction are built on first use
// and kept for the life of the store: Drizzle renders the SQL once, and
// postgres.js then prepares it once per pooled connection.
export class StatementCache<K extends string, V> {
  readonly #built = new Map<K, V>();
  readonly #build: (key: K) => V;

  constructor(build: (key: K) => V) {
    this.#build = build;
  }

  get(key: K): V {
    let value = this.#built.get(key);
    if (value === undefined) {
      value = this.#build(key);
      this.#built.set(key, value);
    }
    return value;
  }
}

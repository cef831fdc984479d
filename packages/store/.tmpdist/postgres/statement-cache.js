// Prepared statements that vary by scope and direction are built on first use
// and kept for the life of the store: Drizzle renders the SQL once, and
// postgres.js then prepares it once per pooled connection.
export class StatementCache {
    #built = new Map();
    #build;
    constructor(build) {
        this.#build = build;
    }
    get(key) {
        let value = this.#built.get(key);
        if (value === undefined) {
            value = this.#build(key);
            this.#built.set(key, value);
        }
        return value;
    }
}
//# sourceMappingURL=statement-cache.js.map
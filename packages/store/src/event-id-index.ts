// Finds an event's position from its id (a `Last-Event-ID`) without an index
// on `events.id` in the database. Event ids are random, so a B-tree on them
// would cost every writing transaction a random page write per event; this
// keeps a 32-bit hash of each retained event's id in memory instead, in
// position order (positions are gapless, so the hash of position p sits at
// p - from), 4 bytes per event.
//
// The index fills lazily: the first lookup reads the ids of every retained
// event in pages (yielding between them, so other requests go on), later ones
// read only what was committed since, by any process on the database. A hash
// match is confirmed against the stored id, so a collision costs one extra
// read, never a wrong answer.

/** Ids of the events with position > `after`, oldest first, at most `limit`. */
export type ReadIds = (after: number, limit: number) => Promise<{ position: number; id: string }[]>;
/** The id stored at `position`, or undefined when no event is there (pruned). */
export type IdAt = (position: number) => Promise<string | undefined>;

/** Ids read per catch-up query. */
const CATCH_UP_PAGE = 5000;

/** FNV-1a over the id's UTF-16 code units; never 0 (0 marks a position with no event). */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 1;
}

export class EventIdIndex {
  #hashes = new Int32Array(1024);
  /** Position of #hashes[0]; 0 until the first event is indexed. */
  #from = 0;
  /** Newest position indexed (0: none). */
  #upTo = 0;
  #catchingUp: Promise<void> | null = null;

  constructor(
    private readonly readIds: ReadIds,
    private readonly idAt: IdAt,
  ) {}

  /** Events held in the index (for tests and metrics). */
  get size(): number {
    return this.#from === 0 ? 0 : this.#upTo - this.#from + 1;
  }

  /** The newest retained position holding `id`, or null. */
  async find(id: string): Promise<number | null> {
    await this.#catchUp();
    const h = idHash(id);
    for (let p = this.#upTo; this.#from !== 0 && p >= this.#from; p--) {
      if (this.#hashes[p - this.#from] !== h) continue;
      if ((await this.idAt(p)) === id) return p;
    }
    return null;
  }

  /** Forgets positions below `oldest` (the log pruned them). */
  trim(oldest: number): void {
    if (this.#from === 0 || oldest <= this.#from) return;
    if (oldest > this.#upTo) {
      // Everything indexed was pruned; the next catch-up starts after #upTo.
      this.#from = 0;
      this.#hashes = new Int32Array(1024);
      return;
    }
    const keep = this.#hashes.subarray(oldest - this.#from, this.size);
    const next = new Int32Array(Math.max(1024, keep.length * 2));
    next.set(keep);
    this.#hashes = next;
    this.#from = oldest;
  }

  /** One catch-up at a time; concurrent lookups share it. */
  #catchUp(): Promise<void> {
    this.#catchingUp ??= this.#readNew().finally(() => {
      this.#catchingUp = null;
    });
    return this.#catchingUp;
  }

  async #readNew(): Promise<void> {
    for (let first = true; ; first = false) {
      // Between pages, let other work through: a first lookup on a large log reads many pages.
      if (!first) await new Promise((resolve) => setImmediate(resolve));
      const rows = await this.readIds(this.#upTo, CATCH_UP_PAGE);
      for (const row of rows) this.#add(row.position, row.id);
      if (rows.length < CATCH_UP_PAGE) return;
    }
  }

  #add(position: number, id: string): void {
    const used = this.size;
    if (this.#from === 0) this.#from = position;
    const at = position - this.#from;
    if (at >= this.#hashes.length) {
      const next = new Int32Array(Math.max(this.#hashes.length * 2, at + 1));
      next.set(this.#hashes.subarray(0, used));
      this.#hashes = next;
    }
    // Positions skipped by a page (pruned meanwhile) keep 0, which no hash equals.
    this.#hashes.fill(0, used, at);
    this.#hashes[at] = idHash(id);
    this.#upTo = position;
  }
}

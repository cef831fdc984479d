// Rooms and agent registrations kept in memory for the lookups every message
// POST and history page makes (its room, its sender's registration): on a
// warm server those were two of every POST's ~2.1 statements (pg_stat_database,
// 16 connections, group commit), and a hit costs neither a round trip nor any
// of the database's CPU.
//
// Another server on the same database (or anyone with psql) can change a room
// at any time, so a copy is only ever used by a request that checks it later:
// the cache_generation counter (migration 0009; triggers move it on every
// statement that touches rooms, room_members or agents) is read by the very
// statement the request depends on (the append's transaction, the history
// page), and a request whose counter moved is read again without the cache.
//
// Why that is enough. `generation` is the highest counter any of our
// statements has seen; whenever it rises, every entry is dropped. An entry
// is stored only when the counter read just before its row equals
// `generation`, so each entry reflects the database as it was at `generation`
// or later. A request takes its mark (the current `generation`) before any
// read. If its checking statement then sees the counter equal to the mark,
// nothing changed from the mark up to that statement, so every copy it used
// was still the database's state: the same guarantee as reading the rows in
// the request itself (the plain server's `SELECT` before its `INSERT`).
import type { Sql } from "postgres";
import { deepFreeze } from "../freeze.js";
import type { CheckedReads, ReadMark } from "../store.js";
import type { AgentRegistration, Room } from "../types.js";

/** Keys held per kind before starting over (bounds a client asking for many unknown rooms). */
const MAX_ENTRIES = 4096;

/** The counter, as a scalar subquery any statement can carry as one more column. */
export const GENERATION_SQL = `(select "generation" from "cache_generation" where "id" = 1)`;

/** The counter alone, on `sql` (a pool or a transaction); sent at once, whether or not it is awaited yet. */
export function readGeneration(sql: Pick<Sql, "unsafe">): Promise<number> {
  return sql
    .unsafe<{ generation: string }[]>(`select ${GENERATION_SQL}::text as "generation"`, [], { prepare: true })
    .then(([row]) => generationOf(row?.generation));
}

/**
 * The counter as a statement returned it. Without its row (a TRUNCATE, a
 * hand-made reset) the triggers have nothing to move, so no value can be
 * trusted: NaN, which equals no mark and keeps the cache unused.
 */
export function generationOf(text: string | null | undefined): number {
  return text === null || text === undefined ? Number.NaN : Number(text);
}

/** Where a statement that read the counter reports it. */
export interface CounterSink {
  observe(generation: number): void;
}

export interface Loaders {
  generation(): Promise<number>;
  room(id: string): Promise<Room | null>;
  agent(agentId: string): Promise<AgentRegistration | null>;
}

export class GenerationCache implements CounterSink {
  #generation: number | null = null;
  #learning: Promise<void> | null = null;
  readonly #rooms = new Map<string, Room | null>();
  readonly #agents = new Map<string, AgentRegistration | null>();

  constructor(private readonly load: Loaders) {}

  /** A counter value one of our statements read: a higher one than known drops every entry. */
  observe(generation: number): void {
    if (this.#generation !== null && generation <= this.#generation) return; // false for NaN on either side
    this.#generation = generation;
    this.#rooms.clear();
    this.#agents.clear();
  }

  /** After a write through this store: its trigger moved the counter; drop the copies now rather than at the next check. */
  forget(): void {
    this.#rooms.clear();
    this.#agents.clear();
  }

  /** Whether `mark` is still the highest counter seen (meaningful after a statement that read it). */
  current(mark: ReadMark): boolean {
    return this.#generation === mark.generation;
  }

  /**
   * Reads for one request, or null until the counter is known: then reads go
   * to the database unchecked, as without a cache, and the counter is read
   * once in the background.
   */
  reads(): CheckedReads | null {
    if (this.#generation === null || Number.isNaN(this.#generation)) {
      if (this.#learning === null) {
        this.#learning = this.load
          .generation()
          .then(
            (generation) => this.observe(generation),
            () => {},
          )
          .finally(() => (this.#learning = null));
      }
      return null;
    }
    const mark = { generation: this.#generation } as ReadMark;
    return {
      mark,
      getRoom: (id) => this.#read(this.#rooms, id, () => this.load.room(id)),
      getRegisteredAgent: (agentId) => this.#read(this.#agents, agentId, () => this.load.agent(agentId)),
      current: () => this.current(mark),
    };
  }

  async #read<V extends object>(entries: Map<string, V | null>, key: string, load: () => Promise<V | null>) {
    const known = entries.get(key);
    if (known !== undefined) return known;
    // The counter first, then the row: the row is then at least as new as the counter says.
    const before = await this.load.generation();
    this.observe(before);
    const value = await load();
    if (this.#generation !== before) return value;
    if (entries.size >= MAX_ENTRIES) entries.clear();
    const frozen = value === null ? null : deepFreeze(value);
    entries.set(key, frozen);
    return frozen;
  }
}

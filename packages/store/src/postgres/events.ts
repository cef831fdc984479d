// The Postgres event log (see ../events.ts), shared by every server on the
// database.
//
// The hazard: positions taken from a sequence are handed out in one order and
// committed in another, so a reader that read position 7 while 6 was still
// uncommitted would move past 6 for good. Here a writer takes a
// transaction-scoped advisory lock right before it reads the head and inserts
// at head + 1…: the next writer can only read the head once the previous one
// has committed (or rolled back) and released the lock, so positions are
// gapless and visible in position order. Any snapshot that shows position N
// shows every position below it, and readers can advance by position alone.
// The lock is taken as the last step of the writing transaction, so it is held
// for the commit only, not for the change.
//
// Wake-ups: writers NOTIFY in the same transaction (delivered at commit), and
// one dedicated connection per store LISTENs. A notification is only a hint;
// readers always read the table by position, and after the listener
// reconnects the watchers are woken to catch up on whatever they missed.
import { sql as dsql, type SQL } from "drizzle-orm";
import type { Sql } from "postgres";
import {
  MAX_EVENT_PAGE,
  PRUNE_BATCH,
  type EventLog,
  type EventLogBounds,
  type EventRetention,
  type EventWatchStatus,
  type NewEvent,
  type StoredEvent,
} from "../events.js";
import { EventIdIndex } from "../event-id-index.js";
import type { Tx } from "./connection.js";

/** Advisory lock key serializing event writers (distinct from the migration lock). */
export const EVENT_WRITER_LOCK_ID = "715308742994555160";
export const EVENT_CHANNEL = "moltnet_events";

const LOCK = `SELECT pg_advisory_xact_lock(${EVENT_WRITER_LOCK_ID}::bigint)`;
const INSERT_ONE = `INSERT INTO events (position, id, type, data, recorded_at) SELECT coalesce(max(position), 0) + 1, $1, $2, $3, $4 FROM events`;
const NOTIFY = `SELECT pg_notify('${EVENT_CHANNEL}', '')`;
/** A group's events in one statement, with the notification (delivered at commit). */
const INSERT_MANY_AND_NOTIFY = `WITH head AS (SELECT coalesce(max(position), 0) AS p FROM events),
inserted AS (
  INSERT INTO events (position, id, type, data, recorded_at)
  SELECT head.p + e.n, e.id, e.type, e.data, $4 FROM head, unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS e(id, type, data, n)
  RETURNING 1
)
SELECT pg_notify('${EVENT_CHANNEL}', '') FROM (SELECT count(*) FROM inserted) done`;

/** Runs one statement with positional parameters inside the caller's transaction; `arrays` when it can bind text arrays. */
export interface EventExec {
  (text: string, params: (string | number)[]): PromiseLike<unknown>;
  arrays?: (text: string, params: (string[] | number)[]) => PromiseLike<unknown>;
}

/** A postgres.js transaction as an EventExec (binds arrays: a group's events go in one statement). */
export function sqlExec(tx: Pick<Sql, "unsafe">): EventExec {
  // execute(): sent at once, in the order issued (a postgres.js query otherwise waits to be awaited).
  const exec: EventExec = (text, params) => tx.unsafe(text, params, { prepare: true }).execute();
  exec.arrays = (text, params) => tx.unsafe(text, params as never[], { prepare: true }).execute();
  return exec;
}

/** A Drizzle transaction as an EventExec. */
export function drizzleExec(tx: Tx): EventExec {
  return (text, params) => tx.execute(withParams(text, params));
}

function withParams(text: string, params: (string | number)[]): SQL {
  const chunks = text.split(/\$(\d+)/);
  const parts: SQL[] = [];
  chunks.forEach((chunk, i) => parts.push(i % 2 === 0 ? dsql.raw(chunk) : dsql`${params[Number(chunk) - 1]}`));
  return dsql.join(parts);
}

/**
 * Stores events at the next positions. Call it as the last statement(s) of
 * the writing transaction: from here to commit, other event writers wait.
 * Statements are issued together and postgres.js pipelines them in order.
 */
export async function insertEvents(exec: EventExec, events: readonly NewEvent[], nowMs = Date.now()): Promise<void> {
  if (events.length === 0) return;
  const pending: PromiseLike<unknown>[] = [exec(LOCK, [])];
  if (exec.arrays) {
    pending.push(
      exec.arrays(INSERT_MANY_AND_NOTIFY, [
        events.map((e) => e.id),
        events.map((e) => e.type),
        events.map((e) => e.data),
        nowMs,
      ]),
    );
  } else {
    for (const e of events) pending.push(exec(INSERT_ONE, [e.id, e.type, e.data, nowMs]));
    pending.push(exec(NOTIFY, []));
  }
  // Settle all before failing so nothing is in flight when the transaction rolls back.
  const settled = await Promise.allSettled(pending);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
}

interface Row {
  position: string | number;
  id: string;
  type: string;
  data: string;
}

const LISTEN_RETRY_MIN_MS = 200;
const LISTEN_RETRY_MAX_MS = 3000;

export class PgEventLog implements EventLog {
  readonly #watchers = new Set<() => void>();
  #listener: Sql | null = null;
  #listening = false;
  #reconnects = 0;
  #stopped = false;
  #retry: NodeJS.Timeout | null = null;
  readonly #index = new EventIdIndex(
    (after, limit) =>
      this.run("find event", async () => {
        const rows = await this.pool.unsafe<{ position: string; id: string }[]>(
          "SELECT position, id FROM events WHERE position > $1 ORDER BY position LIMIT $2",
          [after, limit],
          { prepare: true },
        );
        return rows.map((r) => ({ position: Number(r.position), id: r.id }));
      }),
    (position) =>
      this.run("find event", async () => {
        const [row] = await this.pool.unsafe<{ id: string }[]>(
          "SELECT id FROM events WHERE position = $1",
          [position],
          {
            prepare: true,
          },
        );
        return row?.id;
      }),
  );

  constructor(
    private readonly pool: Sql,
    /** Runs a store operation (closed check, error mapping); see postgres-store.ts. */
    private readonly run: <T>(doing: string, op: () => Promise<T>) => Promise<T>,
    /** Opens the dedicated LISTEN connection (same server and credentials as the pool). */
    private readonly openListener: (hooks: { onnotify: () => void; onclose: () => void }) => Sql,
    private readonly log: (line: string) => void,
  ) {}

  append(events: readonly NewEvent[]): Promise<void> {
    return this.run("append events", async () => {
      await this.pool.begin((tx) => insertEvents(sqlExec(tx), events));
      this.committed();
    });
  }

  read(after: number, limit: number): Promise<StoredEvent[]> {
    const n = Math.max(0, Math.min(limit, MAX_EVENT_PAGE));
    return this.run("read events", async () => {
      const rows = await this.pool.unsafe<Row[]>(
        "SELECT position, id, type, data FROM events WHERE position > $1 ORDER BY position LIMIT $2",
        [after, n],
        { prepare: true },
      );
      return rows.map((r) => ({ position: Number(r.position), id: r.id, type: r.type, data: r.data }));
    });
  }

  find(id: string): Promise<number | null> {
    return this.#index.find(id);
  }

  bounds(): Promise<EventLogBounds | null> {
    return this.run("read event bounds", async () => {
      const rows = await this.pool.unsafe<{ position: string; id: string }[]>(
        "(SELECT position, id FROM events ORDER BY position LIMIT 1) UNION ALL (SELECT position, id FROM events ORDER BY position DESC LIMIT 1)",
        [],
        { prepare: true },
      );
      if (rows.length < 2) return null;
      const [oldest, newest] = rows.map((r) => ({ position: Number(r.position), id: r.id }));
      return { oldest: oldest!, newest: newest! };
    });
  }

  head(): Promise<number> {
    return this.run("read event head", async () => {
      const [row] = await this.pool.unsafe<{ head: string }[]>(
        "SELECT coalesce(max(position), 0) AS head FROM events",
        [],
        { prepare: true },
      );
      return Number(row?.head ?? 0);
    });
  }

  async prune(retention: EventRetention, nowMs = Date.now()): Promise<number> {
    const head = await this.head();
    let pruned = 0;
    const batch = async (text: string, params: number[]) => {
      const result = await this.run("prune events", () => this.pool.unsafe(text, params, { prepare: true }));
      return result.count;
    };
    for (;;) {
      const n = await batch(
        "DELETE FROM events WHERE position IN (SELECT position FROM events WHERE position <= $1 ORDER BY position LIMIT $2)",
        [head - Math.max(1, retention.maxCount), PRUNE_BATCH],
      );
      pruned += n;
      if (n < PRUNE_BATCH) break;
    }
    for (;;) {
      const n = await batch(
        "DELETE FROM events WHERE position IN (SELECT position FROM (SELECT position, recorded_at FROM events WHERE position < $1 ORDER BY position LIMIT $2) oldest WHERE recorded_at < $3)",
        [head, PRUNE_BATCH, nowMs - retention.maxAgeMs],
      );
      pruned += n;
      if (n < PRUNE_BATCH) break;
    }
    // Always: another server on the database may have done the pruning.
    const bounds = await this.bounds();
    if (bounds) this.#index.trim(bounds.oldest.position);
    return pruned;
  }

  /** Wakes this process's watchers (after a local commit with events). */
  committed(): void {
    for (const wake of this.#watchers) wake();
  }

  watch(wake: () => void): () => void {
    this.#watchers.add(wake);
    if (!this.#listener && !this.#stopped) this.#startListener();
    return () => this.#watchers.delete(wake);
  }

  status(): EventWatchStatus {
    return { listening: this.#listening || this.#listener === null, reconnects: this.#reconnects };
  }

  #startListener(): void {
    this.#listener = this.openListener({
      onnotify: () => this.committed(),
      onclose: () => {
        if (this.#stopped) return;
        if (this.#listening) {
          this.#listening = false;
          this.#reconnects++;
          this.log("store: postgres event listener lost its connection; reconnecting");
        }
        this.#scheduleListen(LISTEN_RETRY_MIN_MS);
      },
    });
    void this.#listen(LISTEN_RETRY_MIN_MS);
  }

  #scheduleListen(delay: number): void {
    if (this.#retry || this.#stopped) return;
    this.#retry = setTimeout(() => {
      this.#retry = null;
      void this.#listen(delay);
    }, delay);
    this.#retry.unref();
  }

  async #listen(delay: number): Promise<void> {
    const listener = this.#listener;
    if (!listener || this.#stopped || this.#listening) return;
    try {
      await listener.unsafe(`LISTEN ${EVENT_CHANNEL}`);
    } catch {
      this.#scheduleListen(Math.min(delay * 2, LISTEN_RETRY_MAX_MS));
      return;
    }
    if (this.#stopped) return;
    this.#listening = true;
    // Whatever committed while nobody listened is read now.
    this.committed();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#retry) clearTimeout(this.#retry);
    this.#retry = null;
    const listener = this.#listener;
    this.#listener = null;
    this.#listening = false;
    await listener?.end({ timeout: 0 }).catch(() => {});
  }
}

// appendMessage: one transaction that writes the message, creates or bumps its
// thread or DM, records DM participants and the message's artifacts.
//
// Order matters: the conversation row comes first because the message row
// references it, and its upsert locks that row, so concurrent appends to one
// new thread queue up behind the first and each sees the count the previous one
// left. The message insert is ON CONFLICT (id) DO NOTHING RETURNING: a
// duplicate id (even one committed a moment ago by another connection) shows
// up as "no row returned" instead of an error that would abort the
// transaction, and we roll everything back, counters included.
//
// Round trips: the conversation upsert is the only statement whose answer the
// rest needs (it decides whether a thread or DM was created, which the result
// and the events carry). Everything after it (the message, DM participants,
// artifacts, and last the events with their writer lock) is issued at once
// and postgres.js pipelines it, so storing events costs no round trip of its
// own (bench events scenario, 16 concurrent appends on a 2-core machine: the
// rate with events went from about 0.83x to 0.86x of the same store without
// them, mean of 7 interleaved runs). A duplicate id still rolls everything
// back: the message's empty answer is checked first, before any error the
// statements queued behind it met.
//
// Cost: Drizzle renders a query builder to SQL on every call, which cost more
// client CPU than everything else in an append (about 350 µs of ~500 µs,
// measured with --cpu-prof at 16 concurrent appends). So the statements are
// rendered once per store, with placeholders (multi-row inserts once per row
// count), and executed as prepared statements on the transaction's postgres.js
// connection: a Drizzle prepared query is bound to the pool, not to a transaction.
import { fillPlaceholders, sql, type Query } from "drizzle-orm";
import type { Sql, TransactionSql } from "postgres";
import { postgres as schema } from "@moltnet/schema";
import { extractArtifacts } from "../artifacts.js";
import { messageParticipants } from "../participants.js";
import { artifactToRow, messageToRow, type ArtifactRow } from "../sql/rows.js";
import { MESSAGE_FIELDS } from "../sql/message-select.js";
import { artifactColumns, messageColumns } from "../sql/columns.js";
import type { AppendedResult, AppendItem, AppendResult, StaleReads } from "../store.js";
import { eventsFor, type NewEvent } from "../events.js";
import { insertEvents, sqlExec } from "./events.js";
import type { GroupOutcome } from "../append-group-commit.js";
import type { DirectConversation, Message, Thread } from "../types.js";
import type { Db } from "./connection.js";
import { dmFqid, threadFqid } from "../fqid.js";
import { pgTime, toThread } from "./rows.js";
import { StatementCache } from "./statement-cache.js";
import { isConnectionError } from "./errors.js";
import { guardedTransaction } from "./transaction.js";
import { readGeneration, type CounterSink } from "./cache-generation.js";

const { messages, threads, dmConversations, dmParticipants, artifacts } = schema;
const ph = sql.placeholder;

/** Thrown inside the transaction to roll it back when the id is taken. */
class DuplicateMessage extends Error {}

/** Thrown inside the transaction to roll it back when the request's cached reads went stale (cache-generation.ts). */
class StaleAppend extends Error {}

type Values = Record<string, unknown>;

const ARTIFACT_FIELDS: readonly (keyof ArtifactRow)[] = [
  "id",
  "networkId",
  "fqid",
  "messageId",
  "targetKind",
  "roomId",
  "threadId",
  "dmId",
  "targetJson",
  "partIndex",
  "kind",
  "mediaType",
  "filename",
  "url",
  "createdAt",
];

/** Placeholders for row `i` of a multi-row insert: `<field>_<i>`. */
function rowPlaceholders<K extends string>(fields: readonly K[], i: number): Record<K, ReturnType<typeof ph>> {
  return Object.fromEntries(fields.map((f) => [f, ph(`${f}_${i}`)])) as Record<K, ReturnType<typeof ph>>;
}

function rowValues(fields: readonly string[], rows: readonly object[]): Values {
  const out: Values = {};
  rows.forEach((row, i) => {
    for (const f of fields) out[`${f}_${i}`] = (row as Values)[f];
  });
  return out;
}

function buildStatements(db: Db) {
  return {
    thread: db
      .insert(threads)
      .values({
        id: ph("id"),
        networkId: ph("networkId"),
        fqid: ph("fqid"),
        roomId: ph("roomId"),
        parentMessageId: ph("parentMessageId"),
        messageCount: 1,
        lastMessageAt: ph("lastMessageAt"),
      })
      .onConflictDoUpdate({
        target: threads.id,
        set: {
          messageCount: sql`${threads.messageCount} + 1`,
          lastMessageAt: sql`excluded.last_message_at`,
        },
      })
      .returning()
      .toSQL(),
    dm: db
      .insert(dmConversations)
      .values({
        dmId: ph("dmId"),
        networkId: ph("networkId"),
        fqid: ph("fqid"),
        messageCount: 1,
        lastMessageAt: ph("lastMessageAt"),
      })
      .onConflictDoUpdate({
        target: dmConversations.dmId,
        set: {
          messageCount: sql`${dmConversations.messageCount} + 1`,
          lastMessageAt: sql`excluded.last_message_at`,
          networkId: sql`excluded.network_id`,
          fqid: sql`excluded.fqid`,
        },
      })
      .returning({ messageCount: dmConversations.messageCount })
      .toSQL(),
    message: db
      .insert(messages)
      .values(rowPlaceholders(MESSAGE_FIELDS, 0))
      .onConflictDoNothing({ target: messages.id })
      .returning({ id: messages.id })
      .toSQL(),
    participants: new StatementCache<`${number}`, Query>((n) =>
      db
        .insert(dmParticipants)
        .values(Array.from({ length: Number(n) }, (_, i) => rowPlaceholders(["dmId", "participantId"] as const, i)))
        .onConflictDoNothing()
        .toSQL(),
    ),
    artifacts: new StatementCache<`${number}`, Query>((n) =>
      db
        .insert(artifacts)
        .values(Array.from({ length: Number(n) }, (_, i) => rowPlaceholders(ARTIFACT_FIELDS, i)))
        .toSQL(),
    ),
  };
}

type Statements = ReturnType<typeof buildStatements>;
const statementsOf = new WeakMap<Db, Statements>();

function run<R extends object>(tx: Pick<Sql, "unsafe">, statement: Query, values: Values): Promise<R[]> {
  // Sent now, not when first awaited (postgres.js queries are lazy): statements reach the connection in the order issued.
  return tx
    .unsafe(statement.sql, fillPlaceholders(statement.params, values) as never[], {
      prepare: true,
    })
    .execute() as unknown as Promise<R[]>;
}

function statementsFor(db: Db): Statements {
  let st = statementsOf.get(db);
  if (!st) statementsOf.set(db, (st = buildStatements(db)));
  return st;
}

/** The cache_generation counter, read inside the append's transaction (first, so it answers before anything queued behind it). */
function readCounter(tx: TransactionSql, sink: CounterSink): Promise<number> {
  const counter = readGeneration(tx).then((generation) => {
    sink.observe(generation);
    return generation;
  });
  counter.catch(() => {}); // awaited by the caller, or dropped with the failed transaction
  return counter;
}

export async function appendMessage(db: Db, item: AppendItem, sink: CounterSink): Promise<AppendResult | StaleReads> {
  const st = statementsFor(db);
  // The pool Drizzle wraps (drizzle() keeps it as $client; the Db type does not declare it).
  const pool = (db as Db & { $client: Sql }).$client;
  try {
    return (await guardedTransaction(
      (body) => pool.begin(body),
      async (tx: TransactionSql) => {
        const counter = item.mark ? readCounter(tx, sink) : null;
        const started = await startAppend(tx, st, item.message);
        await finish(tx, [started.written], () => eventsFor(item.events, started.result));
        // Checked last, so the message costs no round trip of its own for it; a moved counter rolls everything back.
        if (counter && (await counter) !== item.mark!.generation) throw new StaleAppend();
        return started.result;
      },
    )) as AppendResult;
  } catch (err) {
    if (err instanceof DuplicateMessage) return { status: "duplicate" };
    if (err instanceof StaleAppend) return { status: "stale" };
    throw err;
  }
}

/**
 * Appends a group in one transaction (see append-group-commit.ts): one BEGIN/COMMIT
 * and one WAL flush for all of them. Ids already stored, or repeated within
 * the group, are duplicates up front. If a statement fails inside (a bad
 * message, or an id another connection committed after the check), the group
 * rolls back whole and each message is appended again on its own, so a bad
 * message fails alone and a raced duplicate is answered as one. A lost
 * connection fails the whole group at once.
 */
export async function appendGroup(
  db: Db,
  items: readonly AppendItem[],
  sink: CounterSink,
): Promise<GroupOutcome<AppendResult | StaleReads>> {
  const group = items.map((i) => i.message);
  if (group.length === 1) return [await outcomeOf(appendMessage(db, items[0]!, sink))];
  const st = statementsFor(db);
  if (group.every((m) => m.target.kind === "room")) {
    const fast = await appendRoomGroup(db, st, items, sink);
    if (fast) return fast;
  }
  const pool = (db as Db & { $client: Sql }).$client;
  try {
    return (await guardedTransaction(
      (body) => pool.begin(body),
      async (tx: TransactionSql) => {
        const ids = group.map((m) => m.id);
        // Both answer before any write is issued: a message whose reads went stale is left out of the group.
        const counter = items.some((i) => i.mark) ? readCounter(tx, sink) : null;
        const stored = await tx.unsafe<{ id: string }[]>(EXISTING_IDS, [ids] as never[], { prepare: true });
        const generation = counter ? await counter : null;
        const taken = new Set(stored.map((r) => r.id));
        // Every message's statements are issued at once and postgres.js
        // pipelines them on the transaction's connection, so a group costs a
        // few round trips instead of a few per message. Each message's first
        // statement is issued in arrival order, so thread and DM counters (and
        // who created a thread or DM) come out as if appended one by one.
        const outcome: GroupOutcome<AppendResult | StaleReads> = [];
        const writes: Promise<StartedAppend>[] = [];
        const slots: number[] = [];
        for (const [i, message] of group.entries()) {
          const mark = items[i]!.mark;
          if (mark && mark.generation !== generation) {
            outcome.push({ ok: true, value: { status: "stale" } });
            continue;
          }
          if (taken.has(message.id)) {
            outcome.push({ ok: true, value: { status: "duplicate" } });
            continue;
          }
          taken.add(message.id);
          slots.push(outcome.length);
          outcome.push({ ok: true, value: { status: "duplicate" } });
          writes.push(startAppend(tx, st, message));
        }
        const started = await Promise.allSettled(writes);
        const written = started.flatMap((s) => (s.status === "fulfilled" ? [s.value.written] : []));
        const failed = started.find((s) => s.status === "rejected");
        if (failed) {
          // Settle everything before failing, so no statement is still in flight when the transaction rolls back.
          await Promise.allSettled(written);
          throw failed.reason;
        }
        await finish(tx, written, () => {
          const events: NewEvent[] = [];
          started.forEach((s, i) => {
            const value = (s as PromiseFulfilledResult<StartedAppend>).value.result;
            outcome[slots[i]!] = { ok: true, value };
            events.push(...eventsFor(items[slots[i]!]!.events, value));
          });
          return events;
        });
        return outcome;
      },
    )) as GroupOutcome<AppendResult | StaleReads>;
  } catch (err) {
    // Lost connections and a server going away are the group's fate as a
    // whole: retrying each message alone would only wait out the same
    // failure once per message.
    if (isConnectionError(err)) throw err;
    const outcome: GroupOutcome<AppendResult | StaleReads> = [];
    for (const item of items) outcome.push(await outcomeOf(appendMessage(db, item, sink)));
    return outcome;
  }
}

const EXISTING_IDS = `select "id" from "messages" where "id" = any($1::text[])`;

/** A group's message rows in one statement, one text array per column (MESSAGE_FIELDS order). */
const INSERT_MESSAGES = (() => {
  const names = MESSAGE_FIELDS.map((f) => `"${messages[f].name}"`);
  const values = MESSAGE_FIELDS.map((f, i) => (f === "createdAt" ? `c${i}::timestamptz` : `c${i}`));
  const arrays = MESSAGE_FIELDS.map((_, i) => `$${i + 1}::text[]`);
  const aliases = MESSAGE_FIELDS.map((_, i) => `c${i}`);
  return `insert into "messages" (${names.join(", ")}) select ${values.join(", ")} from unnest(${arrays.join(", ")}) as m(${aliases.join(", ")}) on conflict ("id") do nothing returning "id"`;
})();

/** Thrown inside the fast path's transaction when the group needs the careful one (an id already stored, stale reads). */
class NotFast extends Error {}

/**
 * The common group: room messages only (no thread or DM row to upsert, so
 * every result is known before any statement). Everything goes out at once,
 * pipelined behind BEGIN: the counter, every message row in one INSERT, the
 * artifacts, the events. A group that meets anything unusual (an id already
 * stored, a request whose cached reads went stale, a statement the engine
 * refuses) rolls back and returns null, and appendGroup writes it the careful
 * way, which sorts those cases out message by message. Against the careful
 * way: one round trip and n - 1 statements fewer per group.
 */
async function appendRoomGroup(
  db: Db,
  st: Statements,
  items: readonly AppendItem[],
  sink: CounterSink,
): Promise<GroupOutcome<AppendResult | StaleReads> | null> {
  if (new Set(items.map((i) => i.message.id)).size !== items.length) return null;
  const where = items.map((i) => messageColumns(i.message, null));
  const rows = items.map((i, k) => messageToRow(i.message, where[k]!, pgTime));
  const columns = MESSAGE_FIELDS.map((f) => rows.map((r) => r[f] as string | null));
  const artifactRows = items.map((i, k) =>
    extractArtifacts(i.message).map((a) => artifactToRow(a, artifactColumns(where[k]!), pgTime)),
  );
  const results: AppendedResult[] = items.map(() => ({ status: "appended", createdThread: null, createdDm: null }));
  const events = items.flatMap((item, i) => eventsFor(item.events, results[i]!));
  const pool = (db as Db & { $client: Sql }).$client;
  try {
    await guardedTransaction(
      (body) => pool.begin(body),
      async (tx: TransactionSql) => {
        // Sent in this order (execute(): a postgres.js query otherwise goes out only when first awaited).
        const counter = items.some((i) => i.mark) ? readCounter(tx, sink) : null;
        let inserted = 0;
        const writes: Promise<unknown>[] = [
          tx
            .unsafe<{ id: string }[]>(INSERT_MESSAGES, columns as never[], { prepare: true })
            .execute()
            .then((r) => (inserted = r.length)),
        ];
        for (const found of artifactRows)
          if (found.length > 0)
            writes.push(run(tx, st.artifacts.get(`${found.length}`), rowValues(ARTIFACT_FIELDS, found)));
        writes.push(insertEvents(sqlExec(tx), events));
        await settleInOrder(counter ? [counter, ...writes] : writes);
        if (inserted !== items.length) throw new NotFast();
        const generation = counter ? await counter : null;
        if (items.some((i) => i.mark && i.mark.generation !== generation)) throw new NotFast();
      },
    );
  } catch (err) {
    if (isConnectionError(err)) throw err;
    return null;
  }
  return results.map((value) => ({ ok: true, value }));
}

function outcomeOf<R>(pending: Promise<R>): Promise<GroupOutcome<R>[number]> {
  return pending.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

/** A message whose conversation upsert has answered: its result if stored, and its other writes, in flight. */
interface StartedAppend {
  result: AppendedResult;
  /** Settles once the message's other statements have answered; rejects with DuplicateMessage when the id was taken. */
  written: Promise<void>;
}

/**
 * Waits for the conversation upsert only, then issues the message's other
 * statements without waiting for them (postgres.js pipelines them in order).
 */
async function startAppend(tx: TransactionSql, st: Statements, message: Message): Promise<StartedAppend> {
  const target = message.target;
  let thread: Thread | null = null;
  let dmCount = 0;
  if (target.kind === "thread" && target.thread_id) thread = await upsertThread(tx, st, message, target.thread_id);
  if (target.kind === "dm" && target.dm_id) dmCount = await upsertDm(tx, st, message, target.dm_id);

  // Everything that can throw is computed before the first statement goes out,
  // so a failure here leaves nothing in flight.
  const columns = messageColumns(message, thread ? { roomId: thread.room_id } : null);
  const messageValues = rowValues(MESSAGE_FIELDS, [messageToRow(message, columns, pgTime)]);
  const dmId = target.kind === "dm" && target.dm_id ? target.dm_id : null;
  const participants = dmId ? messageParticipants(message) : [];
  const found = extractArtifacts(message);
  const where = artifactColumns(columns);
  const artifactRows = found.map((a) => artifactToRow(a, where, pgTime));

  const writes: Promise<unknown>[] = [];
  // A statement that fails before it is sent counts as its failure; what went out before is still awaited.
  const issue = (send: () => Promise<unknown>) => {
    try {
      writes.push(send());
    } catch (err) {
      writes.push(Promise.reject(err));
    }
  };
  // First, so a duplicate id is reported as such whatever the statements behind it met.
  issue(() =>
    run(tx, st.message, messageValues).then((inserted) => {
      if (inserted.length === 0) throw new DuplicateMessage();
    }),
  );
  if (dmId)
    issue(() =>
      run(
        tx,
        st.participants.get(`${participants.length}`),
        rowValues(
          ["dmId", "participantId"],
          participants.map((participantId) => ({ dmId, participantId })),
        ),
      ),
    );
  if (artifactRows.length > 0)
    issue(() => run(tx, st.artifacts.get(`${artifactRows.length}`), rowValues(ARTIFACT_FIELDS, artifactRows)));

  // Count 1: this message created the DM, so its participants are exactly this message's.
  const dm: DirectConversation | null =
    dmId && dmCount === 1
      ? {
          id: dmId,
          network_id: message.network_id,
          fqid: dmFqid(message.network_id, dmId),
          participant_ids: participants,
          message_count: 1,
          last_message_at: message.created_at,
        }
      : null;

  const written = settleInOrder(writes);
  // Always awaited later (by finish, or before a failing group rolls back); never unhandled meanwhile.
  written.catch(() => {});
  return {
    result: { status: "appended", createdThread: thread?.message_count === 1 ? thread : null, createdDm: dm },
    written,
  };
}

/**
 * Issues the events behind the messages' statements still in flight, so the
 * event writers' lock is taken last and held only until the commit
 * (events.ts), then waits for everything; the first failure in issue order wins.
 */
async function finish(tx: TransactionSql, written: readonly Promise<void>[], events: () => readonly NewEvent[]) {
  let stored: Promise<void>;
  try {
    stored = insertEvents(sqlExec(tx), events());
  } catch (err) {
    stored = Promise.reject(err);
  }
  await settleInOrder([...written, stored]);
}

/** Waits for all, then throws the first rejection in the given order (so nothing is in flight at a rollback). */
async function settleInOrder(pending: readonly Promise<unknown>[]): Promise<void> {
  const settled = await Promise.allSettled(pending);
  for (const s of settled) if (s.status === "rejected") throw s.reason;
}

interface ThreadRowOut {
  id: string;
  network_id: string;
  fqid: string;
  room_id: string;
  parent_message_id: string;
  message_count: number;
  last_message_at: string;
}

/** Creates the thread on its first message; later messages bump the count and never move it. */
async function upsertThread(tx: TransactionSql, st: Statements, message: Message, threadId: string): Promise<Thread> {
  const [row] = await run<ThreadRowOut>(tx, st.thread, {
    id: threadId,
    networkId: message.network_id,
    fqid: threadFqid(message.network_id, threadId),
    roomId: message.target.room_id ?? "",
    parentMessageId: message.target.parent_message_id ?? "",
    lastMessageAt: pgTime.write(message.created_at),
  });
  if (!row) throw new Error("thread upsert returned no row");
  return toThread({
    id: row.id,
    networkId: row.network_id,
    fqid: row.fqid,
    roomId: row.room_id,
    parentMessageId: row.parent_message_id,
    messageCount: row.message_count,
    lastMessageAt: row.last_message_at,
  });
}

/** The DM summary follows its latest message (count, time, network); returns the new count. */
async function upsertDm(tx: TransactionSql, st: Statements, message: Message, dmId: string): Promise<number> {
  // Rows come back with the column names of the RETURNING clause.
  const [row] = await run<{ message_count: number }>(tx, st.dm, {
    dmId,
    networkId: message.network_id,
    fqid: dmFqid(message.network_id, dmId),
    lastMessageAt: pgTime.write(message.created_at),
  });
  if (!row) throw new Error("dm upsert returned no row");
  return row.message_count;
}

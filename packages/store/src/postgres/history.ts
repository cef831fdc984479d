// Message and artifact history: keyset pages over (created_at, id) and
// (created_at, message_id, part_index), newest window first, served by the
// (conversation, created_at, id) indexes.
//
// A cursor is first looked up inside the list being paged (not just anywhere in
// the table), which both enforces "the cursor must belong to this list" and
// yields the position the page query compares against with a row-value
// predicate. Ids compare with COLLATE "C" so ties on created_at break bytewise,
// as on every other backend; the planner still uses the index on created_at and
// finishes the id order with an incremental sort.
import { and, asc, desc, eq, sql, type Query, type SQL } from "drizzle-orm";
import { postgres as schema } from "@moltnet/schema";
import { MessageDecoder } from "../sql/message-decoder.js";
import { decodeMessageTuple, messageSelection, messageTupleId } from "../sql/message-select.js";
import { MessageCache, messagesFor, uncachedIds } from "../sql/message-cache.js";
import { rowToArtifact } from "../sql/rows.js";
import type { ArtifactFilter, Conversation, Window, WindowResult } from "../store.js";
import type { Artifact, Message } from "../types.js";
import type { Db } from "./connection.js";
import { pgTime } from "./rows.js";
import { directionOf, finishPage, invalidCursor, pageSize, readsDescending, type Direction } from "./keyset.js";
import { ArrayQuery, poolOf } from "./array-query.js";
import { StatementCache } from "./statement-cache.js";
import { bytewise, qualified } from "./columns.js";
import { GENERATION_SQL, generationOf, type CounterSink } from "./cache-generation.js";
import { PageCoalescer } from "./page-coalescer.js";

const { messages, artifacts } = schema;

export type MessageScope = Conversation["kind"];
export type ArtifactScope = "thread" | "dm" | "room";

/**
 * Which messages a conversation holds. The kind test also keeps out rows the
 * reference wrote with stray ids. A thread message's room_id is its thread's
 * room, so room history reads idx_messages_room_kind (room_id, target_kind,
 * created_at, id), which skips the room's thread messages.
 */
function messageScope(scope: MessageScope): SQL {
  const id = sql.placeholder("scope");
  switch (scope) {
    case "room":
      return and(eq(messages.roomId, id), eq(messages.targetKind, "room"))!;
    case "thread":
      return and(eq(messages.threadId, id), eq(messages.targetKind, "thread"))!;
    case "dm":
      return and(eq(messages.dmId, id), eq(messages.targetKind, "dm"))!;
  }
}

/** A room's artifacts include those of its threads: their rows carry the thread's room. */
function artifactScope(scope: ArtifactScope): SQL {
  const id = sql.placeholder("scope");
  switch (scope) {
    case "thread":
      return eq(artifacts.threadId, id);
    case "dm":
      return eq(artifacts.dmId, id);
    case "room":
      return eq(artifacts.roomId, id);
  }
}

const messageKey = sql`(${qualified(messages.createdAt)}, ${bytewise(messages.id)})`;
const messageCursor = sql`(${sql.placeholder("at")}::timestamptz, ${sql.placeholder("id")}::text)`;
const artifactKey = sql`(${qualified(artifacts.createdAt)}, ${bytewise(artifacts.messageId)}, ${qualified(artifacts.partIndex)})`;
const artifactCursor = sql`(${sql.placeholder("at")}::timestamptz, ${sql.placeholder("messageId")}::text, ${sql.placeholder("partIndex")}::integer)`;

function keysetFilter(direction: Direction, key: SQL, cursor: SQL): SQL | undefined {
  if (direction === "after") return sql`${key} > ${cursor}`;
  if (direction === "before") return sql`${key} < ${cursor}`;
  return undefined;
}

/** A page's ids: the messages themselves come from the cache or messagesById. */
export function messagePage(db: Db, scope: MessageScope, direction: Direction) {
  const dir = readsDescending(direction) ? desc : asc;
  return db
    .select({ id: messages.id })
    .from(messages)
    .where(and(messageScope(scope), keysetFilter(direction, messageKey, messageCursor)))
    .orderBy(dir(messages.createdAt), dir(bytewise(messages.id)))
    .limit(sql.placeholder("limit"))
    .prepare(`messages_${scope}_${direction}`);
}

/**
 * One row whatever the page holds: the cache_generation counter, and the
 * page's ids in order. The counter tells a request whose room came from the
 * cache whether it was still current when its page was read (cache-generation.ts).
 */
function withCounter(page: Query): Query {
  return { ...page, sql: `select ${GENERATION_SQL}::text, array(${page.sql})` };
}

/** Whole rows, columns in MESSAGE_FIELDS order, for the ids of a page the cache does not hold. */
export function messagesById(db: Db) {
  return db
    .select(messageSelection(messages))
    .from(messages)
    .where(sql`${messages.id} = ANY(${sql.placeholder("ids")}::text[])`)
    .prepare("messages_by_id");
}

/** Columns in the order PgHistory reads them: created_at, id. */
export function messageCursorLookup(db: Db, scope: MessageScope) {
  return db
    .select({ at: messages.createdAt, id: messages.id })
    .from(messages)
    .where(and(eq(messages.id, sql.placeholder("cursor")), messageScope(scope)))
    .prepare(`messages_${scope}_cursor`);
}

export function artifactPage(db: Db, scope: ArtifactScope, direction: Direction) {
  const dir = readsDescending(direction) ? desc : asc;
  return db
    .select()
    .from(artifacts)
    .where(and(artifactScope(scope), keysetFilter(direction, artifactKey, artifactCursor)))
    .orderBy(dir(artifacts.createdAt), dir(bytewise(artifacts.messageId)), dir(artifacts.partIndex))
    .limit(sql.placeholder("limit"))
    .prepare(`artifacts_${scope}_${direction}`);
}

export function artifactCursorLookup(db: Db, scope: ArtifactScope) {
  return db
    .select({ at: artifacts.createdAt, messageId: artifacts.messageId, partIndex: artifacts.partIndex })
    .from(artifacts)
    .where(and(eq(artifacts.id, sql.placeholder("cursor")), artifactScope(scope)))
    .prepare(`artifacts_${scope}_cursor`);
}

export class PgHistory {
  readonly #messagePages: StatementCache<`${MessageScope}:${Direction}`, ArrayQuery>;
  readonly #messageCursors: StatementCache<MessageScope, ArrayQuery>;
  readonly #messagesById: ArrayQuery;
  /** Decoded messages between history reads (messages never change). */
  readonly #cache = new MessageCache();
  /** Identical page reads arriving together share one (page-coalescer.ts). */
  readonly #samePage = new PageCoalescer<WindowResult<Message>>();
  readonly #artifactPages: StatementCache<`${ArtifactScope}:${Direction}`, ReturnType<typeof artifactPage>>;
  readonly #artifactCursors: StatementCache<ArtifactScope, ReturnType<typeof artifactCursorLookup>>;

  constructor(
    db: Db,
    private readonly counter: CounterSink,
  ) {
    // Message pages run the SQL Drizzle renders for the statements above, and are decoded by position.
    const pool = poolOf(db);
    this.#messagePages = new StatementCache((key) => {
      const [scope, direction] = key.split(":") as [MessageScope, Direction];
      return new ArrayQuery(pool, withCounter(messagePage(db, scope, direction).getQuery()));
    });
    this.#messageCursors = new StatementCache(
      (scope) => new ArrayQuery(pool, messageCursorLookup(db, scope).getQuery()),
    );
    this.#messagesById = new ArrayQuery(pool, messagesById(db).getQuery());
    this.#artifactPages = new StatementCache((key) => {
      const [scope, direction] = key.split(":") as [ArtifactScope, Direction];
      return artifactPage(db, scope, direction);
    });
    this.#artifactCursors = new StatementCache((scope) => artifactCursorLookup(db, scope));
  }

  async listMessages(conversation: Conversation, window: Window): Promise<WindowResult<Message>> {
    const scope = conversation.kind;
    const scopeId =
      conversation.kind === "room"
        ? conversation.roomId
        : conversation.kind === "thread"
          ? conversation.threadId
          : conversation.dmId;
    const direction = directionOf(window, "newest");
    const key = JSON.stringify([scope, scopeId, direction, window.after ?? window.before ?? null, pageSize(window)]);
    const page = await this.#samePage.run(key, () => this.#readMessages(scope, scopeId, direction, window));
    // Joiners share the messages (frozen), not the list.
    return { items: page.items.slice(), hasMore: page.hasMore };
  }

  async #readMessages(
    scope: MessageScope,
    scopeId: string,
    direction: Direction,
    window: Window,
  ): Promise<WindowResult<Message>> {
    const cursor = window.after ?? window.before;
    // The cursor's position; an uncursored page's SQL has no use for it.
    let at: unknown = "";
    let id: unknown = "";
    if (cursor !== undefined) {
      const [found] = await this.#messageCursors.get(scope).run({ cursor, scope: scopeId });
      if (!found) throw invalidCursor(cursor);
      [at, id] = found;
    }
    const limit = pageSize(window);
    const [[generation, keys]] = (await this.#messagePages
      .get(`${scope}:${direction}`)
      .run({ scope: scopeId, at, id, limit: limit + 1 })) as [[string | null, string[]]];
    this.counter.observe(generationOf(generation));
    const page = finishPage(keys, limit, direction);
    const missing = uncachedIds(page.items, this.#cache);
    const rows = new Map<string, readonly unknown[]>();
    if (missing.length > 0) {
      for (const row of await this.#messagesById.run({ ids: missing })) rows.set(String(messageTupleId(row)), row);
    }
    const decoder = new MessageDecoder(pgTime);
    const items = messagesFor(
      page.items,
      this.#cache,
      rows,
      (row) => decodeMessageTuple(decoder, row),
      () => {},
    );
    return { items, hasMore: page.hasMore };
  }

  async listArtifacts(filter: ArtifactFilter, window: Window): Promise<WindowResult<Artifact>> {
    const [scope, scopeId] = artifactScopeOf(filter);
    if (scope === null) return { items: [], hasMore: false };
    const direction = directionOf(window, "newest");
    const cursor = window.after ?? window.before;
    let position = { at: "", messageId: "", partIndex: 0 };
    if (cursor !== undefined) {
      const [found] = await this.#artifactCursors.get(scope).execute({ cursor, scope: scopeId });
      if (!found) throw invalidCursor(cursor);
      position = found;
    }
    const limit = pageSize(window);
    const rows = await this.#artifactPages
      .get(`${scope}:${direction}`)
      .execute({ scope: scopeId, ...position, limit: limit + 1 });
    const page = finishPage(rows, limit, direction);
    return { items: decode(page.items, (row) => rowToArtifact(row, pgTime)), hasMore: page.hasMore };
  }
}

/** Precedence thread, then dm, then room; no filter lists nothing (the service rejects that earlier). */
function artifactScopeOf(filter: ArtifactFilter): [ArtifactScope, string] | [null, ""] {
  if (filter.threadId) return ["thread", filter.threadId];
  if (filter.dmId) return ["dm", filter.dmId];
  if (filter.roomId) return ["room", filter.roomId];
  return [null, ""];
}

/** Rows whose JSON cannot be decoded are skipped, as the reference skips them. */
function decode<R, T>(rows: readonly R[], read: (row: R) => T | null): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const item = read(row);
    if (item) out.push(item);
  }
  return out;
}

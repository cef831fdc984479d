// Threads and direct conversations: lookups by id and keyset pages by id
// (bytewise, COLLATE "C").
import { and, eq, sql, type SQL } from "drizzle-orm";
import { postgres as schema } from "@moltnet/schema";
import type { Window, WindowResult } from "../store.js";
import type { DirectConversation, Thread } from "../types.js";
import type { Db } from "./connection.js";
import { toDirectConversation, toThread } from "./rows.js";
import { directionOf, finishPage, invalidCursor, pageSize, readsDescending, type Direction } from "./keyset.js";
import { StatementCache } from "./statement-cache.js";
import { bytewise, sortedList } from "./columns.js";

const { threads, dmConversations, dmParticipants } = schema;

const threadId = bytewise(threads.id);
const dmId = bytewise(dmConversations.dmId);
const participantsOf = sortedList(dmParticipants.participantId, dmParticipants.dmId, dmConversations.dmId);

function idFilter(direction: Direction, id: SQL): SQL | undefined {
  if (direction === "after") return sql`${id} > ${sql.placeholder("cursor")}`;
  if (direction === "before") return sql`${id} < ${sql.placeholder("cursor")}`;
  return undefined;
}

export function threadPage(db: Db, direction: Direction) {
  return db
    .select()
    .from(threads)
    .where(and(eq(threads.roomId, sql.placeholder("roomId")), idFilter(direction, threadId)))
    .orderBy(readsDescending(direction) ? sql`${threadId} desc` : sql`${threadId} asc`)
    .limit(sql.placeholder("limit"))
    .prepare(`threads_${direction}`);
}

export function dmPage(db: Db, direction: Direction) {
  return db
    .select({ dm: dmConversations, participants: participantsOf })
    .from(dmConversations)
    .where(idFilter(direction, dmId))
    .orderBy(readsDescending(direction) ? sql`${dmId} desc` : sql`${dmId} asc`)
    .limit(sql.placeholder("limit"))
    .prepare(`dms_${direction}`);
}

function statements(db: Db) {
  return {
    thread: db
      .select()
      .from(threads)
      .where(eq(threads.id, sql.placeholder("id")))
      .prepare("thread_get"),
    threadCursor: db
      .select({ id: threads.id })
      .from(threads)
      .where(and(eq(threads.id, sql.placeholder("cursor")), eq(threads.roomId, sql.placeholder("roomId"))))
      .prepare("thread_cursor"),
    dm: db
      .select({ dm: dmConversations, participants: participantsOf })
      .from(dmConversations)
      .where(eq(dmConversations.dmId, sql.placeholder("id")))
      .prepare("dm_get"),
    dmCursor: db
      .select({ id: dmConversations.dmId })
      .from(dmConversations)
      .where(eq(dmConversations.dmId, sql.placeholder("cursor")))
      .prepare("dm_cursor"),
  };
}

export class PgConversations {
  readonly #statements: ReturnType<typeof statements>;
  readonly #threadPages: StatementCache<Direction, ReturnType<typeof threadPage>>;
  readonly #dmPages: StatementCache<Direction, ReturnType<typeof dmPage>>;

  constructor(db: Db) {
    this.#statements = statements(db);
    this.#threadPages = new StatementCache((direction) => threadPage(db, direction));
    this.#dmPages = new StatementCache((direction) => dmPage(db, direction));
  }

  async getThread(id: string): Promise<Thread | null> {
    const [row] = await this.#statements.thread.execute({ id });
    return row ? toThread(row) : null;
  }

  async listThreads(roomId: string, window: Window): Promise<WindowResult<Thread>> {
    const direction = directionOf(window, "first");
    const cursor = window.after ?? window.before;
    if (cursor !== undefined) {
      const found = await this.#statements.threadCursor.execute({ cursor, roomId });
      if (found.length === 0) throw invalidCursor(cursor);
    }
    const limit = pageSize(window);
    const rows = await this.#threadPages.get(direction).execute({ roomId, cursor: cursor ?? "", limit: limit + 1 });
    const page = finishPage(rows, limit, direction);
    return { items: page.items.map(toThread), hasMore: page.hasMore };
  }

  async getDirectConversation(id: string): Promise<DirectConversation | null> {
    const [row] = await this.#statements.dm.execute({ id });
    return row ? toDirectConversation(row.dm, row.participants) : null;
  }

  async listDirectConversations(window: Window): Promise<WindowResult<DirectConversation>> {
    const direction = directionOf(window, "first");
    const cursor = window.after ?? window.before;
    if (cursor !== undefined) {
      const found = await this.#statements.dmCursor.execute({ cursor });
      if (found.length === 0) throw invalidCursor(cursor);
    }
    const limit = pageSize(window);
    const rows = await this.#dmPages.get(direction).execute({ cursor: cursor ?? "", limit: limit + 1 });
    const page = finishPage(rows, limit, direction);
    return { items: page.items.map((r) => toDirectConversation(r.dm, r.participants)), hasMore: page.hasMore };
  }
}

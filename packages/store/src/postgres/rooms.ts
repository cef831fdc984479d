// Rooms and memberships. Ids compare with COLLATE "C" (bytewise, as every other
// backend orders them) whatever collation the database was created with.
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { eventsFor, type EventsOf } from "../events.js";
import { drizzleExec, insertEvents } from "./events.js";
import { postgres as schema } from "@moltnet/schema";
import { StoreError } from "../errors.js";
import { sortBytewise } from "../participants.js";
import type { RoomListQuery, Window, WindowResult } from "../store.js";
import type { Membership, Room } from "../types.js";
import type { Timestamp } from "../time.js";
import type { Db, Executor, Tx } from "./connection.js";
import { normalizeVisibility, normalizeWritePolicy } from "../normalize.js";
import { pgTime, toRoom } from "./rows.js";
import { directionOf, finishPage, invalidCursor, pageSize, readsDescending, type Direction } from "./keyset.js";
import { StatementCache } from "./statement-cache.js";
import { bytewise, sortedList } from "./columns.js";
import { isUniqueViolation } from "./errors.js";
import { transaction } from "./transaction.js";

const { rooms, roomMembers } = schema;

const roomId = bytewise(rooms.id);
/** The room's members, bytewise, in the same round trip as the room. */
const membersOf = sortedList(roomMembers.memberId, roomMembers.roomId, rooms.id);

function selectRooms(db: Executor) {
  return db.select({ room: rooms, members: membersOf }).from(rooms);
}

function roomExists(id: string): StoreError {
  return new StoreError("room_exists", `room "${id}" already exists`, { backend: "postgres" });
}

export function roomNotFound(id: string): StoreError {
  return new StoreError("room_not_found", `room "${id}" not found`, { backend: "postgres" });
}

function roomStatements(db: Db) {
  const byId = and(eq(rooms.id, sql.placeholder("id")), isNull(rooms.deletedAt));
  return {
    get: selectRooms(db).where(byId).prepare("room_get"),
    cursor: db.select({ id: rooms.id }).from(rooms).where(byId).prepare("room_cursor"),
    publicCursor: db
      .select({ id: rooms.id })
      .from(rooms)
      .where(and(byId, eq(rooms.visibility, "public")))
      .prepare("room_cursor_public"),
  };
}

/** One statement per (filter, direction): each keeps a plain, plannable WHERE clause. */
export function roomPage(db: Db, publicOnly: boolean, direction: Direction) {
  const filters = [isNull(rooms.deletedAt)];
  if (publicOnly) filters.push(eq(rooms.visibility, "public"));
  if (direction === "after") filters.push(sql`${roomId} > ${sql.placeholder("cursor")}`);
  if (direction === "before") filters.push(sql`${roomId} < ${sql.placeholder("cursor")}`);
  return selectRooms(db)
    .where(and(...filters))
    .orderBy(readsDescending(direction) ? sql`${roomId} desc` : sql`${roomId} asc`)
    .limit(sql.placeholder("limit"))
    .prepare(`room_page_${publicOnly ? "public_" : ""}${direction}`);
}

export class PgRooms {
  readonly #db: Db;
  readonly #statements: ReturnType<typeof roomStatements>;
  readonly #pages: StatementCache<`${boolean}:${Direction}`, ReturnType<typeof roomPage>>;

  constructor(db: Db) {
    this.#db = db;
    this.#statements = roomStatements(db);
    this.#pages = new StatementCache((key) => {
      const [publicOnly, direction] = key.split(":") as [string, Direction];
      return roomPage(db, publicOnly === "true", direction);
    });
  }

  async create(room: Room, events?: EventsOf<void>): Promise<void> {
    try {
      await this.#createIn(room, events);
    } catch (err) {
      // DO NOTHING below covers the rooms key; any other unique clash means the same thing.
      if (isUniqueViolation(err)) throw roomExists(room.id);
      throw err;
    }
  }

  async #createIn(room: Room, events?: EventsOf<void>): Promise<void> {
    await transaction(this.#db, async (tx) => {
      // A removed room keeps its row, so its id conflicts too (ids are reserved forever).
      // DO NOTHING reports the conflict as "no row" without aborting the transaction.
      const inserted = await tx
        .insert(rooms)
        .values({
          id: room.id,
          networkId: room.network_id,
          fqid: room.fqid,
          name: room.name,
          createdAt: pgTime.write(room.created_at),
          visibility: normalizeVisibility(room.visibility),
          writePolicy: normalizeWritePolicy(room.write_policy),
        })
        .onConflictDoNothing()
        .returning({ id: rooms.id });
      if (inserted.length === 0) throw roomExists(room.id);
      await insertMembers(tx, room.id, room.members);
      await insertEvents(drizzleExec(tx), eventsFor(events, undefined));
    });
  }

  async get(id: string): Promise<Room | null> {
    const [row] = await this.#statements.get.execute({ id });
    return row ? toRoom(row.room, row.members) : null;
  }

  async list(window: Window, query: RoomListQuery = {}): Promise<WindowResult<Room>> {
    const publicOnly = query.publicOnly === true;
    const direction = directionOf(window, "first");
    const cursor = window.after ?? window.before;
    if (cursor !== undefined) {
      const found = await (publicOnly ? this.#statements.publicCursor : this.#statements.cursor).execute({
        id: cursor,
      });
      if (found.length === 0) throw invalidCursor(cursor);
    }
    const limit = pageSize(window);
    const rows = await this.#pages
      .get(`${publicOnly}:${direction}`)
      .execute({ cursor: cursor ?? "", limit: limit + 1 });
    const result = finishPage(rows, limit, direction);
    return { items: result.items.map((r) => toRoom(r.room, r.members)), hasMore: result.hasMore };
  }

  async updateMembers(
    id: string,
    add: readonly string[],
    remove: readonly string[],
    events?: EventsOf<Room>,
  ): Promise<Room> {
    return transaction(this.#db, async (tx) => {
      // Lock the room row: a concurrent removeRoom cannot slip between the check and the writes.
      const locked = await tx
        .select({ id: rooms.id })
        .from(rooms)
        .where(and(eq(rooms.id, id), isNull(rooms.deletedAt)))
        .for("update");
      if (locked.length === 0) throw roomNotFound(id);
      await insertMembers(tx, id, add);
      // Removes run after adds, so an id in both lists ends up absent.
      const removals = unique(remove);
      if (removals.length > 0) {
        await tx.delete(roomMembers).where(and(eq(roomMembers.roomId, id), inArray(roomMembers.memberId, removals)));
      }
      const [row] = await selectRooms(tx).where(eq(rooms.id, id));
      if (!row) throw roomNotFound(id);
      const updated = toRoom(row.room, row.members);
      await insertEvents(drizzleExec(tx), eventsFor(events, updated));
      return updated;
    });
  }

  async reconcile(room: Room): Promise<Room> {
    return transaction(this.#db, async (tx) => {
      const [row] = await tx
        .update(rooms)
        .set({
          name: room.name,
          visibility: normalizeVisibility(room.visibility),
          writePolicy: normalizeWritePolicy(room.write_policy),
        })
        .where(and(eq(rooms.id, room.id), isNull(rooms.deletedAt)))
        .returning();
      if (!row) throw roomNotFound(room.id);
      await tx.delete(roomMembers).where(eq(roomMembers.roomId, room.id));
      const members = await insertMembers(tx, room.id, room.members);
      return toRoom(row, members);
    });
  }

  async remove(id: string, removedAt: Timestamp, events?: EventsOf<Room>): Promise<Room> {
    return transaction(this.#db, async (tx) => {
      const [row] = await tx
        .update(rooms)
        .set({ deletedAt: pgTime.write(removedAt) })
        .where(and(eq(rooms.id, id), isNull(rooms.deletedAt)))
        .returning();
      if (!row) throw roomNotFound(id);
      const dropped = await tx
        .delete(roomMembers)
        .where(eq(roomMembers.roomId, id))
        .returning({ memberId: roomMembers.memberId });
      // The room as it was: still active, with the members it had.
      const removed = toRoom(
        { ...row, deletedAt: null },
        dropped.map((m) => m.memberId),
      );
      await insertEvents(drizzleExec(tx), eventsFor(events, removed));
      return removed;
    });
  }

  async listMemberships(): Promise<Membership[]> {
    const rows = await this.#db
      .select({ room_id: roomMembers.roomId, member_id: roomMembers.memberId })
      .from(roomMembers)
      .innerJoin(rooms, eq(rooms.id, roomMembers.roomId))
      .where(isNull(rooms.deletedAt))
      .orderBy(bytewise(roomMembers.memberId), bytewise(roomMembers.roomId));
    return rows;
  }

  async removeMemberships(memberId: string): Promise<void> {
    await this.#db.delete(roomMembers).where(eq(roomMembers.memberId, memberId));
  }
}

/** Inserts the unique members (existing ones are kept); returns the members written, sorted. */
async function insertMembers(tx: Tx, id: string, members: readonly string[]): Promise<string[]> {
  const list = unique(members);
  if (list.length > 0) {
    await tx
      .insert(roomMembers)
      .values(list.map((memberId) => ({ roomId: id, memberId })))
      .onConflictDoNothing();
  }
  return list;
}

function unique(values: readonly string[]): string[] {
  return sortBytewise([...new Set(values.filter((v) => v !== ""))]);
}

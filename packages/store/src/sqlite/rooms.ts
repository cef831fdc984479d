// Rooms and memberships. Synchronous; sqlite-store.ts wraps it in async methods.
import { and, asc, eq, isNull } from "drizzle-orm";
import { sqlite } from "@moltnet/schema";
import { StoreError } from "../errors.js";
import { sortBytewise } from "../participants.js";
import type { RoomListQuery, Window, WindowResult } from "../store.js";
import type { Timestamp } from "../time.js";
import type { Membership, Room } from "../types.js";
import type { CollectionStatements } from "./collection-statements.js";
import type { SqliteDb } from "./connection.js";
import { invalidCursor, limitOf, modeOf, sqliteTime, takePage } from "./keyset.js";
import { groupBy, normalizeVisibility, normalizeWritePolicy, roomFromRow } from "./rows.js";
import { isUniqueViolation } from "./errors.js";

const { rooms, roomMembers } = sqlite;

export class SqliteRooms {
  constructor(
    private readonly db: SqliteDb,
    private readonly st: CollectionStatements,
  ) {}

  create(room: Room): void {
    this.db.transaction(
      (tx) => {
        try {
          tx.insert(rooms)
            .values({
              id: room.id,
              networkId: room.network_id,
              fqid: room.fqid,
              name: room.name,
              createdAt: sqliteTime.write(room.created_at),
              deletedAt: null,
              visibility: normalizeVisibility(room.visibility),
              writePolicy: normalizeWritePolicy(room.write_policy),
            })
            .run();
        } catch (err) {
          // The primary key covers removed rooms too: their rows stay with deleted_at set.
          if (isUniqueViolation(err)) throw roomExists(room.id);
          throw err;
        }
        for (const memberId of uniqueSorted(room.members)) this.st.addMember.run({ roomId: room.id, memberId });
      },
      { behavior: "immediate" },
    );
  }

  get(id: string): Room | null {
    const row = this.st.activeRoom.get({ id });
    if (!row) return null;
    return roomFromRow(row, this.members(id));
  }

  list(window: Window, query: RoomListQuery = {}): WindowResult<Room> {
    const { mode, cursor } = modeOf(window);
    const limit = limitOf(window);
    const params: Record<string, unknown> = { limit: limit + 1 };
    if (cursor !== null) {
      const at = this.st.activeRoom.get({ id: cursor });
      if (!at || (query.publicOnly && normalizeVisibility(at.visibility) !== "public")) throw invalidCursor(cursor);
      params.cursor = cursor;
    }
    const pages = query.publicOnly ? this.st.roomPages.publicOnly : this.st.roomPages.all;
    const page = takePage(pages[mode].all(params), limit, mode === "before");
    if (page.rows.length === 0) return { items: [], hasMore: page.hasMore };
    const ids = page.rows.map((r) => r.id);
    const members = groupBy(
      this.st.membersOfRooms.all({ ids: JSON.stringify(ids) }),
      (m) => m.roomId,
      (m) => m.memberId,
    );
    return { items: page.rows.map((r) => roomFromRow(r, members.get(r.id) ?? [])), hasMore: page.hasMore };
  }

  updateMembers(id: string, add: readonly string[], remove: readonly string[]): Room {
    return this.db.transaction(
      () => {
        const row = this.requireActive(id);
        const removed = new Set(remove.map((m) => m.trim()).filter(Boolean));
        for (const memberId of uniqueSorted(add)) {
          if (!removed.has(memberId)) this.st.addMember.run({ roomId: id, memberId });
        }
        // Remove wins: an id in both lists ends up absent, even if it was a member before.
        for (const memberId of removed) this.st.removeMember.run({ roomId: id, memberId });
        return roomFromRow(row, this.members(id));
      },
      { behavior: "immediate" },
    );
  }

  reconcile(room: Room): Room {
    return this.db.transaction(
      (tx) => {
        this.requireActive(room.id);
        tx.update(rooms)
          .set({
            name: room.name,
            visibility: normalizeVisibility(room.visibility),
            writePolicy: normalizeWritePolicy(room.write_policy),
          })
          .where(eq(rooms.id, room.id))
          .run();
        this.st.clearMembers.run({ roomId: room.id });
        for (const memberId of uniqueSorted(room.members)) this.st.addMember.run({ roomId: room.id, memberId });
        return this.get(room.id)!;
      },
      { behavior: "immediate" },
    );
  }

  remove(id: string, removedAt: Timestamp): Room {
    return this.db.transaction(
      (tx) => {
        const before = roomFromRow(this.requireActive(id), this.members(id));
        tx.update(rooms)
          .set({ deletedAt: sqliteTime.write(removedAt) })
          .where(and(eq(rooms.id, id), isNull(rooms.deletedAt)))
          .run();
        this.st.clearMembers.run({ roomId: id });
        return before;
      },
      { behavior: "immediate" },
    );
  }

  memberships(): Membership[] {
    return this.db
      .select({ room_id: roomMembers.roomId, member_id: roomMembers.memberId })
      .from(roomMembers)
      .innerJoin(rooms, eq(rooms.id, roomMembers.roomId))
      .where(isNull(rooms.deletedAt))
      .orderBy(asc(roomMembers.memberId), asc(roomMembers.roomId))
      .all();
  }

  removeMemberships(memberId: string): void {
    this.db.delete(roomMembers).where(eq(roomMembers.memberId, memberId)).run();
  }

  private members(id: string): string[] {
    return this.st.roomMembers.all({ id }).map((m) => m.memberId);
  }

  private requireActive(id: string) {
    const row = this.st.activeRoom.get({ id });
    if (!row) throw new StoreError("room_not_found", `unknown room "${id}"`, { backend: "sqlite" });
    return row;
  }
}

function roomExists(id: string): StoreError {
  return new StoreError("room_exists", `room "${id}" already exists`, { backend: "sqlite" });
}

/** Trimmed, blanks dropped, unique, bytewise sorted (inserts in index order). */
function uniqueSorted(ids: readonly string[]): string[] {
  return sortBytewise([...new Set(ids.map((m) => m.trim()).filter(Boolean))]);
}

// Prepared statements for rooms, threads, DMs and the agent registry. Built once
// per store. Collections page by id (SQLite's BINARY collation compares bytes,
// matching the bytewise order every backend uses); members and participants
// of a page come from one indexed query over a JSON array of the page's ids.
import { and, asc, desc, eq, gt, isNull, lt, sql, type SQL } from "drizzle-orm";
import type { SQLiteColumn } from "drizzle-orm/sqlite-core";
import { sqlite } from "@moltnet/schema";
import type { SqliteDb } from "./connection.js";

const { rooms, roomMembers, threads, dmConversations, dmParticipants, agents } = sqlite;
const ph = sql.placeholder;

/** `column IN (ids of a JSON array)`: one prepared statement for any page size. */
function inJsonArray(column: SQLiteColumn): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${ph("ids")}))`;
}

function roomPages(db: SqliteDb, publicOnly: boolean) {
  // `+deleted_at` keeps SQLite off idx_rooms_deleted_at: nearly every room is
  // active, and that index would make it sort all of them for each page,
  // where walking the primary key in id order stops after one page.
  const active = sql`+${rooms.deletedAt} IS NULL`;
  const listed = publicOnly ? and(active, sql`trim(${rooms.visibility}) = 'public'`) : active;
  const page = (where: SQL | undefined, direction: "asc" | "desc") =>
    db
      .select()
      .from(rooms)
      .where(where)
      .orderBy(direction === "asc" ? asc(rooms.id) : desc(rooms.id))
      .limit(ph("limit"))
      .prepare();
  return {
    latest: page(listed, "asc"),
    before: page(and(listed, lt(rooms.id, ph("cursor"))), "desc"),
    after: page(and(listed, gt(rooms.id, ph("cursor"))), "asc"),
  };
}

function threadPages(db: SqliteDb) {
  const inRoom = eq(threads.roomId, ph("roomId"));
  const page = (where: SQL | undefined, direction: "asc" | "desc") =>
    db
      .select()
      .from(threads)
      .where(where)
      .orderBy(direction === "asc" ? asc(threads.id) : desc(threads.id))
      .limit(ph("limit"))
      .prepare();
  return {
    latest: page(inRoom, "asc"),
    before: page(and(inRoom, lt(threads.id, ph("cursor"))), "desc"),
    after: page(and(inRoom, gt(threads.id, ph("cursor"))), "asc"),
  };
}

function dmPages(db: SqliteDb) {
  const page = (where: SQL | undefined, direction: "asc" | "desc") =>
    db
      .select()
      .from(dmConversations)
      .where(where)
      .orderBy(direction === "asc" ? asc(dmConversations.dmId) : desc(dmConversations.dmId))
      .limit(ph("limit"))
      .prepare();
  return {
    latest: page(undefined, "asc"),
    before: page(lt(dmConversations.dmId, ph("cursor")), "desc"),
    after: page(gt(dmConversations.dmId, ph("cursor")), "asc"),
  };
}

export function buildCollectionStatements(db: SqliteDb) {
  return {
    // Rooms. A removed room keeps its row (deleted_at set), so its id stays taken.
    activeRoom: db
      .select()
      .from(rooms)
      .where(and(eq(rooms.id, ph("id")), isNull(rooms.deletedAt)))
      .prepare(),
    roomMembers: db
      .select({ memberId: roomMembers.memberId })
      .from(roomMembers)
      .where(eq(roomMembers.roomId, ph("id")))
      .orderBy(asc(roomMembers.memberId))
      .prepare(),
    membersOfRooms: db
      .select()
      .from(roomMembers)
      .where(inJsonArray(roomMembers.roomId))
      .orderBy(asc(roomMembers.roomId), asc(roomMembers.memberId))
      .prepare(),
    roomPages: { all: roomPages(db, false), publicOnly: roomPages(db, true) },
    addMember: db
      .insert(roomMembers)
      .values({ roomId: ph("roomId"), memberId: ph("memberId") })
      .onConflictDoNothing()
      .prepare(),
    removeMember: db
      .delete(roomMembers)
      .where(and(eq(roomMembers.roomId, ph("roomId")), eq(roomMembers.memberId, ph("memberId"))))
      .prepare(),
    clearMembers: db
      .delete(roomMembers)
      .where(eq(roomMembers.roomId, ph("roomId")))
      .prepare(),

    // Threads and DMs.
    thread: db
      .select()
      .from(threads)
      .where(eq(threads.id, ph("id")))
      .prepare(),
    threadPages: threadPages(db),
    dm: db
      .select()
      .from(dmConversations)
      .where(eq(dmConversations.dmId, ph("id")))
      .prepare(),
    dmParticipants: db
      .select({ participantId: dmParticipants.participantId })
      .from(dmParticipants)
      .where(eq(dmParticipants.dmId, ph("id")))
      .orderBy(asc(dmParticipants.participantId))
      .prepare(),
    participantsOfDms: db
      .select()
      .from(dmParticipants)
      .where(inJsonArray(dmParticipants.dmId))
      .orderBy(asc(dmParticipants.dmId), asc(dmParticipants.participantId))
      .prepare(),
    dmPages: dmPages(db),

    // Agent registry: the credential lookup runs on every agent-token request.
    agent: db
      .select()
      .from(agents)
      .where(eq(agents.agentId, ph("id")))
      .prepare(),
    agentByCredential: db
      .select()
      .from(agents)
      .where(eq(agents.credentialKey, ph("key")))
      .orderBy(asc(agents.agentId))
      .limit(1)
      .prepare(),
    // GET /v1/agents pages the registry along its primary key.
    agentsFirst: db.select().from(agents).orderBy(asc(agents.agentId)).limit(ph("limit")).prepare(),
    agentsAfter: db
      .select()
      .from(agents)
      .where(gt(agents.agentId, ph("id")))
      .orderBy(asc(agents.agentId))
      .limit(ph("limit"))
      .prepare(),
    agentsBefore: db
      .select()
      .from(agents)
      .where(lt(agents.agentId, ph("id")))
      .orderBy(desc(agents.agentId))
      .limit(ph("limit"))
      .prepare(),
  };
}

export type CollectionStatements = ReturnType<typeof buildCollectionStatements>;

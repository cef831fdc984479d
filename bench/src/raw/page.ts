// The history-page baselines: the raw drivers running the store's two
// statements for a room page before a cursor (look the cursor up inside the
// room, then the keyset query with LIMIT n+1), with the same SQL text,
// prepared. They return the driver's rows: decoding rows into messages is
// part of what the store's figure includes and the baseline does not.
import type Database from "better-sqlite3";
import type { Sql } from "postgres";

const MESSAGE_COLUMNS = `"id", "network_id", "target_kind", "room_id", "thread_id", "parent_message_id", "dm_id", "target_json", "from_json", "parts_json", "mentions_json", "created_at", "origin_json"`;

export type RawPage = (roomId: string, before: string, limit: number) => Promise<unknown[]> | unknown[];

export function rawSqlitePage(db: Database.Database): RawPage {
  const cursor = db.prepare(
    `select "created_at", "target_kind", "room_id", "thread_id", "dm_id" from "messages" where "messages"."id" = ?`,
  );
  const page = db.prepare(
    `select ${MESSAGE_COLUMNS} from "messages" where (("messages"."room_id" = ? and "messages"."target_kind" = ?) and ("messages"."created_at", "messages"."id") < (?, ?)) ` +
      `order by "messages"."created_at" desc, "messages"."id" desc limit ?`,
  );
  return (roomId, before, limit) => {
    const at = cursor.get(before) as { created_at: string; target_kind: string; room_id: string | null } | undefined;
    if (!at || at.target_kind !== "room" || at.room_id !== roomId)
      throw new Error(`cursor ${before} is not in room ${roomId}`);
    const rows = page.all(roomId, "room", at.created_at, before, limit + 1);
    return rows.slice(0, limit).reverse();
  };
}

export function rawPostgresPage(sql: Sql): RawPage {
  const cursor = `select "created_at", "id" from "messages" where ("messages"."id" = $1 and ("messages"."room_id" = $2 and "messages"."target_kind" = $3))`;
  const page =
    `select ${MESSAGE_COLUMNS} from "messages" where (("messages"."room_id" = $1 and "messages"."target_kind" = $2) and ` +
    `("messages"."created_at", "messages"."id" collate "C") < ($3::timestamptz, $4::text)) order by "messages"."created_at" desc, "messages"."id" collate "C" desc limit $5`;
  return async (roomId, before, limit) => {
    const [at] = await sql.unsafe(cursor, [before, roomId, "room"], { prepare: true });
    if (!at) throw new Error(`cursor ${before} is not in room ${roomId}`);
    const rows = await sql.unsafe(
      page,
      [roomId, "room", (at as unknown as { created_at: string }).created_at, before, limit + 1],
      { prepare: true },
    );
    return rows.slice(0, limit).reverse();
  };
}

// The Postgres append baseline: postgres.js alone, executing the statements the
// store's Postgres adapter executes (same SQL text, prepared), in the same
// transaction shape: BEGIN; thread or DM upsert ... RETURNING; the message
// (ON CONFLICT DO NOTHING RETURNING id); the DM participants in one multi-row
// insert; the artifacts in one multi-row insert; COMMIT.
import postgres, { type Sql, type TransactionSql } from "postgres";
import type { Message } from "@moltnet/store";
import { artifactRows, participantsOf } from "./message-rows.js";

const THREAD =
  `insert into "threads" ("id", "network_id", "fqid", "room_id", "parent_message_id", "message_count", "last_message_at") values ($1, $2, $3, $4, $5, $6, $7) ` +
  `on conflict ("id") do update set "message_count" = "threads"."message_count" + 1, "last_message_at" = excluded.last_message_at ` +
  `returning "id", "network_id", "fqid", "room_id", "parent_message_id", "message_count", "last_message_at"`;
const DM =
  `insert into "dm_conversations" ("dm_id", "network_id", "fqid", "message_count", "last_message_at") values ($1, $2, $3, $4, $5) ` +
  `on conflict ("dm_id") do update set "network_id" = excluded.network_id, "fqid" = excluded.fqid, ` +
  `"message_count" = "dm_conversations"."message_count" + 1, "last_message_at" = excluded.last_message_at returning "message_count"`;
const MESSAGE =
  `insert into "messages" ("id", "network_id", "target_kind", "room_id", "thread_id", "parent_message_id", "dm_id", "target_json", "from_json", ` +
  `"parts_json", "mentions_json", "created_at", "origin_json") values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) on conflict ("id") do nothing returning "id"`;
const ARTIFACT_COLUMNS = `"id", "network_id", "fqid", "message_id", "target_kind", "room_id", "thread_id", "dm_id", "target_json", "part_index", "kind", "media_type", "filename", "url", "created_at"`;

function valuesList(rows: number, width: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cols: string[] = [];
    for (let c = 1; c <= width; c++) cols.push(`$${r * width + c}`);
    out.push(`(${cols.join(", ")})`);
  }
  return out.join(", ");
}

const participantSql = new Map<number, string>();
const artifactSql = new Map<number, string>();
function participantsStatement(n: number): string {
  let text = participantSql.get(n);
  if (!text)
    participantSql.set(
      n,
      (text = `insert into "dm_participants" ("dm_id", "participant_id") values ${valuesList(n, 2)} on conflict do nothing`),
    );
  return text;
}
function artifactsStatement(n: number): string {
  let text = artifactSql.get(n);
  if (!text) artifactSql.set(n, (text = `insert into "artifacts" (${ARTIFACT_COLUMNS}) values ${valuesList(n, 15)}`));
  return text;
}

/** A postgres.js pool configured like the store's (see packages/store/src/postgres/connection.ts), times as text. */
export function rawPostgres(dsn: string, max: number): Sql {
  const sql = postgres(dsn, {
    max,
    connect_timeout: 5,
    idle_timeout: 300,
    max_lifetime: 1800,
    onnotice: () => {},
    connection: { application_name: "moltnet-bench-raw", TimeZone: "UTC", plan_cache_mode: "force_custom_plan" },
  });
  // Drizzle does the same on the store's pool: timestamps travel as text both ways.
  const asText = (value: unknown) => value;
  const options = sql.options as unknown as { parsers: Record<string, unknown>; serializers: Record<string, unknown> };
  for (const type of ["1184", "1082", "1083", "1114", "1182", "1185", "1115", "1231"]) {
    options.parsers[type] = asText;
    options.serializers[type] = asText;
  }
  return sql;
}

type Param = string | number | null;

export function rawPostgresAppender(sql: Sql): (message: Message) => Promise<void> {
  const run = (tx: TransactionSql, text: string, params: Param[]) =>
    tx.unsafe(text, params as never[], { prepare: true });
  return async (m) => {
    await sql.begin(async (tx) => {
      const t = m.target;
      let roomId: string | null = null;
      let threadId: string | null = null;
      let parentId: string | null = null;
      let dmId: string | null = null;
      if (t.kind === "room") roomId = t.room_id ?? null;
      else if (t.kind === "thread") {
        threadId = t.thread_id!;
        parentId = t.parent_message_id || null;
        const [row] = await run(tx, THREAD, [
          threadId,
          m.network_id,
          `molt://${m.network_id}/threads/${threadId}`,
          t.room_id ?? "",
          t.parent_message_id ?? "",
          1,
          m.created_at,
        ]);
        roomId = (row as unknown as { room_id: string }).room_id;
      } else if (t.kind === "dm") {
        dmId = t.dm_id!;
        await run(tx, DM, [dmId, m.network_id, `molt://${m.network_id}/dms/${dmId}`, 1, m.created_at]);
      }
      const targetJson = JSON.stringify(t);
      const inserted = await run(tx, MESSAGE, [
        m.id,
        m.network_id,
        t.kind,
        roomId,
        threadId,
        parentId,
        dmId,
        targetJson,
        JSON.stringify(m.from),
        JSON.stringify(m.parts),
        m.mentions && m.mentions.length > 0 ? JSON.stringify(m.mentions) : "null",
        m.created_at,
        JSON.stringify(m.origin),
      ]);
      if (inserted.length === 0) throw new Error(`duplicate message ${m.id}`);
      if (dmId !== null) {
        const ids = participantsOf(m);
        await run(
          tx,
          participantsStatement(ids.length),
          ids.flatMap((p) => [dmId, p]),
        );
      }
      const artifacts = artifactRows(m);
      if (artifacts.length > 0) {
        const params: Param[] = [];
        for (const a of artifacts) {
          params.push(
            a.id,
            m.network_id,
            a.fqid,
            m.id,
            t.kind,
            roomId,
            threadId,
            dmId,
            targetJson,
            a.partIndex,
            a.kind,
            a.mediaType,
            a.filename,
            a.url,
            m.created_at,
          );
        }
        await run(tx, artifactsStatement(artifacts.length), params);
      }
    });
  };
}

// Builds databases the way the reference server (noopolis/moltnet, schema
// versions 1-8) leaves them: its own DDL per version, its schema_migrations rows,
// and rows in its formats (trimmed RFC3339Nano text times, mentions_json `null`,
// legacy origin_json `{}`). The DDL is restated here from the reference on
// purpose, independent of the migrator's copy, so the tests check one against the other.
import type Database from "better-sqlite3";
import type { Sql } from "postgres";

export type Dialect = "sqlite" | "postgres";

const v1 = (time: string, dialect: Dialect): string[] => {
  const sqlite = dialect === "sqlite";
  const fk = (ref: string) => (sqlite ? "" : ` REFERENCES ${ref} ON DELETE CASCADE`);
  const tableFk = (col: string, ref: string) =>
    sqlite ? `,\n\t\t\t\tFOREIGN KEY (${col}) REFERENCES ${ref} ON DELETE CASCADE` : "";
  const dmConversations = `CREATE TABLE IF NOT EXISTS dm_conversations (
				dm_id TEXT PRIMARY KEY,
				network_id TEXT NOT NULL,
				fqid TEXT NOT NULL,
				message_count INTEGER NOT NULL,
				last_message_at ${time} NOT NULL
			)`;
  const messages = `CREATE TABLE IF NOT EXISTS messages (
				id TEXT PRIMARY KEY,
				network_id TEXT NOT NULL,
				target_kind TEXT NOT NULL,
				room_id TEXT${fk("rooms(id)")},
				thread_id TEXT${fk("threads(id)")},
				parent_message_id TEXT,
				dm_id TEXT${fk("dm_conversations(dm_id)")},
				target_json TEXT NOT NULL,
				from_json TEXT NOT NULL,
				parts_json TEXT NOT NULL,
				mentions_json TEXT NOT NULL,
				created_at ${time} NOT NULL${tableFk("room_id", "rooms(id)")}${tableFk("thread_id", "threads(id)")}${tableFk("dm_id", "dm_conversations(dm_id)")}
			)`;
  return [
    `CREATE TABLE IF NOT EXISTS schema_migrations (
				version INTEGER PRIMARY KEY,
				name TEXT NOT NULL,
				applied_at ${time} NOT NULL
			)`,
    `CREATE TABLE IF NOT EXISTS rooms (
				id TEXT PRIMARY KEY,
				network_id TEXT NOT NULL,
				fqid TEXT NOT NULL,
				name TEXT NOT NULL,
				created_at ${time} NOT NULL
			)`,
    `CREATE TABLE IF NOT EXISTS room_members (
				room_id TEXT NOT NULL${fk("rooms(id)")},
				member_id TEXT NOT NULL,
				PRIMARY KEY (room_id, member_id)${tableFk("room_id", "rooms(id)")}
			)`,
    `CREATE TABLE IF NOT EXISTS threads (
				id TEXT PRIMARY KEY,
				network_id TEXT NOT NULL,
				fqid TEXT NOT NULL,
				room_id TEXT NOT NULL${fk("rooms(id)")},
				parent_message_id TEXT NOT NULL,
				message_count INTEGER NOT NULL,
				last_message_at ${time} NOT NULL${tableFk("room_id", "rooms(id)")}
			)`,
    // SQLite declares messages before dm_conversations (a forward reference), Postgres after.
    ...(sqlite ? [messages, dmConversations] : [dmConversations, messages]),
    `CREATE TABLE IF NOT EXISTS dm_participants (
				dm_id TEXT NOT NULL${fk("dm_conversations(dm_id)")},
				participant_id TEXT NOT NULL,
				PRIMARY KEY (dm_id, participant_id)${tableFk("dm_id", "dm_conversations(dm_id)")}
			)`,
    `CREATE TABLE IF NOT EXISTS artifacts (
				id TEXT PRIMARY KEY,
				network_id TEXT NOT NULL,
				fqid TEXT NOT NULL,
				message_id TEXT NOT NULL${fk("messages(id)")},
				target_kind TEXT NOT NULL,
				room_id TEXT${fk("rooms(id)")},
				thread_id TEXT${fk("threads(id)")},
				dm_id TEXT${fk("dm_conversations(dm_id)")},
				target_json TEXT NOT NULL,
				part_index INTEGER NOT NULL,
				kind TEXT NOT NULL,
				media_type TEXT,
				filename TEXT,
				url TEXT,
				created_at ${time} NOT NULL${tableFk("message_id", "messages(id)")}${tableFk("room_id", "rooms(id)")}${tableFk("thread_id", "threads(id)")}${tableFk("dm_id", "dm_conversations(dm_id)")}
			)`,
    `CREATE INDEX IF NOT EXISTS idx_messages_room ON messages (room_id, created_at, id)`,
    `CREATE INDEX IF NOT EXISTS idx_messages_thread ON messages (thread_id, created_at, id)`,
    `CREATE INDEX IF NOT EXISTS idx_messages_dm ON messages (dm_id, created_at, id)`,
    `CREATE INDEX IF NOT EXISTS idx_threads_room ON threads (room_id, id)`,
    `CREATE INDEX IF NOT EXISTS idx_artifacts_room ON artifacts (room_id, created_at, id)`,
    `CREATE INDEX IF NOT EXISTS idx_artifacts_thread ON artifacts (thread_id, created_at, id)`,
    `CREATE INDEX IF NOT EXISTS idx_artifacts_dm ON artifacts (dm_id, created_at, id)`,
  ];
};

/** The reference's eight migrations for one dialect, in order. */
export function referenceMigrations(dialect: Dialect): { version: number; name: string; statements: string[] }[] {
  const time = dialect === "sqlite" ? "TEXT" : "TIMESTAMPTZ";
  return [
    { version: 1, name: "initial_schema", statements: v1(time, dialect) },
    {
      version: 2,
      name: "message_origin",
      statements: [`ALTER TABLE messages ADD COLUMN origin_json TEXT NOT NULL DEFAULT '{}'`],
    },
    {
      version: 3,
      name: "global_paging_indexes",
      statements: [
        `CREATE INDEX IF NOT EXISTS idx_messages_created ON messages (created_at, id)`,
        `CREATE INDEX IF NOT EXISTS idx_artifacts_created ON artifacts (created_at, id)`,
      ],
    },
    {
      version: 4,
      name: "thread_room_index_backfill",
      statements: [`CREATE INDEX IF NOT EXISTS idx_threads_room ON threads (room_id, id)`],
    },
    {
      version: 5,
      name: "agent_registry",
      statements: [
        `CREATE TABLE IF NOT EXISTS agents (
				agent_id TEXT PRIMARY KEY,
				network_id TEXT NOT NULL,
				actor_uid TEXT NOT NULL,
				actor_uri TEXT NOT NULL,
				display_name TEXT,
				credential_key TEXT NOT NULL,
				created_at ${time} NOT NULL,
				updated_at ${time} NOT NULL
			)`,
      ],
    },
    {
      version: 6,
      name: "agent_credential_index",
      statements: [`CREATE INDEX IF NOT EXISTS idx_agents_credential_key ON agents (credential_key)`],
    },
    {
      version: 7,
      name: "soft_removed_rooms",
      statements: [
        `ALTER TABLE rooms ADD COLUMN deleted_at ${time}`,
        `CREATE INDEX IF NOT EXISTS idx_rooms_deleted_at ON rooms (deleted_at)`,
      ],
    },
    {
      version: 8,
      name: "room_access_policy",
      statements: [
        `ALTER TABLE rooms ADD COLUMN visibility TEXT NOT NULL DEFAULT 'private'`,
        `ALTER TABLE rooms ADD COLUMN write_policy TEXT NOT NULL DEFAULT 'members'`,
      ],
    },
  ];
}

/** applied_at the reference would have written (RFC3339Nano text). */
export const REFERENCE_APPLIED_AT = "2026-03-01T08:00:00.123456789Z";

/** Runs the reference's procedure up to `version` (inclusive) on a SQLite database. */
export function buildReferenceSqlite(db: Database.Database, version = 8): void {
  const [first] = referenceMigrations("sqlite");
  db.exec(first!.statements[0]!);
  for (const m of referenceMigrations("sqlite").filter((m) => m.version <= version)) {
    db.transaction(() => {
      for (const s of m.statements) db.exec(s);
      db.prepare(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`).run(
        m.version,
        m.name,
        REFERENCE_APPLIED_AT,
      );
    })();
  }
}

/** Runs the reference's procedure up to `version` (inclusive) on Postgres. */
export async function buildReferencePostgres(sql: Sql, version = 8): Promise<void> {
  const [first] = referenceMigrations("postgres");
  await sql.unsafe(first!.statements[0]!);
  for (const m of referenceMigrations("postgres").filter((m) => m.version <= version)) {
    await sql.begin(async (tx) => {
      for (const s of m.statements) await tx.unsafe(s);
      await tx`INSERT INTO schema_migrations (version, name, applied_at) VALUES (${m.version}, ${m.name}, ${REFERENCE_APPLIED_AT}::text::timestamptz)`;
    });
  }
}

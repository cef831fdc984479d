// Shared pieces of the copy tests: the reference-format fixtures written to
// disk, servers started over a copy's result, and whole-table dumps.
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import postgres from "postgres";
import { roundToMicros } from "@moltnet/store";
import { REFERENCE_SNAPSHOT } from "../../../../packages/store/test/json/reference-snapshot.js";
import { buildReferenceSqlite } from "../../../../packages/store/test/migrate/reference-db.js";
import { insertReferenceRowsSqlite } from "../../../../packages/store/test/migrate/reference-rows.js";
import { freePort, startCli } from "../process/cli-harness.js";
import { HttpClient } from "../http/client.js";
import { takeSnapshot, type Snapshot } from "../http/snapshot.js";

export type Side = { kind: "json" | "sqlite"; path: string } | { kind: "postgres"; dsn: string };

export const arg = (side: Side): string => (side.kind === "postgres" ? side.dsn : `${side.kind}:${side.path}`);

export function writeReferenceJson(path: string): void {
  writeFileSync(path, REFERENCE_SNAPSHOT);
}

export function writeReferenceSqlite(path: string): void {
  const db = new Database(path);
  try {
    buildReferenceSqlite(db);
    insertReferenceRowsSqlite(db);
  } finally {
    db.close();
  }
}

/** Cursor pages over the fixtures' conversations (both fixtures use these ids; a missing one answers 404 the same everywhere). */
const CURSOR_PAGES = [
  "/v1/rooms/general/messages?limit=1",
  "/v1/rooms/general/messages?limit=1&before=m2",
  "/v1/rooms/general/messages?limit=1&after=m1",
  "/v1/rooms/research/messages?limit=1",
  "/v1/rooms/research/messages?limit=1&before=m1",
  "/v1/rooms/research/messages?limit=1&after=m0",
  "/v1/threads/t1/messages?limit=1",
  "/v1/threads/t1/messages?limit=1&before=m5",
  "/v1/threads/t1/messages?limit=1&after=m2",
  "/v1/dms/dm-ab/messages?limit=1&before=m7",
  "/v1/artifacts?limit=1",
  "/v1/artifacts?limit=2",
  "/v1/rooms/archive",
  "/v1/rooms/archive/messages",
  "/v1/rooms/old-lobby",
];

/**
 * Every API answer of a server started over `side`. A file is served from a
 * copy of itself, so starting a server (which migrates) never changes what
 * the test copies.
 */
export async function apiAnswers(side: Side, dir: string, name: string): Promise<Snapshot> {
  const port = await freePort();
  const env: Record<string, string> = { MOLTNET_LISTEN_ADDR: `127.0.0.1:${port}`, MOLTNET_NETWORK_ID: "local" };
  if (side.kind === "postgres") env.MOLTNET_POSTGRES_DSN = side.dsn;
  else {
    const served = join(dir, `served-${name}.${side.kind === "json" ? "json" : "db"}`);
    copyFileSync(side.path, served);
    env[side.kind === "json" ? "MOLTNET_JSON_PATH" : "MOLTNET_SQLITE_PATH"] = served;
  }
  const server = await startCli({ cwd: dir, env });
  try {
    return await takeSnapshot(new HttpClient(server.baseUrl), { extra: CURSOR_PAGES });
  } finally {
    await server.stop();
  }
}

/** The answers as a store keeping microseconds gives them: finer times rounded the way Postgres rounds. */
export function atMicroseconds(snapshot: Snapshot): Snapshot {
  const out: Snapshot = new Map();
  for (const [path, text] of snapshot) {
    out.set(
      path,
      text.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7,9}Z/g, (ts) => roundToMicros(ts).value),
    );
  }
  return out;
}

/** Every row of every table, ordered, as text: two equal dumps are two equal databases. */
export async function dumpTables(side: Side): Promise<Record<string, unknown[]>> {
  const tables = [
    "rooms",
    "room_members",
    "agents",
    "threads",
    "dm_conversations",
    "dm_participants",
    "messages",
    "artifacts",
    "schema_migrations",
  ];
  const out: Record<string, unknown[]> = {};
  if (side.kind === "sqlite") {
    const db = new Database(side.path, { readonly: true });
    try {
      for (const t of tables)
        out[t] = db
          .prepare(`SELECT * FROM ${t} ORDER BY 1, 2`)
          .all()
          .map((r) => (t === "schema_migrations" ? { ...(r as object), applied_at: null } : r));
      out.copyState = db.prepare(`SELECT name FROM sqlite_master WHERE name = 'moltnet_copy_state'`).all();
    } finally {
      db.close();
    }
  } else if (side.kind === "postgres") {
    const sql = postgres(side.dsn, { max: 1, onnotice: () => {} });
    try {
      for (const t of tables) {
        const rows = await sql.unsafe(`SELECT * FROM ${t} ORDER BY 1, 2`);
        out[t] = rows.map((r) => (t === "schema_migrations" ? { ...r, applied_at: null } : { ...r }));
      }
      out.copyState = await sql.unsafe(`SELECT to_regclass('moltnet_copy_state')::text AS t`);
    } finally {
      await sql.end({ timeout: 5 });
    }
  }
  return out;
}

/**
 * A SQLite database with `count` messages spread over rooms, threads and DMs
 * (every tenth with a file part, so artifacts too), a removed room and agents,
 * written through the store itself.
 */
export async function writeLargeSqlite(path: string, count: number): Promise<void> {
  const { openStore } = await import("@moltnet/store");
  const store = await openStore({ kind: "sqlite", path });
  const net = "local";
  const base = Date.parse("2026-04-01T09:00:00Z");
  const time = (i: number) =>
    `${new Date(base + i).toISOString().slice(0, 19)}.${String(i % 1000).padStart(3, "0")}${String(i % 997).padStart(3, "0")}Z` as never;
  try {
    for (const id of ["r0", "r1", "r2", "gone"]) {
      await store.createRoom({
        id,
        network_id: net,
        fqid: `molt://${net}/rooms/${id}`,
        name: `Room ${id}`,
        members: ["alpha", "beta"],
        visibility: "public",
        write_policy: "members",
        created_at: time(0),
      });
    }
    for (const agent of ["alpha", "beta"]) {
      await store.registerAgent({
        network_id: net,
        agent_id: agent,
        actor_uid: `actor_${agent}`,
        actor_uri: `molt://${net}/agents/${agent}`,
        credential_key: `token:${agent}`,
        created_at: time(1),
        updated_at: time(2),
      });
    }
    const from = { type: "agent", id: "alpha", network_id: net, fqid: `molt://${net}/agents/alpha` };
    for (let start = 0; start < count; start += 1000) {
      const batch: Promise<unknown>[] = [];
      for (let i = start; i < Math.min(count, start + 1000); i++) {
        const id = `m${String(i).padStart(7, "0")}`;
        const kind = i % 10 === 3 ? "thread" : i % 10 === 7 ? "dm" : "room";
        const target =
          kind === "thread"
            ? { kind, room_id: `r${i % 3}`, thread_id: `t${i % 50}`, parent_message_id: "m0000000" }
            : kind === "dm"
              ? { kind, dm_id: `dm${i % 20}`, participant_ids: ["alpha", `peer${i % 20}`] }
              : { kind, room_id: i % 101 === 0 ? "gone" : `r${i % 3}` };
        const parts: { kind: string; text?: string; url?: string; filename?: string }[] = [
          { kind: "text", text: `message ${i} ${"x".repeat(i % 40)}` },
        ];
        if (i % 10 === 0) parts.push({ kind: "file", url: `https://files.example/${i}`, filename: `${i}.txt` });
        batch.push(
          store.appendMessage({
            id,
            network_id: net,
            origin: { network_id: net, message_id: id },
            target,
            from,
            parts,
            created_at: time(10 + i),
            ...(i % 9 === 0 ? { mentions: ["beta"] } : {}),
          } as never),
        );
      }
      await Promise.all(batch);
    }
    await store.removeRoom("gone", time(count + 20));
  } finally {
    await store.close();
  }
}

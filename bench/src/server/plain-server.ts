// The plain server a user would write instead of Moltnet on the same parts
// (issue 12's baseline): node:http, and either better-sqlite3 in WAL with
// synchronous=NORMAL or postgres.js with a pool of 10. POST /v1/messages runs
// one transaction that checks the room and inserts the row with its JSON
// columns; GET /v1/rooms/<room>/messages?limit=N reads a page by keyset and
// re-encodes each row with JSON.parse/JSON.stringify. No auth, no events, no
// logs: only what storing and paging messages takes.
// Run as a child process: `node plain-server.js <port> sqlite <path>` or `… postgres <dsn>`.
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import Database from "better-sqlite3";
import postgres from "postgres";

const [portArg, kind, where] = process.argv.slice(2);
const port = Number(portArg);
if (!Number.isInteger(port) || port <= 0 || (kind !== "sqlite" && kind !== "postgres") || !where) {
  process.stderr.write("usage: node plain-server.js <port> sqlite <path> | postgres <dsn>\n");
  process.exit(2);
}

interface Row {
  id: string;
  room_id: string;
  from_json: string;
  parts_json: string;
  created_at: string;
}

interface Backend {
  insert(id: string, roomId: string, from: string, parts: string, createdAt: string): Promise<boolean>;
  page(roomId: string, limit: number): Promise<Row[]>;
  close(): Promise<void>;
}

const SCHEMA = [
  "CREATE TABLE IF NOT EXISTS rooms (id TEXT PRIMARY KEY)",
  "CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, room_id TEXT NOT NULL, from_json TEXT NOT NULL, parts_json TEXT NOT NULL, created_at TEXT NOT NULL)",
  "CREATE INDEX IF NOT EXISTS messages_room_page ON messages (room_id, created_at, id)",
];

function sqlite(path: string): Backend {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  for (const s of SCHEMA) db.exec(s);
  db.prepare("INSERT OR IGNORE INTO rooms (id) VALUES ('bench')").run();
  const room = db.prepare<[string]>("SELECT 1 FROM rooms WHERE id = ?");
  const insert = db.prepare(
    "INSERT INTO messages (id, room_id, from_json, parts_json, created_at) VALUES (?, ?, ?, ?, ?)",
  );
  const page = db.prepare<[string, number], Row>(
    "SELECT id, room_id, from_json, parts_json, created_at FROM messages WHERE room_id = ? ORDER BY created_at DESC, id DESC LIMIT ?",
  );
  const tx = db.transaction((id: string, roomId: string, from: string, parts: string, at: string) => {
    if (!room.get(roomId)) return false;
    insert.run(id, roomId, from, parts, at);
    return true;
  });
  return {
    insert: async (...args) => tx(...args),
    page: async (roomId, limit) => page.all(roomId, limit),
    close: async () => void db.close(),
  };
}

function pg(dsn: string): Backend {
  const sql = postgres(dsn, { max: 10, onnotice: () => {} });
  const ready = (async () => {
    for (const s of SCHEMA) await sql.unsafe(s);
    await sql`INSERT INTO rooms (id) VALUES ('bench') ON CONFLICT DO NOTHING`;
  })();
  return {
    async insert(id, roomId, from, parts, at) {
      await ready;
      return sql.begin(async (tx) => {
        const found = await tx`SELECT 1 FROM rooms WHERE id = ${roomId}`;
        if (found.length === 0) return false;
        await tx`INSERT INTO messages (id, room_id, from_json, parts_json, created_at) VALUES (${id}, ${roomId}, ${from}, ${parts}, ${at})`;
        return true;
      });
    },
    async page(roomId, limit) {
      await ready;
      return sql<
        Row[]
      >`SELECT id, room_id, from_json, parts_json, created_at FROM messages WHERE room_id = ${roomId} ORDER BY created_at DESC, id DESC LIMIT ${limit}`;
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

const backend = kind === "sqlite" ? sqlite(where) : pg(where);

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c: string) => (body += c));
    req.on("end", () => resolve(body));
    req.on("error", reject);
  });
}

async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? "/", "http://x");
  if (req.method === "POST" && url.pathname === "/v1/messages") {
    let input: { target?: { room_id?: unknown }; from?: unknown; parts?: unknown };
    try {
      input = JSON.parse(await readBody(req));
    } catch {
      return send(res, 400, { error: "invalid JSON" });
    }
    const roomId = input.target?.room_id;
    if (typeof roomId !== "string" || !Array.isArray(input.parts) || typeof input.from !== "object")
      return send(res, 422, { error: "invalid message" });
    const id = `msg_${randomUUID()}`;
    const ok = await backend.insert(
      id,
      roomId,
      JSON.stringify(input.from),
      JSON.stringify(input.parts),
      new Date().toISOString(),
    );
    if (!ok) return send(res, 404, { error: "unknown room" });
    return send(res, 202, { message_id: id, accepted: true });
  }
  const m = /^\/v1\/rooms\/([^/]+)\/messages$/.exec(url.pathname);
  if (req.method === "GET" && m) {
    const limit = Math.min(500, Math.max(1, Number(url.searchParams.get("limit")) || 100));
    const rows = await backend.page(decodeURIComponent(m[1]!), limit + 1);
    const messages = rows
      .slice(0, limit)
      .reverse()
      .map((r) => ({
        id: r.id,
        target: { kind: "room", room_id: r.room_id },
        from: JSON.parse(r.from_json) as unknown,
        parts: JSON.parse(r.parts_json) as unknown,
        created_at: r.created_at,
      }));
    const page: Record<string, unknown> = { has_more: rows.length > limit };
    if (rows.length > limit) page.next_before = messages[0]?.id;
    return send(res, 200, { messages, page });
  }
  req.resume();
  send(res, 200, { ok: true });
}

const server = createServer((req, res) => {
  handle(req, res).catch(() => {
    if (!res.headersSent) send(res, 500, { error: "internal" });
  });
});
server.listen(port, "127.0.0.1");
process.on("SIGTERM", () => server.close(() => void backend.close().then(() => process.exit(0))));

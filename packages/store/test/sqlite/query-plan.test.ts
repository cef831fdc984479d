// Page reads, cursor lookups and point reads must be index searches: a query
// that scans a conversation gets slower with every message ever written.
// Checked with EXPLAIN QUERY PLAN on the exact SQL of the store's prepared
// statements, on an empty database and again after ANALYZE on skewed data
// (SQLite's planner changes its mind once it has statistics).
import Database from "better-sqlite3";
import { drizzle } from "drizzle-orm/better-sqlite3";
import { describe, expect, test } from "vitest";
import type { SqliteDb } from "../../src/sqlite/connection.js";
import { buildCollectionStatements } from "../../src/sqlite/collection-statements.js";
import { buildHistoryStatements } from "../../src/sqlite/history-statements.js";
import { at, dmTarget, filePart, message, room, roomTarget, threadTarget } from "../fixtures/records.js";
import { openFresh } from "./helpers.js";

interface Plan {
  name: string;
  sql: string;
  lines: string[];
}

/** Every prepared statement in a statements object, by dotted name. */
function plansOf(client: Database.Database, statements: object, prefix: string): Plan[] {
  const out: Plan[] = [];
  for (const [key, value] of Object.entries(statements)) {
    const name = `${prefix}.${key}`;
    if (value && typeof (value as { getQuery?: unknown }).getQuery === "function") {
      const query = (value as { getQuery(): { sql: string; params: unknown[] } }).getQuery();
      const rows = client.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...query.params.map(() => "x")) as {
        detail: string;
      }[];
      out.push({ name, sql: query.sql, lines: rows.map((r) => r.detail) });
    } else if (value && typeof value === "object") {
      out.push(...plansOf(client, value, name));
    }
  }
  return out;
}

async function populatedDatabase(): Promise<string> {
  const { store, path } = await openFresh();
  for (const id of ["general", "random", "zeta"]) await store.createRoom(room(id, { members: ["alpha", "beta"] }));
  for (let i = 0; i < 300; i++) {
    const target =
      i % 3 === 0
        ? roomTarget("general")
        : i % 3 === 1
          ? threadTarget("general", `t${i % 7}`, "m0")
          : dmTarget(`dm${i % 5}`, ["alpha", "beta"]);
    await store.appendMessage(message(`m${i}`, target, { created_at: at(i), parts: [filePart(`f${i}.pdf`)] }));
  }
  await store.removeRoom("zeta", at(999));
  await store.close();
  return path;
}

function checkPlans(plans: Plan[]): void {
  const byName = new Map(plans.map((p) => [p.name, p]));
  const plan = (name: string): string => {
    const p = byName.get(name);
    expect(p, `no statement ${name}`).toBeDefined();
    return p!.lines.join("\n");
  };
  for (const kind of ["room", "thread", "dm"]) {
    for (const mode of ["latest", "before", "after"]) {
      const messages = plan(`history.messagePages.${kind}.${mode}`);
      // Room pages use the index with the kind in its key: a thread message carries its room's room_id too.
      const messageIndex =
        kind === "room" ? "idx_messages_room_kind (room_id=? AND target_kind=?" : `idx_messages_${kind} (${kind}_id=?`;
      // A page reads keys only: for rooms the index holds all of them (covering); thread and
      // DM indexes lack target_kind, so those read the row for it.
      const using = kind === "room" ? "COVERING INDEX" : "INDEX";
      expect(messages, `messages ${kind} ${mode}`).toContain(`SEARCH messages USING ${using} ${messageIndex}`);
      expect(messages).not.toContain("TEMP B-TREE");
      const artifacts = plan(`history.artifactPages.${kind}.${mode}`);
      expect(artifacts, `artifacts ${kind} ${mode}`).toContain(
        `SEARCH artifacts USING INDEX idx_artifacts_${kind} (${kind}_id=?`,
      );
      // Only the tie-break inside one created_at (message_id, part_index) may be sorted.
      expect(artifacts).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
      if (mode !== "latest") {
        const op = mode === "before" ? "<" : ">";
        expect(messages).toContain(`(created_at,id)${op}(?,?)`);
        expect(artifacts).toContain(`created_at${op}?`);
      }
    }
    expect(
      plan(`collections.${kind === "room" ? "roomPages.all" : kind === "thread" ? "threadPages" : "dmPages"}.after`),
    ).not.toContain("TEMP B-TREE");
  }
  expect(plan("history.messagesById")).toContain("SEARCH messages USING INDEX sqlite_autoindex_messages_1 (id=?)");
  expect(plan("history.messageCursor")).toContain("USING INDEX sqlite_autoindex_messages_1 (id=?)");
  expect(plan("history.messageExists")).toContain("sqlite_autoindex_messages_1 (id=?)");
  expect(plan("history.artifactCursor")).toContain("USING INDEX sqlite_autoindex_artifacts_1 (id=?)");
  expect(plan("collections.activeRoom")).toContain("USING INDEX sqlite_autoindex_rooms_1 (id=?)");
  expect(plan("collections.thread")).toContain("USING INDEX sqlite_autoindex_threads_1 (id=?)");
  expect(plan("collections.dm")).toContain("USING INDEX sqlite_autoindex_dm_conversations_1 (dm_id=?)");
  expect(plan("collections.agentByCredential")).toContain("USING INDEX idx_agents_credential_key (credential_key=?)");
  for (const mode of ["latest", "before", "after"]) {
    for (const list of ["roomPages.all", "roomPages.publicOnly"]) {
      const rooms = plan(`collections.${list}.${mode}`);
      expect(rooms, `${list} ${mode}`).toContain("USING INDEX sqlite_autoindex_rooms_1");
      expect(rooms).not.toContain("TEMP B-TREE");
    }
    expect(plan(`collections.threadPages.${mode}`)).toContain("SEARCH threads USING INDEX idx_threads_room (room_id=?");
    expect(plan(`collections.dmPages.${mode}`)).toContain("USING INDEX sqlite_autoindex_dm_conversations_1");
  }
  for (const p of plans) {
    for (const line of p.lines) {
      // A bare table scan anywhere is a bug; the json_each list of page ids is not a table.
      expect(line, `${p.name}: ${p.sql}`).not.toMatch(/^SCAN (?!json_each)\w+$/);
    }
  }
}

describe("sqlite query plans", () => {
  test("pages, cursor lookups and point reads are index searches, before and after ANALYZE", async () => {
    const path = await populatedDatabase();
    const client = new Database(path);
    try {
      const db = drizzle({ client }) as SqliteDb;
      const plans = () => [
        ...plansOf(client, buildHistoryStatements(db), "history"),
        ...plansOf(client, buildCollectionStatements(db), "collections"),
      ];
      checkPlans(plans());
      client.exec("ANALYZE");
      checkPlans(plans());
    } finally {
      client.close();
    }
  });
});

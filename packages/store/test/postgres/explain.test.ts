// The page queries are index range scans that read about one page of rows,
// not the conversation or the table: EXPLAIN ANALYZE of the exact statements
// the store prepares, over a table big enough for the planner to care.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { drizzle } from "drizzle-orm/postgres-js";
import { fillPlaceholders } from "drizzle-orm";
import type { PgPreparedQuery, PreparedQueryConfig } from "drizzle-orm/pg-core";
import {
  artifactCursorLookup,
  artifactPage,
  messageCursorLookup,
  messagePage,
  type ArtifactScope,
  type MessageScope,
} from "../../src/postgres/history.js";
import { dmPage, threadPage } from "../../src/postgres/conversations.js";
import { roomPage } from "../../src/postgres/rooms.js";
import { agentPage } from "../../src/postgres/agents.js";
import type { Direction } from "../../src/postgres/keyset.js";
import { openFreshStore, type OpenedStore } from "./helpers.js";

const ROOMS = 100;
const PER_ROOM = 400; // room messages per room
const THREADS = 20; // each in its own room ("troom-N"), whose traffic is mostly that thread's
const PER_THREAD = 1500;
const ROOM_MESSAGES_IN_THREAD_ROOMS = 100; // one every 15 thread messages of the same room
const EMPTY_ROOMS = 3000; // no messages: so the rooms table is not tiny either
const BUSY_ROOM_THREADS = 3000; // threads of one room ("busy"), far more than a page
const QUIET_THREADS_PER_ROOM = 50; // threads without messages, so the threads table is not tiny
const DMS = 2000;
const DMS_WITH_MESSAGES = 20;
const PER_DM = 1000;
const AGENTS = 20000; // open registration lets anyone grow the registry
const LIMIT = 20;

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows": number;
  "Actual Loops": number;
  "Rows Removed by Filter"?: number;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

/** A Sort over `table`'s rows (a sort inside a subquery over another table does not count). */
function sortsTable(plan: PlanNode[], table: string): boolean {
  return plan.some((n) => n["Node Type"] === "Sort" && nodes(n).some((below) => below["Relation Name"] === table));
}

let ctx: OpenedStore;
let explain: (statement: PgPreparedQuery<PreparedQueryConfig>, values: Record<string, unknown>) => Promise<PlanNode[]>;

beforeAll(async () => {
  ctx = await openFreshStore();
  const { raw } = ctx;
  // Seeded straight into the tables: 40 000 room messages, 30 000 thread
  // messages, 20 000 DM messages, one artifact per fifth message. Conversations
  // are far larger than a page, so reading one page must not mean reading them.
  await raw.unsafe(`
    insert into rooms (id, network_id, fqid, name, created_at)
      select 'room-' || r, 'local', '', 'room ' || r, timestamptz '2026-01-01' from generate_series(1, ${ROOMS}) r;
    insert into rooms (id, network_id, fqid, name, created_at)
      select 'troom-' || t, 'local', '', 'thread room ' || t, timestamptz '2026-01-01' from generate_series(1, ${THREADS}) t;
    insert into rooms (id, network_id, fqid, name, created_at)
      select 'empty-' || e, 'local', '', 'empty ' || e, timestamptz '2026-01-01' from generate_series(1, ${EMPTY_ROOMS}) e;
    insert into rooms (id, network_id, fqid, name, created_at) values ('busy', 'local', '', 'busy', timestamptz '2026-01-01');
    insert into room_members (room_id, member_id) select id, 'agent-' || m from rooms, generate_series(1, 2) m;
    insert into threads (id, network_id, fqid, room_id, parent_message_id, message_count, last_message_at)
      select 'busy-' || t, 'local', '', 'busy', '', 0, timestamptz '2026-01-02' from generate_series(1, ${BUSY_ROOM_THREADS}) t;
    insert into threads (id, network_id, fqid, room_id, parent_message_id, message_count, last_message_at)
      select 'thread-' || t, 'local', '', 'troom-' || t, '', ${PER_THREAD}, timestamptz '2026-01-02' from generate_series(1, ${THREADS}) t;
    insert into threads (id, network_id, fqid, room_id, parent_message_id, message_count, last_message_at)
      select 'quiet-' || r || '-' || t, 'local', '', 'room-' || r, '', 0, timestamptz '2026-01-02'
      from generate_series(1, ${ROOMS}) r, generate_series(1, ${QUIET_THREADS_PER_ROOM}) t;
    insert into agents (agent_id, network_id, actor_uid, actor_uri, display_name, credential_key, created_at, updated_at)
      select 'agent-' || a, 'local', 'actor_' || a, 'molt://local/agents/agent-' || a, '', 'agent-token:' || a, timestamptz '2026-01-01', timestamptz '2026-01-01'
      from generate_series(1, ${AGENTS}) a;
    insert into dm_conversations (dm_id, network_id, fqid, message_count, last_message_at)
      select 'dm-' || d, 'local', '', 0, timestamptz '2026-01-02' from generate_series(1, ${DMS}) d;
    insert into dm_participants (dm_id, participant_id)
      select 'dm-' || d, 'agent-' || p from generate_series(1, ${DMS}) d, generate_series(1, 3) p;
    insert into messages (id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at)
      select 'm-' || r || '-' || i, 'local', 'room', 'room-' || r, '{"kind":"room"}', '{"type":"agent","id":"a"}', '[]', 'null',
             timestamptz '2026-01-01' + ((i * ${ROOMS} + r) * interval '1 millisecond')
      from generate_series(1, ${ROOMS}) r, generate_series(1, ${PER_ROOM}) i;
    insert into messages (id, network_id, target_kind, room_id, thread_id, target_json, from_json, parts_json, mentions_json, created_at)
      select 'tm-' || t || '-' || i, 'local', 'thread', 'troom-' || t, 'thread-' || t, '{"kind":"thread"}',
             '{"type":"agent","id":"a"}', '[]', 'null', timestamptz '2026-01-01' + ((i * ${THREADS} + t) * interval '1 millisecond')
      from generate_series(1, ${THREADS}) t, generate_series(1, ${PER_THREAD}) i;
    insert into messages (id, network_id, target_kind, room_id, target_json, from_json, parts_json, mentions_json, created_at)
      select 'trm-' || t || '-' || i, 'local', 'room', 'troom-' || t, '{"kind":"room"}', '{"type":"agent","id":"a"}', '[]', 'null',
             timestamptz '2026-01-01' + (((i * 15) * ${THREADS} + t) * interval '1 millisecond') + interval '1 microsecond'
      from generate_series(1, ${THREADS}) t, generate_series(1, ${ROOM_MESSAGES_IN_THREAD_ROOMS}) i;
    insert into messages (id, network_id, target_kind, dm_id, target_json, from_json, parts_json, mentions_json, created_at)
      select 'dmm-' || d || '-' || i, 'local', 'dm', 'dm-' || d, '{"kind":"dm"}', '{"type":"agent","id":"a"}', '[]', 'null',
             timestamptz '2026-01-01' + ((i * ${DMS_WITH_MESSAGES} + d) * interval '1 millisecond')
      from generate_series(1, ${DMS_WITH_MESSAGES}) d, generate_series(1, ${PER_DM}) i;
    insert into artifacts (id, network_id, fqid, message_id, target_kind, room_id, thread_id, dm_id, target_json, part_index, kind, created_at)
      select 'art_' || id || '_0', 'local', '', id, target_kind, room_id, thread_id, dm_id, target_json, 0, 'file', created_at
      from messages where (hashtext(id) % 5) = 0;
    analyze;
  `);
  const db = drizzle(raw);
  explain = async (statement, values) => {
    const query = statement.getQuery();
    const params = fillPlaceholders(query.params, values) as never[];
    const [row] = await raw.unsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
      `explain (analyze, format json) ${query.sql}`,
      params,
    );
    return nodes(row!["QUERY PLAN"][0].Plan);
  };
  Object.assign(statements, {
    messagePage: (scope: MessageScope, direction: Direction) => messagePage(db, scope, direction),
    messageCursor: (scope: MessageScope) => messageCursorLookup(db, scope),
    artifactPage: (scope: ArtifactScope, direction: Direction) => artifactPage(db, scope, direction),
    artifactCursor: (scope: ArtifactScope) => artifactCursorLookup(db, scope),
    threadPage: (direction: Direction) => threadPage(db, direction),
    dmPage: (direction: Direction) => dmPage(db, direction),
    roomPage: (direction: Direction) => roomPage(db, false, direction),
    agentPage: (direction: Direction) => agentPage(db, direction),
  });
}, 120_000);

afterAll(async () => {
  await ctx?.cleanup();
});

const statements = {} as {
  messagePage: (scope: MessageScope, direction: Direction) => ReturnType<typeof messagePage>;
  messageCursor: (scope: MessageScope) => ReturnType<typeof messageCursorLookup>;
  artifactPage: (scope: ArtifactScope, direction: Direction) => ReturnType<typeof artifactPage>;
  artifactCursor: (scope: ArtifactScope) => ReturnType<typeof artifactCursorLookup>;
  threadPage: (direction: Direction) => ReturnType<typeof threadPage>;
  dmPage: (direction: Direction) => ReturnType<typeof dmPage>;
  roomPage: (direction: Direction) => ReturnType<typeof roomPage>;
  agentPage: (direction: Direction) => ReturnType<typeof agentPage>;
};

/** Every scan of `table` goes through one of `indexes`, and all scans together touch at most `maxRows` rows. */
function expectIndexed(plan: PlanNode[], table: string, indexes: string[], maxRows: number): void {
  const scans = plan.filter((n) => n["Relation Name"] === table);
  const shape = plan.map((n) => `${n["Node Type"]}${n["Index Name"] ? ` ${n["Index Name"]}` : ""}`).join(" > ");
  expect(scans.length, shape).toBeGreaterThan(0);
  for (const scan of scans) {
    expect(scan["Node Type"], shape).toMatch(/^(Index Scan|Index Only Scan|Bitmap Heap Scan)$/);
    if (scan["Node Type"] !== "Bitmap Heap Scan") expect(indexes, shape).toContain(scan["Index Name"]);
  }
  expect(
    plan.some((n) => n["Node Type"] === "Seq Scan"),
    shape,
  ).toBe(false);
  const touched = scans.reduce(
    (sum, n) => sum + (n["Actual Rows"] + (n["Rows Removed by Filter"] ?? 0)) * n["Actual Loops"],
    0,
  );
  expect(touched, `${shape}: rows touched`).toBeLessThanOrEqual(maxRows);
}

async function position(scope: MessageScope, cursor: string, scopeId: string): Promise<{ at: string; id: string }> {
  const [found] = await statements.messageCursor(scope).execute({ cursor, scope: scopeId });
  if (!found) throw new Error(`no cursor ${cursor}`);
  return found;
}

describe("postgres page queries use their indexes", () => {
  test("listMessages - a room page reads one page in order from idx_messages_room_kind_bytewise, whatever the direction", async () => {
    const at = await position("room", "m-7-75", "room-7");
    for (const direction of ["newest", "before", "after"] as const) {
      const plan = await explain(statements.messagePage("room", direction), {
        scope: "room-7",
        ...at,
        limit: LIMIT + 1,
      });
      expectIndexed(plan, "messages", ["idx_messages_room_kind_bytewise"], 2 * (LIMIT + 1));
      expect(sortsTable(plan, "messages")).toBe(false);
    }
  });

  test("listMessages - a room page does not walk over the room's thread messages", async () => {
    // Thread messages carry their room's room_id: in idx_messages_room the 15
    // thread messages between two room messages would be read and filtered out.
    const at = await position("room", "trm-3-50", "troom-3");
    for (const direction of ["newest", "before", "after"] as const) {
      const plan = await explain(statements.messagePage("room", direction), {
        scope: "troom-3",
        ...at,
        limit: LIMIT + 1,
      });
      expectIndexed(plan, "messages", ["idx_messages_room_kind_bytewise"], 2 * (LIMIT + 1));
      expect(sortsTable(plan, "messages")).toBe(false);
    }
  });

  test("listMessages - thread and DM pages read one page in order from their own bytewise index", async () => {
    const threadAt = await position("thread", "tm-3-700", "thread-3");
    for (const direction of ["newest", "before", "after"] as const) {
      const plan = await explain(statements.messagePage("thread", direction), {
        scope: "thread-3",
        ...threadAt,
        limit: LIMIT + 1,
      });
      expectIndexed(plan, "messages", ["idx_messages_thread_bytewise"], 2 * (LIMIT + 1));
      expect(sortsTable(plan, "messages")).toBe(false);
    }
    const dmAt = await position("dm", "dmm-9-500", "dm-9");
    for (const direction of ["newest", "before", "after"] as const) {
      const plan = await explain(statements.messagePage("dm", direction), { scope: "dm-9", ...dmAt, limit: LIMIT + 1 });
      expectIndexed(plan, "messages", ["idx_messages_dm_bytewise"], 2 * (LIMIT + 1));
      expect(sortsTable(plan, "messages")).toBe(false);
    }
  });

  test("listMessages - the cursor lookup is a primary-key probe", async () => {
    const plan = await explain(statements.messageCursor("room"), { cursor: "m-7-75", scope: "room-7" });
    expectIndexed(plan, "messages", ["messages_pkey"], 1);
  });

  test("listArtifacts - room, thread and DM pages read one page from their index", async () => {
    const [artifact] = await ctx.raw<{ id: string; room_id: string }[]>`
      select id, room_id from artifacts where target_kind = 'room' and room_id = 'room-11' order by created_at offset 10 limit 1`;
    const [found] = await statements.artifactCursor("room").execute({ cursor: artifact!.id, scope: "room-11" });
    expect(found).toBeDefined();
    for (const direction of ["newest", "before", "after"] as const) {
      const plan = await explain(statements.artifactPage("room", direction), {
        scope: "room-11",
        ...found,
        limit: LIMIT + 1,
      });
      expectIndexed(plan, "artifacts", ["idx_artifacts_room"], 2 * (LIMIT + 1));
    }
    const cursorPlan = await explain(statements.artifactCursor("room"), { cursor: artifact!.id, scope: "room-11" });
    expectIndexed(cursorPlan, "artifacts", ["artifacts_pkey"], 1);
    const threadPlan = await explain(statements.artifactPage("thread", "newest"), {
      scope: "thread-4",
      limit: LIMIT + 1,
    });
    expectIndexed(threadPlan, "artifacts", ["idx_artifacts_thread"], 2 * (LIMIT + 1));
    const dmPlan = await explain(statements.artifactPage("dm", "newest"), { scope: "dm-4", limit: LIMIT + 1 });
    expectIndexed(dmPlan, "artifacts", ["idx_artifacts_dm"], 2 * (LIMIT + 1));
  });

  test("listThreads - a room with few threads reads just those, through a threads index", async () => {
    const plan = await explain(statements.threadPage("after"), {
      roomId: "room-5",
      cursor: "quiet-5-2",
      limit: LIMIT + 1,
    });
    // Sorting one room's 50 threads may be cheaper than reading them in order; either way no other room is read.
    expectIndexed(plan, "threads", ["idx_threads_room", "idx_threads_room_bytewise"], QUIET_THREADS_PER_ROOM);
  });

  test("listThreads - a room with many threads reads one page in bytewise order from idx_threads_room_bytewise", async () => {
    for (const direction of ["first", "before", "after"] as const) {
      const plan = await explain(statements.threadPage(direction), {
        roomId: "busy",
        cursor: "busy-1500",
        limit: LIMIT + 1,
      });
      expectIndexed(plan, "threads", ["idx_threads_room_bytewise"], LIMIT + 1);
      expect(sortsTable(plan, "threads")).toBe(false);
    }
  });

  test("listRooms - rooms are read in bytewise order from idx_rooms_id_bytewise, one page", async () => {
    for (const direction of ["first", "before", "after"] as const) {
      const plan = await explain(statements.roomPage(direction), { cursor: "room-50", limit: LIMIT + 1 });
      expectIndexed(plan, "rooms", ["idx_rooms_id_bytewise"], LIMIT + 1);
      expect(sortsTable(plan, "rooms")).toBe(false);
    }
  });

  test("listDirectConversations - DMs are read in bytewise order from idx_dm_conversations_id_bytewise, one page", async () => {
    for (const direction of ["first", "before", "after"] as const) {
      const plan = await explain(statements.dmPage(direction), { cursor: "dm-500", limit: LIMIT + 1 });
      expectIndexed(plan, "dm_conversations", ["idx_dm_conversations_id_bytewise"], LIMIT + 1);
      expect(sortsTable(plan, "dm_conversations")).toBe(false);
    }
  });

  test("listRegisteredAgentsIn - the registry is read in bytewise order from idx_agents_id_bytewise, one page", async () => {
    for (const direction of ["first", "before", "after"] as const) {
      const plan = await explain(statements.agentPage(direction), { cursor: "agent-5000", limit: LIMIT + 1 });
      expectIndexed(plan, "agents", ["idx_agents_id_bytewise"], LIMIT + 1);
      expect(sortsTable(plan, "agents")).toBe(false);
    }
  });

  test("listDirectConversations - participants come from the dm_participants key, one probe per DM", async () => {
    const plan = await explain(statements.dmPage("first"), { limit: LIMIT + 1 });
    const participantScans = plan.filter((n) => n["Relation Name"] === "dm_participants");
    expect(participantScans.length).toBeGreaterThan(0);
    for (const scan of participantScans)
      expect(scan["Node Type"]).toMatch(/^(Index Scan|Index Only Scan|Bitmap Heap Scan)$/);
  });
});

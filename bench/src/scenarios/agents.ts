// Scenario 7, agents: GET /v1/agents on a registry that open registration has
// grown to `registrations` agents, as issue 15 found it (0.40-0.55 s a page
// when every request read the whole registry). The server runs in open mode
// as deployed; the registry is bulk-loaded with the raw drivers in the rows
// the store writes, then one client asks for the default page, sequentially,
// as the whole-roster reader (an admin token: it pages the registry itself)
// and as an anonymous public reader (it sees only agents its rooms name).
// Goals: p50 ≤ 10 ms at the large size, and ≤ 1.5x the same request against
// a registry of `small` agents (a page costs the page, not the registry).
import { Agent, request } from "node:http";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openStore } from "@moltnet/store";
import type { BenchContext } from "../context.js";
import { SQLITE_DURABILITY } from "../durability.js";
import { rawPostgres } from "../raw/postgres-append.js";
import { startMoltnet, type ChildServer, type ServerStorage } from "../server/process.js";
import { fmtInt, latencies, type Latencies } from "../stats.js";

const ADMIN_TOKEN = "bench-agents-admin-token";
const OPEN_CONFIG = {
  auth: { mode: "open", tokens: [{ id: "bench-admin", value: ADMIN_TOKEN, scopes: ["admin", "observe"] }] },
};
const STORED_TIME = { sqlite: "2026-01-01T00:00:00.000000000Z", postgres: "2026-01-01T00:00:00Z" };
/** The p50 bound of issue 15 for GET /v1/agents at 100,000 registrations. */
const P50_BOUND_MS = 10;

function registrationRow(n: number, dialect: "sqlite" | "postgres"): unknown[] {
  const id = `reg-${String(n).padStart(7, "0")}`;
  const at = STORED_TIME[dialect];
  return [
    id,
    "bench",
    `actor_${n}`,
    `molt://bench/agents/${id}`,
    "",
    `agent-token:${n.toString(16).padStart(64, "0")}`,
    at,
    at,
  ];
}

async function seedSqlite(path: string, count: number): Promise<void> {
  await (await openStore({ kind: "sqlite", path })).close(); // migrates
  const db = new Database(path);
  try {
    const insert = db.prepare(
      "INSERT INTO agents (agent_id, network_id, actor_uid, actor_uri, display_name, credential_key, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
    );
    db.transaction(() => {
      for (let n = 0; n < count; n++) insert.run(...registrationRow(n, "sqlite"));
    })();
  } finally {
    db.close();
  }
}

async function seedPostgres(dsn: string, count: number): Promise<void> {
  await (await openStore({ kind: "postgres", dsn })).close(); // migrates
  const sql = rawPostgres(dsn, 1);
  try {
    const CHUNK = 5_000;
    for (let from = 0; from < count; from += CHUNK) {
      const rows = Array.from({ length: Math.min(CHUNK, count - from) }, (_, i) =>
        registrationRow(from + i, "postgres"),
      );
      const values = rows
        .map((_, i) => `(${Array.from({ length: 8 }, (_, c) => `$${i * 8 + c + 1}`).join(", ")})`)
        .join(", ");
      await sql.unsafe(
        `INSERT INTO agents (agent_id, network_id, actor_uid, actor_uri, display_name, credential_key, created_at, updated_at) VALUES ${values}`,
        rows.flat() as never[],
      );
    }
    await sql.unsafe("ANALYZE agents");
  } finally {
    await sql.end();
  }
}

/** `count` sequential GETs on one keep-alive connection, after `warmup` untimed ones; every answer must be 200. */
async function timeGets(
  ctx: BenchContext,
  server: ChildServer,
  path: string,
  token: string | undefined,
  warmup: number,
  count: number,
): Promise<Latencies> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const started = performance.now();
      const req = request(`${server.url}${path}`, { agent, headers }, (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`GET ${path}: ${res.statusCode}`)),
        );
      });
      req.on("error", reject);
      req.end();
    });
  const samples: number[] = [];
  try {
    for (let i = 0; i < warmup; i++) await once();
    for (let i = 0; i < count; i++) samples.push(await once());
  } catch (err) {
    ctx.error(`agents: ${(err as Error).message}`);
  } finally {
    agent.destroy();
  }
  return latencies(samples);
}

interface Measured {
  roster: Latencies;
  anonymous: Latencies;
}

async function measure(ctx: BenchContext, label: string, storage: ServerStorage): Promise<Measured> {
  const { warmup, requests } = ctx.sizes.agents;
  const server = await startMoltnet(ctx.root, join(ctx.dir, `agents-${label}`), storage, OPEN_CONFIG);
  try {
    const roster = await timeGets(ctx, server, "/v1/agents", ADMIN_TOKEN, warmup, requests);
    const anonymous = await timeGets(ctx, server, "/v1/agents", undefined, warmup, requests);
    return { roster, anonymous };
  } finally {
    await server.stop();
  }
}

function report(ctx: BenchContext, backend: string, settings: string, large: Measured, small: Measured): void {
  const { registrations, small: smallCount } = ctx.sizes.agents;
  const size = `${fmtInt(registrations)} registrations`;
  for (const [who, key] of [
    ["admin (whole roster)", "roster"],
    ["anonymous public reader", "anonymous"],
  ] as const) {
    ctx.row({
      scenario: "agents",
      backend,
      settings: `${settings}, ${size}, ${who}`,
      measure: "GET /v1/agents p50",
      figure: large[key].p50,
      unit: "ms",
      baseline: P50_BOUND_MS,
      baselineLabel: "the 10 ms bound",
      goal: { op: "<=", value: 1 },
    });
  }
  ctx.row({
    scenario: "agents",
    backend,
    settings: `${settings}, ${size} vs ${fmtInt(smallCount)}, admin (whole roster)`,
    measure: "p50 growth",
    figure: large.roster.p50,
    unit: "ms",
    baseline: small.roster.p50,
    baselineLabel: `${fmtInt(smallCount)} registrations`,
    goal: { op: "<=", value: 1.5 },
  });
  ctx.progress.result(
    "agents",
    `${backend}: admin p50 ${large.roster.p50.toFixed(2)} ms (p99 ${large.roster.p99.toFixed(2)}), anonymous p50 ${large.anonymous.p50.toFixed(2)} ms; ` +
      `${fmtInt(smallCount)} registrations: admin p50 ${small.roster.p50.toFixed(2)} ms`,
  );
}

export async function agentsScenario(ctx: BenchContext): Promise<void> {
  const { registrations, small } = ctx.sizes.agents;
  ctx.durability(SQLITE_DURABILITY);

  ctx.progress.step("agents", `sqlite: loading ${fmtInt(registrations)} and ${fmtInt(small)} registrations`);
  const largeSqlite = join(ctx.dir, "agents-large.db");
  const smallSqlite = join(ctx.dir, "agents-small.db");
  await seedSqlite(largeSqlite, registrations);
  await seedSqlite(smallSqlite, small);
  ctx.progress.step("agents", "sqlite: timing GET /v1/agents");
  const sqliteLarge = await measure(ctx, "sqlite-large", { kind: "sqlite", path: largeSqlite });
  const sqliteSmall = await measure(ctx, "sqlite-small", { kind: "sqlite", path: smallSqlite });
  report(ctx, "sqlite", "synchronous=NORMAL (server default)", sqliteLarge, sqliteSmall);

  const pg = await ctx.postgres();
  const largeDsn = await pg.createDatabase("agents_large");
  const smallDsn = await pg.createDatabase("agents_small");
  try {
    ctx.progress.step("agents", `postgres: loading ${fmtInt(registrations)} and ${fmtInt(small)} registrations`);
    await seedPostgres(largeDsn, registrations);
    await seedPostgres(smallDsn, small);
    ctx.progress.step("agents", "postgres: timing GET /v1/agents");
    const pgLarge = await measure(ctx, "postgres-large", { kind: "postgres", dsn: largeDsn });
    const pgSmall = await measure(ctx, "postgres-small", { kind: "postgres", dsn: smallDsn });
    report(ctx, "postgres", "pool 10 (server default)", pgLarge, pgSmall);
  } finally {
    await pg.dropDatabase(largeDsn).catch(() => {});
    await pg.dropDatabase(smallDsn).catch(() => {});
  }
}

// Scenario 3, http: POST /v1/messages and GET a 50-message history page
// against the started server (SQLite and Postgres), and the same generator
// (autocannon, same connections, same duration) against a bare node:http
// server answering a fixed JSON body. Each server run is paired with a bare
// run just before it, so both see the same machine.
// On SQLite and Postgres the plain server a user would write instead
// (plain-server.ts) runs beside ours, legs alternating: goals POST ≥ 1.0x,
// GET ≥ 1.5x its rate and p99 ≤ its p99 (issue 12). Bare node:http is an
// information row, except for the memory backend (the same server with no
// storage: the HTTP stack's own cost), whose POST goal is ≥ 0.3x of bare.
import { join } from "node:path";
import type { BenchContext } from "../context.js";
import { startBare, startMoltnet, startPlain, type ChildServer, type ServerStorage } from "../server/process.js";
import { HISTORY_PATH, load, POST_BODY, type LoadResult } from "../server/load.js";
import { fmtInt } from "../stats.js";
import { SQLITE_DURABILITY } from "../durability.js";

export async function httpScenario(ctx: BenchContext): Promise<void> {
  ctx.durability(SQLITE_DURABILITY);
  await httpOn(ctx, "memory", async () => ({ kind: "memory" }), "no storage (HTTP stack alone)", false);
  await httpOn(
    ctx,
    "sqlite",
    async () => ({ kind: "sqlite", path: join(ctx.dir, "http-sqlite", "moltnet.db") }),
    "synchronous=NORMAL (server default)",
  );
  const pg = await ctx.postgres();
  let dsn = "";
  try {
    await httpOn(
      ctx,
      "postgres",
      async () => {
        dsn = await pg.createDatabase("http");
        return { kind: "postgres", dsn };
      },
      "pool 10 (server default)",
    );
  } finally {
    if (dsn) await pg.dropDatabase(dsn);
  }
}

async function httpOn(
  ctx: BenchContext,
  backend: "memory" | "sqlite" | "postgres",
  storage: () => Promise<ServerStorage>,
  settings: string,
  goals = true,
): Promise<void> {
  const { seconds, connections } = ctx.sizes.http;
  ctx.progress.step("http", `${backend}: starting the server, the plain server and the bare node:http server`);
  const bare = await startBare(join(ctx.dir, `http-bare-${backend}`));
  let server: ChildServer | null = null;
  let plain: ChildServer | null = null;
  let plainDsn = "";
  try {
    server = await startMoltnet(ctx.root, join(ctx.dir, `http-${backend}`), await storage());
    if (backend === "sqlite")
      plain = await startPlain(join(ctx.dir, "http-plain-sqlite"), {
        kind: "sqlite",
        path: join(ctx.dir, "http-plain-sqlite", "plain.db"),
      });
    if (backend === "postgres") {
      plainDsn = await (await ctx.postgres()).createDatabase("http_plain");
      plain = await startPlain(join(ctx.dir, "http-plain-postgres"), { kind: "postgres", dsn: plainDsn });
    }
    const run = async (
      what: string,
      target: ChildServer,
      method: "GET" | "POST",
      path: string,
      s = seconds,
    ): Promise<LoadResult> => {
      ctx.progress.step("http", `${backend}: ${what} (${connections} connections, ${s} s)`);
      const result = await load({
        url: `${target.url}${path}`,
        method,
        ...(method === "POST" ? { body: POST_BODY } : {}),
        connections,
        seconds: s,
      });
      if (result.errors > 0)
        ctx.error(`http/${backend}: ${what}: ${fmtInt(result.errors)} of ${fmtInt(result.requests)} requests failed`);
      if (result.requests === 0) ctx.error(`http/${backend}: ${what}: no request completed`);
      return result;
    };
    // Warm-up (JIT, prepared statements, a history to page through), not measured.
    const warm = Math.max(0.5, seconds / 5);
    for (const target of plain ? [server, plain] : [server]) {
      await load({ url: `${target.url}/v1/messages`, method: "POST", body: POST_BODY, connections, seconds: warm });
      await load({ url: `${target.url}${HISTORY_PATH}`, connections, seconds: warm });
    }
    await load({ url: bare.url, connections, seconds: warm });

    const barePost = await run("bare server, POST", bare, "POST", "/");
    // Ours and the plain server alternate, in halves, so both see the same machine.
    const half = Math.max(0.5, seconds / 2);
    const legs = async (method: "GET" | "POST", path: string, what: string) => {
      const ours: LoadResult[] = [];
      const theirs: LoadResult[] = [];
      for (let i = 0; i < 2; i++) {
        if (plain) theirs.push(await run(`plain server, ${what}`, plain, method, path, half));
        ours.push(await run(what, server!, method, path, half));
      }
      return { ours: merge(ours), plain: plain ? merge(theirs) : null };
    };
    const post = await legs("POST", "/v1/messages", "POST /v1/messages");
    const bareGet = await run("bare server, GET", bare, "GET", "/");
    const get = await legs("GET", HISTORY_PATH, "GET history limit=50");
    const base = { scenario: "http", backend, settings: `${settings}, ${connections} connections`, unit: "req/s" };
    // Bare node:http is information, except for the memory backend (the HTTP stack's own cost).
    ctx.row({
      ...base,
      measure: "POST /v1/messages",
      figure: post.ours.rate,
      baseline: barePost.rate,
      baselineLabel: "bare node:http",
      goal: backend === "memory" ? { op: ">=", value: 0.3 } : null,
    });
    ctx.row({
      ...base,
      measure: "GET history (50)",
      figure: get.ours.rate,
      baseline: bareGet.rate,
      baselineLabel: "bare node:http",
      goal: null,
    });
    if (post.plain && get.plain) {
      const plainBase = { ...base, baselineLabel: "plain server" };
      ctx.row({
        ...plainBase,
        measure: "POST /v1/messages",
        figure: post.ours.rate,
        baseline: post.plain.rate,
        goal: goals ? { op: ">=", value: 1 } : null,
      });
      ctx.row({
        ...plainBase,
        measure: "GET history (50)",
        figure: get.ours.rate,
        baseline: get.plain.rate,
        goal: goals ? { op: ">=", value: 1.5 } : null,
      });
      for (const [measure, ours, theirs] of [
        ["POST p99", post.ours, post.plain],
        ["GET (50) p99", get.ours, get.plain],
      ] as const)
        ctx.row({
          ...plainBase,
          measure,
          unit: "ms",
          figure: ours.p99,
          baseline: theirs.p99,
          goal: goals ? { op: "<=", value: 1 } : null,
        });
    }
    ctx.progress.result(
      "http",
      `${backend}: POST ${fmtInt(post.ours.rate)}/s (p99 ${post.ours.p99} ms)` +
        (post.plain ? ` vs plain ${fmtInt(post.plain.rate)}/s (p99 ${post.plain.p99} ms)` : "") +
        ` vs bare ${fmtInt(barePost.rate)}/s; GET ${fmtInt(get.ours.rate)}/s (p99 ${get.ours.p99} ms)` +
        (get.plain ? ` vs plain ${fmtInt(get.plain.rate)}/s (p99 ${get.plain.p99} ms)` : "") +
        ` vs bare ${fmtInt(bareGet.rate)}/s`,
    );
  } finally {
    await server?.stop();
    await plain?.stop();
    await bare.stop();
    if (plainDsn) await (await ctx.postgres()).dropDatabase(plainDsn);
  }
}

/** Several runs as one: requests over total time; the worse of their p99s (a conservative figure for both sides). */
function merge(results: LoadResult[]): LoadResult {
  const requests = results.reduce((n, r) => n + r.requests, 0);
  const time = results.reduce((t, r) => t + (r.rate > 0 ? r.requests / r.rate : 0), 0);
  return {
    rate: time > 0 ? requests / time : 0,
    requests,
    errors: results.reduce((n, r) => n + r.errors, 0),
    p50: Math.max(...results.map((r) => r.p50)),
    p99: Math.max(...results.map((r) => r.p99)),
  };
}

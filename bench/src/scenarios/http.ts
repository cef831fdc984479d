// Scenario 3, http: POST /v1/messages and GET a 50-message history page
// against the started server (SQLite and Postgres), and the same generator
// (autocannon, same connections, same duration) against a bare node:http
// server answering a fixed JSON body. Each server run is paired with a bare
// run just before it, so both see the same machine.
// Goals: POST ≥ 0.4x and GET ≥ 0.3x the bare server's rate; no errors.
// The memory backend runs too, without a goal: the same server with no
// storage cost shows how much of the gap is the HTTP stack itself.
import { join } from "node:path";
import type { BenchContext } from "../context.js";
import { startBare, startMoltnet, type ChildServer, type ServerStorage } from "../server/process.js";
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
  backend: string,
  storage: () => Promise<ServerStorage>,
  settings: string,
  goals = true,
): Promise<void> {
  const { seconds, connections } = ctx.sizes.http;
  ctx.progress.step("http", `${backend}: starting the server and the bare node:http server`);
  const bare = await startBare(join(ctx.dir, `http-bare-${backend}`));
  let server: ChildServer | null = null;
  try {
    server = await startMoltnet(ctx.root, join(ctx.dir, `http-${backend}`), await storage());
    const run = async (
      what: string,
      target: ChildServer,
      method: "GET" | "POST",
      path: string,
    ): Promise<LoadResult> => {
      ctx.progress.step("http", `${backend}: ${what} (${connections} connections, ${seconds} s)`);
      const result = await load({
        url: `${target.url}${path}`,
        method,
        ...(method === "POST" ? { body: POST_BODY } : {}),
        connections,
        seconds,
      });
      if (result.errors > 0)
        ctx.error(`http/${backend}: ${what}: ${fmtInt(result.errors)} of ${fmtInt(result.requests)} requests failed`);
      if (result.requests === 0) ctx.error(`http/${backend}: ${what}: no request completed`);
      return result;
    };
    // Warm-up (JIT, prepared statements, a history to page through), not measured.
    const warm = Math.max(0.5, seconds / 5);
    await load({ url: `${server.url}/v1/messages`, method: "POST", body: POST_BODY, connections, seconds: warm });
    await load({ url: `${server.url}${HISTORY_PATH}`, connections, seconds: warm });
    await load({ url: bare.url, connections, seconds: warm });

    const barePost = await run("bare server, POST", bare, "POST", "/");
    const post = await run("POST /v1/messages", server, "POST", "/v1/messages");
    const bareGet = await run("bare server, GET", bare, "GET", "/");
    const get = await run("GET history limit=50", server, "GET", HISTORY_PATH);
    const base = {
      scenario: "http",
      backend,
      settings: `${settings}, ${connections} connections`,
      unit: "req/s",
      baselineLabel: "bare node:http",
    };
    ctx.row({
      ...base,
      measure: "POST /v1/messages",
      figure: post.rate,
      baseline: barePost.rate,
      goal: goals ? { op: ">=", value: 0.4 } : null,
    });
    ctx.row({
      ...base,
      measure: "GET history (50)",
      figure: get.rate,
      baseline: bareGet.rate,
      goal: goals ? { op: ">=", value: 0.3 } : null,
    });
    ctx.progress.result(
      "http",
      `${backend}: POST ${fmtInt(post.rate)}/s (p50 ${post.p50} ms, p99 ${post.p99} ms) vs bare ${fmtInt(barePost.rate)}/s; ` +
        `GET ${fmtInt(get.rate)}/s (p50 ${get.p50} ms, p99 ${get.p99} ms) vs bare ${fmtInt(bareGet.rate)}/s`,
    );
  } finally {
    await server?.stop();
    await bare.stop();
  }
}

// Child processes the HTTP scenarios measure: the Moltnet server exactly as
// deployed (`node apps/server/dist/cli.js start`, configured by MOLTNET_*
// variables and a config file declaring the bench room), and the bare
// node:http server it is compared with. Loopback only.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { freePort } from "@moltnet/local-postgres";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { sleep } from "../stats.js";

export const BENCH_ROOM = "bench";
export const BENCH_AGENT = "bench-agent";

export type ServerStorage =
  | { kind: "sqlite"; path: string }
  | { kind: "postgres"; dsn: string }
  | { kind: "json"; path: string }
  | { kind: "memory" };

export interface ChildServer {
  pid: number;
  /** http://127.0.0.1:<port> */
  url: string;
  /** Milliseconds from spawn to the first 200 from the readiness probe. */
  readyMs: number;
  /** Resident set size now, in bytes (Linux /proc). */
  rssBytes(): number;
  stop(): Promise<void>;
}

/** The environment without any MOLTNET_* variable of the caller's (they would change what is measured). */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("MOLTNET_")) env[k] = v;
  return { ...env, ...extra };
}

function storageEnv(storage: ServerStorage): Record<string, string> {
  switch (storage.kind) {
    case "sqlite":
      return { MOLTNET_STORAGE_KIND: "sqlite", MOLTNET_SQLITE_PATH: storage.path };
    case "postgres":
      return { MOLTNET_STORAGE_KIND: "postgres", MOLTNET_POSTGRES_DSN: storage.dsn };
    case "json":
      return { MOLTNET_STORAGE_KIND: "json", MOLTNET_JSON_PATH: storage.path };
    case "memory":
      return { MOLTNET_STORAGE_KIND: "memory" };
  }
}

/** GET url: the status code, or null when nothing answers (yet). */
export function probe(url: string, timeoutMs = 2000): Promise<number | null> {
  return new Promise((resolve) => {
    const req = request(url, { agent: false, timeout: timeoutMs }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? null));
    });
    req.on("timeout", () => req.destroy());
    req.on("error", () => resolve(null));
    req.end();
  });
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1];
  if (!kb) throw new Error(`no VmRSS for process ${pid}`);
  return Number(kb) * 1024;
}

/** Spawns, then polls `readyPath` every 5 ms until it answers 200 (or the child dies, or 60 s pass). */
async function launch(
  command: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  port: number,
  readyPath: string,
  label: string,
): Promise<ChildServer> {
  mkdirSync(cwd, { recursive: true });
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, command, { cwd, env, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  let exited: number | null = null;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = code ?? (signal ? 128 : 1);
      resolve();
    });
    child.once("error", (err) => {
      stderr += `\n${err.message}`;
      exited ??= 127;
      resolve();
    });
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + 60_000;
  let readyMs = -1;
  while (performance.now() < deadline && exited === null) {
    if ((await probe(`${url}${readyPath}`, 1000)) === 200) {
      readyMs = performance.now() - started;
      break;
    }
    await sleep(5);
  }
  if (readyMs < 0) {
    if (exited === null) child.kill("SIGKILL");
    await exit;
    throw new Error(
      `${label} did not become ready (exit ${exited ?? "none"}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`,
    );
  }
  return {
    pid: child.pid!,
    url,
    readyMs,
    rssBytes: () => rssOf(child.pid!),
    async stop() {
      if (exited !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Starts `node apps/server/dist/cli.js start` on a free loopback port with the bench room declared (and `extra` config sections, e.g. auth). */
export async function startMoltnet(
  root: string,
  dir: string,
  storage: ServerStorage,
  extra: Record<string, unknown> = {},
  /** A fixed port (a paired server's address must be known before it starts); a free one when absent. */
  fixedPort?: number,
): Promise<ChildServer> {
  mkdirSync(dir, { recursive: true });
  const configPath = join(dir, "moltnet.json");
  writeFileSync(
    configPath,
    JSON.stringify({
      network: { id: "bench" },
      rooms: [{ id: BENCH_ROOM, name: BENCH_ROOM, members: [BENCH_AGENT], visibility: "public" }],
      ...extra,
    }),
    // The config may hold a token: the server refuses one readable by others.
    { mode: 0o600 },
  );
  const port = fixedPort ?? (await freePort());
  const env = cleanEnv({
    MOLTNET_LISTEN_ADDR: `127.0.0.1:${port}`,
    MOLTNET_CONFIG: configPath,
    ...storageEnv(storage),
  });
  return launch(
    [join(root, "apps/server/dist/cli.js"), "start"],
    dir,
    env,
    port,
    "/readyz",
    `moltnet (${storage.kind})`,
  );
}

/** Starts the bare node:http server (bare-server.ts) on a free loopback port. */
export async function startBare(dir: string): Promise<ChildServer> {
  const port = await freePort();
  const entry = fileURLToPath(new URL("./bare-server.js", import.meta.url));
  return launch([entry, String(port)], dir, cleanEnv({}), port, "/", "bare node:http server");
}

/** Starts the plain node:http + better-sqlite3 / postgres.js server (plain-server.ts): what a user would write instead. */
export async function startPlain(
  dir: string,
  storage: { kind: "sqlite"; path: string } | { kind: "postgres"; dsn: string },
): Promise<ChildServer> {
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const entry = fileURLToPath(new URL("./plain-server.js", import.meta.url));
  const where = storage.kind === "sqlite" ? storage.path : storage.dsn;
  return launch(
    [entry, String(port), storage.kind, where],
    dir,
    cleanEnv({}),
    port,
    "/",
    `plain server (${storage.kind})`,
  );
}

// Runs the real compiled server (`node apps/server/dist/cli.js start`) as a
// child process on 127.0.0.1 for one storage backend, and talks to it over
// real HTTP. Build first: `npx turbo run build` from the repository root.
//
// Every child started here is remembered until it exits, so a runner's
// afterAll can kill whatever a failed test left behind (killLeftovers).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { freePort } from "@moltnet/local-postgres";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stringify } from "yaml";
import { createTestDatabase, type TestDatabase } from "../../../../tooling/test/postgres.js";
import { HttpClient } from "./client.js";

export type Backend = "memory" | "json" | "sqlite" | "postgres";
export const BACKENDS: readonly Backend[] = ["memory", "json", "sqlite", "postgres"];
/** Backends whose data outlives the process. */
export const isDurable = (backend: Backend): boolean => backend !== "memory";

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

export interface ServerOptions {
  backend: Backend;
  /** Written as a 0600 YAML file and passed with MOLTNET_CONFIG (it may hold tokens). */
  config?: Record<string, unknown>;
  /** Extra MOLTNET_* variables. */
  env?: Record<string, string>;
  /** Postgres only: use this DSN instead of a fresh test database (the caller owns it). */
  postgresDsn?: string;
}

const live = new Set<ChildProcess>();

/** SIGKILLs every child this module started that has not exited yet. For afterAll. */
export function killLeftovers(): void {
  for (const child of live) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  live.clear();
}

/** The runner's environment without any MOLTNET_* variable, so nothing leaks in from the shell. */
function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("MOLTNET_")) env[k] = v;
  return env;
}

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** One server: a data directory, a backend, a process that can be stopped and started again on the same data. */
export class TestServer extends HttpClient {
  readonly dir: string;
  readonly backend: Backend;
  #child: ChildProcess | null = null;
  #output = "";
  #port = 0;
  #env: Record<string, string>;
  #database: TestDatabase | null;

  private constructor(dir: string, backend: Backend, env: Record<string, string>, database: TestDatabase | null) {
    super("");
    this.dir = dir;
    this.backend = backend;
    this.#env = env;
    this.#database = database;
  }

  /** Creates the data directory (and Postgres database) and starts the server. */
  static async start(options: ServerOptions): Promise<TestServer> {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npx turbo run build)`);
    const dir = await mkdtemp(join(tmpdir(), `moltnet-http-${options.backend}-`));
    // The suites register many agents from 127.0.0.1 on one server; the
    // registration rate limit has its own tests (which set it back with "").
    const env: Record<string, string> = {
      MOLTNET_STORAGE_KIND: options.backend,
      MOLTNET_REGISTRATION_RATE_PER_MINUTE: "0",
      ...options.env,
    };
    let database: TestDatabase | null = null;
    if (options.backend === "json") env.MOLTNET_JSON_PATH = join(dir, "data", "moltnet.json");
    if (options.backend === "sqlite") env.MOLTNET_SQLITE_PATH = join(dir, "data", "moltnet.db");
    if (options.backend === "postgres") {
      if (options.postgresDsn) env.MOLTNET_POSTGRES_DSN = options.postgresDsn;
      else {
        database = await createTestDatabase("moltnet_http");
        env.MOLTNET_POSTGRES_DSN = database.dsn;
      }
    }
    if (options.config) {
      const path = join(dir, "moltnet.yaml");
      await writeFile(path, stringify(options.config), { mode: 0o600 });
      env.MOLTNET_CONFIG = path;
    }
    const server = new TestServer(dir, options.backend, env, database);
    try {
      await server.#spawn(await freePort());
    } catch (err) {
      await server.dispose();
      throw err;
    }
    return server;
  }

  get port(): number {
    return this.#port;
  }

  /** Everything the process wrote to stdout and stderr so far (all runs). */
  output(): string {
    return this.#output;
  }

  /** The process id of the server started last (for reading its memory use). */
  get pid(): number | undefined {
    return this.#child?.pid;
  }

  /** True while the process started last is alive. */
  get running(): boolean {
    const child = this.#child;
    return child !== null && child.exitCode === null && child.signalCode === null;
  }

  async #spawn(port: number): Promise<void> {
    this.#port = port;
    this.baseUrl = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [CLI, "start"], {
      cwd: this.dir,
      env: { ...baseEnv(), ...this.#env, MOLTNET_LISTEN_ADDR: `127.0.0.1:${port}` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    live.add(child);
    child.once("exit", () => live.delete(child));
    child.stdout!.setEncoding("utf8").on("data", (d: string) => (this.#output += d));
    child.stderr!.setEncoding("utf8").on("data", (d: string) => (this.#output += d));
    this.#child = child;
    await this.#waitReady(child, this.#output.length);
  }

  /**
   * Waits for this child's own "moltnet listening" line, then polls /readyz until 200; fails early if the process
   * exits. The log line comes first so that another process holding the port can never pass for ours.
   */
  async #waitReady(child: ChildProcess, outputFrom: number, timeoutMs = 45_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (child.exitCode !== null || child.signalCode !== null) {
        this.#child = null;
        throw new Error(
          `moltnet[${this.backend}] exited (${child.exitCode ?? child.signalCode}) before ready:\n${this.#output}`,
        );
      }
      if (!this.#output.slice(outputFrom).includes('"msg":"moltnet listening')) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      try {
        const res = await fetch(`${this.baseUrl}/readyz`, { signal: AbortSignal.timeout(2_000) });
        await res.arrayBuffer();
        if (res.status === 200) return;
      } catch {
        // Not listening yet.
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill("SIGKILL");
    this.#child = null;
    throw new Error(`moltnet[${this.backend}] not ready within ${timeoutMs} ms:\n${this.#output}`);
  }

  /** SIGTERM, waits for the exit and requires exit code 0. */
  async stop(timeoutMs = 20_000): Promise<Exit> {
    const child = this.#child;
    if (!child) throw new Error("server is not running");
    this.#child = null;
    const exit = await new Promise<Exit>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill("SIGKILL");
        reject(
          new Error(`moltnet[${this.backend}] did not exit within ${timeoutMs} ms after SIGTERM:\n${this.#output}`),
        );
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        resolve({ code: child.exitCode, signal: child.signalCode });
      };
      if (child.exitCode !== null || child.signalCode !== null) done();
      else {
        child.once("exit", done);
        child.kill("SIGTERM");
      }
    });
    if (exit.code !== 0)
      throw new Error(
        `moltnet[${this.backend}] exited with ${exit.code ?? exit.signal} after SIGTERM:\n${this.#output}`,
      );
    return exit;
  }

  /**
   * Starts the server again on the same data (same directory, file, database),
   * on the same port when it is still free. `env` replaces earlier extra variables of the same name.
   */
  async restart(env: Record<string, string> = {}): Promise<void> {
    if (this.#child) await this.stop();
    this.#env = { ...this.#env, ...env };
    for (const [k, v] of Object.entries(env)) if (v === "") delete this.#env[k];
    const before = this.#output.length;
    try {
      await this.#spawn(this.#port);
    } catch (err) {
      // Someone took the port while we were down: any free port will do.
      if (!this.#output.slice(before).includes("address already in use")) throw err;
      await this.#spawn(await freePort());
    }
  }

  /** Stops the process when running (ignoring how it exits), then removes the data. */
  async dispose(): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (child && child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          resolve();
        }, 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      });
    }
    await this.#database?.drop().catch(() => {});
    await rm(this.dir, { recursive: true, force: true });
  }
}

export const startServer = (options: ServerOptions): Promise<TestServer> => TestServer.start(options);

// Runs the built `moltnet` command as a real child process. Tests build first
// (`pnpm build`, or `npx tsc -p tsconfig.json` in packages/store and apps/server).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { connect } from "node:net";
import { freePort } from "@moltnet/local-postgres";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, beforeEach, vi } from "vitest";

/** The compiled CLI; MOLTNET_TEST_CLI may point at another build of it. */
export const CLI = process.env.MOLTNET_TEST_CLI ?? fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

export function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (pnpm build)`);
}

/** The runner's environment without any MOLTNET_* setting, plus `extra`. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("MOLTNET_")) env[k] = v;
  return { ...env, ...extra };
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs to completion (killed after `timeoutMs`). */
export function runCli(
  args: string[],
  opts: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<Finished> {
  const child = spawnCli(args, opts);
  return finished(child, opts.timeoutMs ?? 20_000);
}

export function spawnCli(args: string[], opts: { cwd: string; env?: Record<string, string> }): ChildProcess {
  return spawn(process.execPath, [CLI, ...args], {
    cwd: opts.cwd,
    env: cleanEnv(opts.env),
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const outputs = new WeakMap<ChildProcess, { stdout: string; stderr: string }>();

function capture(child: ChildProcess): { stdout: string; stderr: string } {
  let out = outputs.get(child);
  if (!out) {
    const o = { stdout: "", stderr: "" };
    child.stdout?.setEncoding("utf8").on("data", (d: string) => (o.stdout += d));
    child.stderr?.setEncoding("utf8").on("data", (d: string) => (o.stderr += d));
    outputs.set(child, o);
    out = o;
  }
  return out;
}

export function finished(child: ChildProcess, timeoutMs = 20_000): Promise<Finished> {
  const out = capture(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`moltnet did not exit within ${timeoutMs} ms\nstdout: ${out.stdout}\nstderr: ${out.stderr}`));
    }, timeoutMs);
    const done = (code: number | null, signal: NodeJS.Signals | null) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout: out.stdout, stderr: out.stderr });
    };
    if (child.exitCode !== null || child.signalCode !== null) done(child.exitCode, child.signalCode);
    else child.once("close", done);
  });
}

export interface Started {
  child: ChildProcess;
  /** The parsed "moltnet listening" log line. */
  listening: Record<string, unknown>;
  baseUrl: string;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<Finished>;
}

/** Starts the server and waits for its "moltnet listening" line; rejects if it exits first. */
export async function startCli(opts: { cwd: string; env?: Record<string, string>; args?: string[] }): Promise<Started> {
  const child = spawnCli(opts.args ?? ["start"], opts);
  const out = capture(child);
  const listening = await new Promise<Record<string, unknown>>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`moltnet did not start within 20 s\nstdout: ${out.stdout}\nstderr: ${out.stderr}`));
    }, 20_000);
    const onData = () => {
      for (const line of out.stdout.split("\n")) {
        if (!line.includes('"msg":"moltnet listening')) continue;
        clearTimeout(timer);
        child.stdout?.off("data", onData);
        child.off("close", onClose);
        resolve(JSON.parse(line) as Record<string, unknown>);
        return;
      }
    };
    const onClose = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`moltnet exited with ${code} before listening\nstdout: ${out.stdout}\nstderr: ${out.stderr}`));
    };
    child.stdout?.on("data", onData);
    child.once("close", onClose);
  });
  return {
    child,
    listening,
    baseUrl: `http://${String(listening.addr)}`,
    output: () => ({ ...out }),
    stop() {
      child.kill("SIGTERM");
      return finished(child);
    },
  };
}

/** True when something accepts TCP connections on 127.0.0.1:port. */
export function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

export async function tempDir(prefix = "moltnet-cli-"): Promise<{ path: string; remove(): Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Lines of the output that are not blank. */
export function lines(text: string): string[] {
  return text.split("\n").filter((l) => l.trim() !== "");
}

export { freePort };

export interface Workspace {
  /** A fresh temporary directory for this test (the server's cwd). */
  dir: { path: string; remove(): Promise<void> };
  /** A free loopback port for this test. */
  port: number;
}

/**
 * The set-up every process test file shares: the CLI must be built, each test
 * gets its own directory (removed afterwards) and port, and tests that start
 * real processes get a long timeout (a loaded machine takes a while).
 */
export function perTestWorkspace(): Workspace {
  beforeAll(assertBuilt);
  vi.setConfig({ testTimeout: 90_000 });
  const ws = {} as Workspace;
  beforeEach(async () => {
    ws.dir = await tempDir();
    ws.port = await freePort();
  });
  afterEach(() => ws.dir.remove());
  return ws;
}

// Runs child/store-worker.mjs (the compiled store in its own Node process) and
// reads its stdout line by line.
import { spawn, type ChildProcess } from "node:child_process";
import { distIndex, workerScript } from "./store-dist.js";
import type { StoreConfig } from "../../src/open.js";

export interface Worker {
  child: ChildProcess;
  /** Every complete stdout line so far. */
  lines: string[];
  stderr(): string;
  /** Resolves once `test(lines)` holds; rejects if the process exits first or on timeout. */
  waitFor(test: (lines: string[]) => boolean, timeoutMs: number): Promise<void>;
  /** Resolves with the exit code/signal once stdout is fully read. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export type WorkerMode = "append-loop" | "hold" | "open-once";

export function startWorker(mode: WorkerMode, config: StoreConfig, as?: { uid: number; gid: number }): Worker {
  const child = spawn(process.execPath, [workerScript, distIndex, mode, JSON.stringify(config)], {
    stdio: ["ignore", "pipe", "pipe"],
    ...(as ?? {}),
  });
  const lines: string[] = [];
  let partial = "";
  let err = "";
  const waiters = new Set<() => void>();
  child.stdout!.setEncoding("utf8");
  child.stdout!.on("data", (chunk: string) => {
    const parts = (partial + chunk).split("\n");
    partial = parts.pop() ?? "";
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr!.setEncoding("utf8");
  child.stderr!.on("data", (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on("close", (code, signal) => {
      for (const wake of waiters) wake();
      resolve({ code, signal });
    });
  });
  let done = false;
  void exited.then(() => (done = true));

  return {
    child,
    lines,
    stderr: () => err,
    exited,
    waitFor(test, timeoutMs) {
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            finish(
              new Error(
                `worker timed out after ${timeoutMs} ms; stdout tail: ${lines.slice(-5).join(" | ")}; stderr: ${err.slice(-2000)}`,
              ),
            ),
          timeoutMs,
        );
        const finish = (failure?: Error) => {
          clearTimeout(timer);
          waiters.delete(check);
          if (failure) reject(failure);
          else resolve();
        };
        const check = () => {
          if (test(lines)) finish();
          else if (done || child.exitCode !== null || child.signalCode !== null) {
            finish(
              new Error(
                `worker exited (${child.exitCode ?? child.signalCode}); stdout tail: ${lines.slice(-5).join(" | ")}; stderr: ${err.slice(-2000)}`,
              ),
            );
          }
        };
        waiters.add(check);
        check();
      });
    },
  };
}

// WAL checkpoints off the request path.
//
// better-sqlite3 is synchronous, so whatever SQLite does inside a commit blocks
// the event loop. With the default wal_autocheckpoint (1000 pages) every ~4 MB
// of writes one unlucky single-row commit also copies the WAL into the main
// file and fsyncs it: a stall of milliseconds to tens of milliseconds in the
// middle of an append. Instead, once a store has seen some writes, a second
// connection in a worker thread runs PRAGMA wal_checkpoint(PASSIVE) on a timer
// and the serving connection raises wal_autocheckpoint to a safety-net size
// (see sqlite-store.ts). PASSIVE never takes the write lock and never waits,
// so it cannot block the serving connection; once a checkpoint has caught up,
// the next writer restarts the WAL from the start, which keeps the file
// bounded. Until the worker is ready, or if it cannot run, SQLite's default
// auto-checkpoint stays on.
//
// The worker costs ~150 ms of CPU to boot (Node plus Drizzle), which is why it
// starts only after the first writes (see sqlite-store.ts): short-lived stores
// (tests, CLI commands) never pay for it.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { BUSY_TIMEOUT_MS } from "./connection.js";

/** How often the worker checkpoints; an idle tick only reads the WAL index. */
const INTERVAL_MS = 500;
/** How long close() waits for the worker to finish a checkpoint in progress. */
const STOP_TIMEOUT_MS = 5000;

export interface CheckpointerStatus {
  running: boolean;
  /** The worker connection's pragmas, once it reported ready. */
  pragmas: { busy_timeout: number; foreign_keys: number; journal_mode: string } | null;
  checkpoints: number;
  /** When the last checkpoint that copied frames finished (ISO 8601), null before the first. */
  lastCheckpointAt: string | null;
}

export interface Checkpointer {
  /** Resolves once the worker reported ready, failed or was stopped (tests and diagnostics). */
  ready(): Promise<void>;
  status(): CheckpointerStatus;
  stop(): Promise<void>;
}

// CommonJS so it runs as an eval worker from both src (vitest) and dist, with
// the driver paths resolved by the parent. It holds only the one PRAGMA.
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const { drizzle } = require(workerData.drizzle);
const { sql } = require(workerData.orm);
let client = null;
try {
  client = new Database(workerData.path, { fileMustExist: true, timeout: workerData.busyTimeout });
  const db = drizzle({ client });
  db.run(sql.raw("PRAGMA busy_timeout = " + workerData.busyTimeout));
  db.run(sql.raw("PRAGMA foreign_keys = ON"));
  const value = (name) => Object.values(db.get(sql.raw("PRAGMA " + name)) || {})[0];
  parentPort.postMessage({ type: "ready", pragmas: { busy_timeout: value("busy_timeout"), foreign_keys: value("foreign_keys"), journal_mode: value("journal_mode") } });
  let warned = false;
  const timer = setInterval(() => {
    try {
      const row = db.get(sql.raw("PRAGMA wal_checkpoint(PASSIVE)"));
      if (row && row.checkpointed > 0) parentPort.postMessage({ type: "checkpoint", frames: row.checkpointed });
    } catch (err) {
      if (!warned) parentPort.postMessage({ type: "warn", code: String((err && err.code) || "error") });
      warned = true;
    }
  }, workerData.intervalMs);
  parentPort.on("message", (msg) => {
    if (msg !== "stop") return;
    clearInterval(timer);
    try { client.close(); } catch {}
    parentPort.close();
  });
} catch (err) {
  try { if (client) client.close(); } catch {}
  parentPort.postMessage({ type: "failed", code: String((err && err.code) || "error") });
}
`;

type WorkerMessage =
  | { type: "ready"; pragmas: NonNullable<CheckpointerStatus["pragmas"]> }
  | { type: "checkpoint"; frames: number }
  | { type: "warn"; code: string }
  | { type: "failed"; code: string };

export interface CheckpointerHooks {
  /** The worker is checkpointing: the serving connection may relax its auto-checkpoint. */
  onReady(): void;
  /** Called once if a ready worker fails or exits unexpectedly: turn auto-checkpoint back on. */
  onFailure(): void;
}

/** Starts the worker for the database at `path`. */
export function startCheckpointer(path: string, log: (line: string) => void, hooks: CheckpointerHooks): Checkpointer {
  const require = createRequire(import.meta.url);
  const status: CheckpointerStatus = { running: false, pragmas: null, checkpoints: 0, lastCheckpointAt: null };
  let stopping = false;
  let failed = false;
  let settle: () => void = () => {};
  const readiness = new Promise<void>((resolve) => (settle = resolve));

  const fail = (why: string): void => {
    status.running = false;
    settle();
    if (failed || stopping) return;
    failed = true;
    log(`[store:sqlite] WAL checkpoint worker unavailable (${why}); using SQLite auto-checkpoint instead`);
    if (status.pragmas) hooks.onFailure();
  };

  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      path,
      driver: require.resolve("better-sqlite3"),
      drizzle: require.resolve("drizzle-orm/better-sqlite3"),
      orm: require.resolve("drizzle-orm"),
      busyTimeout: BUSY_TIMEOUT_MS,
      intervalMs: INTERVAL_MS,
    },
  });
  // A forgotten close() must not keep the process alive.
  worker.unref();
  worker.on("message", (msg: WorkerMessage) => {
    if (msg.type === "ready") {
      if (stopping) return;
      status.running = true;
      status.pragmas = msg.pragmas;
      hooks.onReady();
      settle();
    } else if (msg.type === "checkpoint") {
      status.checkpoints++;
      status.lastCheckpointAt = new Date().toISOString();
    } else if (msg.type === "warn") log(`[store:sqlite] WAL checkpoint failed (${msg.code}); will keep trying`);
    else fail(msg.code);
  });
  worker.on("error", (err) => fail(err.name));
  const exited = new Promise<void>((resolve) =>
    worker.once("exit", () => {
      fail("exited");
      resolve();
    }),
  );

  return {
    ready: () => readiness,
    status: () => ({ ...status }),
    async stop(): Promise<void> {
      if (stopping) return;
      stopping = true;
      status.running = false;
      settle();
      if (!status.pragmas || failed) {
        // Still booting (or already gone): nothing to finish, do not wait for the boot.
        await worker.terminate();
        await exited;
        return;
      }
      // Let a checkpoint in progress finish and the worker close its connection.
      worker.postMessage("stop");
      const timer = setTimeout(() => void worker.terminate(), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

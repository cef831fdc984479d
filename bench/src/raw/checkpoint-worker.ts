// The raw SQLite baseline checkpoints the way the store does: its serving
// connection runs with wal_autocheckpoint=0 and a second connection on a
// worker thread runs PRAGMA wal_checkpoint(PASSIVE) every 500 ms (see
// packages/store/src/sqlite/checkpointer.ts). Both sides then do the same I/O,
// and the store/raw ratio is the store's own overhead, not a difference in
// when checkpoints happen.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";

const SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true, timeout: 5000 });
const checkpoint = db.prepare("PRAGMA wal_checkpoint(PASSIVE)");
const timer = setInterval(() => { try { checkpoint.get(); } catch {} }, 500);
parentPort.on("message", () => { clearInterval(timer); db.close(); parentPort.close(); });
parentPort.postMessage("ready");
`;

export interface RawCheckpointer {
  stop(): Promise<void>;
}

export async function startRawCheckpointer(path: string): Promise<RawCheckpointer> {
  const require = createRequire(import.meta.url);
  const worker = new Worker(SOURCE, { eval: true, workerData: { path, driver: require.resolve("better-sqlite3") } });
  const exited = new Promise<void>((resolve) => worker.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    worker.once("message", () => resolve());
    worker.once("error", reject);
  });
  return {
    async stop() {
      worker.postMessage("stop");
      const timer = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// "Where we differ" 3: a second process opening the same JSON file is refused
// with a clear error instead of two writers silently overwriting each other.
import { afterEach, expect, test } from "vitest";
import { readFileSync } from "node:fs";
import { openStore, type StoreConfig } from "../../src/open.js";
import { isStoreError } from "../../src/errors.js";
import { room } from "../fixtures/records.js";
import { startWorker, type Worker } from "./worker.js";
import { createTarget, type Target } from "./targets.js";

let worker: Worker | null = null;
let target: Target | null = null;

afterEach(async () => {
  if (worker && worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill("SIGKILL");
  await worker?.exited;
  worker = null;
  await target?.cleanup();
  target = null;
});

test("json - a second process is refused with locked while the first holds the file", async () => {
  target = await createTarget("json");
  const config = target.config as StoreConfig & { path: string };
  const first = await openStore(config);
  await first.createRoom(room("r1"));
  await first.close();
  const before = readFileSync(config.path);

  worker = startWorker("hold", config);
  await worker.waitFor((lines) => lines.includes("ready"), 30_000);
  let failure: unknown = null;
  try {
    await (await openStore(config)).close();
  } catch (err) {
    failure = err;
  }
  expect(isStoreError(failure, "locked"), String(failure)).toBe(true);
  expect((failure as Error).message).toContain(config.path);
  expect(readFileSync(config.path).equals(before)).toBe(true);

  // A clean shutdown releases the file at once.
  worker.child.kill("SIGTERM");
  await worker.exited;
  const again = await openStore(config);
  try {
    expect((await again.getRoom("r1"))?.id).toBe("r1");
  } finally {
    await again.close();
  }
}, 60_000);

test("json - the same process cannot open the file twice either", async () => {
  target = await createTarget("json");
  const config = target.config as StoreConfig & { path: string };
  const first = await openStore(config);
  try {
    await first.createRoom(room("r1"));
    let failure: unknown = null;
    try {
      await (await openStore(config)).close();
    } catch (err) {
      failure = err;
    }
    expect(isStoreError(failure, "locked"), String(failure)).toBe(true);
    expect((await first.getRoom("r1"))?.id).toBe("r1");
  } finally {
    await first.close();
  }
});

// Faults outside any request never kill the server silently: a rejection
// nobody handles is logged and the server goes on serving; an uncaught
// exception is logged, then the server drains and exits 1 (for a supervisor
// to restart it). The faults are injected by a preloaded module on SIGUSR2.
import { fileURLToPath } from "node:url";
import { afterAll, expect, it } from "vitest";
import { killLeftovers, startServer } from "../http/harness.js";
import { sleep, waitForText } from "./hostile-clients.js";

const PRELOAD = fileURLToPath(new URL("./fault-preload.mjs", import.meta.url));
afterAll(() => killLeftovers());

it("an unhandled rejection is logged and the server keeps serving", async () => {
  const srv = await startServer({
    backend: "memory",
    env: { NODE_OPTIONS: `--import=${PRELOAD}`, MOLTNET_TEST_FAULT: "reject" },
  });
  try {
    const from = srv.output().length;
    process.kill(srv.pid!, "SIGUSR2");
    expect(await waitForText(() => srv.output(), from, "unhandled promise rejection", 5_000)).not.toBeNull();
    expect(srv.output().slice(from)).toContain("injected rejection nobody awaits");
    await sleep(200);
    expect(srv.running).toBe(true);
    expect((await srv.get("/healthz")).status).toBe(200);
  } finally {
    await srv.dispose();
  }
}, 60_000);

it("an uncaught exception is logged, the server drains and exits 1", async () => {
  const srv = await startServer({
    backend: "memory",
    env: { NODE_OPTIONS: `--import=${PRELOAD}`, MOLTNET_TEST_FAULT: "throw" },
  });
  try {
    const from = srv.output().length;
    process.kill(srv.pid!, "SIGUSR2");
    expect(
      await waitForText(() => srv.output(), from, "moltnet stopped", 10_000),
      "it shut down in order",
    ).not.toBeNull();
    const log = srv.output().slice(from);
    expect(log).toContain("uncaught exception; shutting down");
    expect(log).toContain("injected exception outside any request");
    const deadline = Date.now() + 10_000;
    while (srv.running && Date.now() < deadline) await sleep(50);
    expect(srv.running).toBe(false);
    // stop() on an exited process reports its exit code.
    await expect(srv.stop()).rejects.toThrow(/exited with 1 /);
  } finally {
    await srv.dispose();
  }
}, 60_000);

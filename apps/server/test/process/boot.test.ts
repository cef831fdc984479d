// startServer in-process with a stand-in app, for what a real process cannot
// show cheaply: draining in-flight requests, undoing a failed start, and
// redacting secrets from whatever the app logs.
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { openStore } from "@moltnet/store";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startServer, StartupError, type BootOptions } from "../../src/boot.js";
import type { MoltnetApp } from "../../src/app.js";
import { tempDir } from "./cli-harness.js";

type Factory = NonNullable<BootOptions["createApp"]>;

let dir: { path: string; remove(): Promise<void> };
let logLines: string[];
beforeEach(async () => {
  dir = await tempDir("moltnet-boot-");
  logLines = [];
});
afterEach(() => dir.remove());

const options = (env: Record<string, string>, createApp: Factory, extra: Partial<BootOptions> = {}): BootOptions => ({
  env: { MOLTNET_LISTEN_ADDR: "127.0.0.1:0", ...env },
  cwd: dir.path,
  version: "9.9.9",
  writeLog: (line) => logLines.push(line),
  createApp,
  ...extra,
});

/** A stand-in app: GET /slow?ms=N answers after N ms; reconcile and close are observable. */
function stubApp(overrides: Partial<MoltnetApp> = {}): { factory: Factory; closed: () => boolean } {
  let closed = false;
  const factory: Factory = ({ settings, log }) =>
    ({
      async fetch(request: Request) {
        const url = new URL(request.url);
        if (url.pathname === "/slow") {
          await new Promise((r) => setTimeout(r, Number(url.searchParams.get("ms") ?? "0")));
          return new Response("slow done");
        }
        log.info({ token: settings.auth.tokens[0]?.value ?? "" }, "request");
        return Response.json({ id: settings.networkId });
      },
      hotRoutes: () => false,
      async reconcile() {},
      async start() {},
      close() {
        closed = true;
      },
      async closed() {},
      upgrade(_req: unknown, socket: { destroy(): void }) {
        socket.destroy();
      },
      ...overrides,
    }) as unknown as MoltnetApp;
  return { factory, closed: () => closed };
}

describe("startServer", () => {
  it("boot - logs one listening line with address and backend, never the DSN", async () => {
    const app = stubApp();
    const server = await startServer(options({ MOLTNET_STORAGE_KIND: "memory" }, app.factory));
    try {
      const line = JSON.parse(logLines.find((l) => l.includes("moltnet listening"))!) as Record<string, unknown>;
      expect(line).toMatchObject({
        level: "info",
        addr: `127.0.0.1:${server.port}`,
        backend: "memory",
        version: "9.9.9",
      });
      expect(await (await fetch(`http://${server.address}/`)).json()).toEqual({ id: "local" });
    } finally {
      await server.stop();
    }
    expect(app.closed()).toBe(true);
  });

  it("stop - lets an in-flight request finish before closing", async () => {
    const server = await startServer(options({ MOLTNET_STORAGE_KIND: "memory" }, stubApp().factory));
    const pending = fetch(`http://${server.address}/slow?ms=400`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await server.stop();
    expect(await pending).toBe("slow done");
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it("stop - cuts a request that outlives the grace period", async () => {
    const server = await startServer(
      options({ MOLTNET_STORAGE_KIND: "memory" }, stubApp().factory, { shutdownGraceMs: 200 }),
    );
    const pending = fetch(`http://${server.address}/slow?ms=5000`).then(
      () => "answered",
      () => "cut",
    );
    await new Promise((r) => setTimeout(r, 100));
    const started = Date.now();
    await server.stop();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await pending).toBe("cut");
    expect(logLines.some((l) => l.includes("grace period over"))).toBe(true);
  });

  it("boot - a failed reconcile names the cause, closes the app and the store", async () => {
    const app = stubApp({
      async reconcile() {
        throw new Error('unknown room "gone"');
      },
    });
    const err = await startServer(options({}, app.factory)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toBe('apply the declared rooms and agents: unknown room "gone"');
    expect(app.closed()).toBe(true);
    // The store opened in the configured directory (not the test runner's) and was closed: it opens again, cleanly.
    expect(existsSync(join(dir.path, ".moltnet/moltnet.db"))).toBe(true);
    const store = await openStore({ kind: "sqlite", path: join(dir.path, ".moltnet/moltnet.db") });
    await store.close();
  });

  it("boot - a config error stops before any store is opened", async () => {
    await writeFile(join(dir.path, "moltnet.yaml"), "auth: { mode: bearer }\n");
    const err = await startServer(options({}, stubApp().factory)).catch((e: unknown) => e);
    expect((err as Error).message).toBe(
      'validate Moltnet config "moltnet.yaml": auth.tokens: bearer auth requires at least one token',
    );
    expect(existsSync(join(dir.path, ".moltnet"))).toBe(false);
  });

  it("boot - secrets the app logs by mistake are masked", async () => {
    await writeFile(
      join(dir.path, "moltnet.yaml"),
      "auth: { mode: bearer, tokens: [ { id: admin, value: leaked-token-value, scopes: [admin] } ] }\nstorage: { kind: memory }\n",
      { mode: 0o600 },
    );
    const server = await startServer(options({}, stubApp().factory));
    try {
      await fetch(`http://${server.address}/`);
    } finally {
      await server.stop();
    }
    const all = logLines.join("");
    expect(all).toContain('"token":"***"');
    expect(all).not.toContain("leaked-token-value");
  });
});

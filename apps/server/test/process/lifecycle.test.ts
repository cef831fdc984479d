// The server as an operator runs it: `pnpm start` in an empty directory,
// stopping with SIGTERM, starting again on the same data.
import { existsSync, statSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { finished, isListening, lines, perTestWorkspace, runCli, startCli } from "./cli-harness.js";

const ws = perTestWorkspace();

describe("start", () => {
  it("start - with no config in an empty directory creates .moltnet/moltnet.db (0700/0600) and serves /v1/network", async () => {
    const server = await startCli({ cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` } });
    try {
      expect(server.listening).toMatchObject({
        level: "info",
        addr: `127.0.0.1:${ws.port}`,
        backend: "sqlite",
        path: ".moltnet/moltnet.db",
        network_id: "local",
      });
      const response = await fetch(`${server.baseUrl}/v1/network`);
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: "local", name: "Local Moltnet" });
      expect(statSync(join(ws.dir.path, ".moltnet")).mode & 0o777).toBe(0o700);
      expect(statSync(join(ws.dir.path, ".moltnet/moltnet.db")).mode & 0o777).toBe(0o600);
      // Migrations were applied on this first start, one log line per step.
      const migrated = lines(server.output().stdout).filter((l) => l.includes("applied"));
      expect(migrated.length).toBeGreaterThan(0);
      for (const line of migrated) expect(JSON.parse(line)).toMatchObject({ level: "info", backend: "sqlite" });
    } finally {
      await server.stop();
    }
  });

  it("start - is the default command", async () => {
    const server = await startCli({
      cwd: ws.dir.path,
      args: [],
      env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, MOLTNET_STORAGE_KIND: "memory" },
    });
    expect(server.listening).toMatchObject({ backend: "memory" });
    expect((await server.stop()).code).toBe(0);
  });

  it("start - every stdout line is one JSON object", async () => {
    const server = await startCli({ cwd: ws.dir.path, env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` } });
    const { stdout } = await server.stop();
    for (const line of lines(stdout)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("start - a port already in use fails with one line and stops the store", async () => {
    const first = await startCli({
      cwd: ws.dir.path,
      env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, MOLTNET_STORAGE_KIND: "memory" },
    });
    try {
      const second = await runCli(["start"], {
        cwd: ws.dir.path,
        env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` },
      });
      expect(second.code).toBe(1);
      expect(lines(second.stderr)).toEqual([
        `moltnet: cannot start: listen on 127.0.0.1:${ws.port}: address already in use`,
      ]);
    } finally {
      await first.stop();
    }
    // The failed start closed its SQLite store: the file opens and migrates cleanly again.
    expect((await runCli(["migrate"], { cwd: ws.dir.path })).code).toBe(0);
  });
});

describe("stop", () => {
  it("stop - SIGTERM exits 0 after closing the store, and the data opens again", async () => {
    const env = { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` };
    const first = await startCli({ cwd: ws.dir.path, env });
    expect((await fetch(`${first.baseUrl}/v1/network`)).status).toBe(200);
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.stderr).toBe("");
    expect(stopped.stdout).toContain('"moltnet stopped"');
    expect(await isListening(ws.port)).toBe(false);
    // A clean close checkpoints the WAL away.
    expect(existsSync(join(ws.dir.path, ".moltnet/moltnet.db-wal"))).toBe(false);

    const second = await startCli({ cwd: ws.dir.path, env });
    try {
      expect((await fetch(`${second.baseUrl}/v1/network`)).status).toBe(200);
      // Nothing left to migrate on the second start.
      expect(second.output().stdout).not.toContain("applied");
    } finally {
      expect((await second.stop()).code).toBe(0);
    }
  });

  it("stop - an open event stream does not hold up SIGTERM", async () => {
    const server = await startCli({
      cwd: ws.dir.path,
      env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, MOLTNET_STORAGE_KIND: "memory" },
    });
    const response = await fetch(`${server.baseUrl}/v1/events/stream`);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const drained = (async () => {
      while (!(await reader.read()).done);
      return "ended";
    })().catch(() => "cut");
    const started = Date.now();
    const stopped = await server.stop();
    expect(stopped.code).toBe(0);
    // Well under the 10 s grace period: the stream was ended, not waited out.
    expect(Date.now() - started).toBeLessThan(8000);
    expect(["ended", "cut"]).toContain(await drained);
  });

  it("stop - SIGINT behaves like SIGTERM", async () => {
    const server = await startCli({
      cwd: ws.dir.path,
      env: { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}`, MOLTNET_STORAGE_KIND: "memory" },
    });
    server.child.kill("SIGINT");
    expect((await finished(server.child)).code).toBe(0);
  });
});

describe("declared configuration", () => {
  it("start - a declared room that was removed through the API stops the next start with one line", async () => {
    await writeFile(join(ws.dir.path, "moltnet.yaml"), "rooms:\n  - { id: general, members: [alpha] }\n");
    const env = { MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` };
    const first = await startCli({ cwd: ws.dir.path, env });
    expect((await fetch(`${first.baseUrl}/v1/rooms/general`, { method: "DELETE" })).status).toBe(200);
    expect((await first.stop()).code).toBe(0);

    const second = await runCli(["start"], { cwd: ws.dir.path, env });
    expect(second.code).toBe(1);
    expect(lines(second.stderr)).toEqual([
      'moltnet: cannot start: apply the declared rooms and agents: unknown room "general"',
    ]);
    expect(second.stdout).not.toContain("moltnet listening");
    expect(await isListening(ws.port)).toBe(false);
  });
});

describe("commands", () => {
  it("version - prints the package version", async () => {
    const pkg = JSON.parse(await readFile(new URL("../../package.json", import.meta.url), "utf8")) as {
      version: string;
    };
    for (const args of [["version"], ["--version"]]) {
      const result = await runCli(args, { cwd: ws.dir.path });
      expect(result).toMatchObject({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
    }
  });

  it("help - --help and -h print usage on stdout for every command", async () => {
    for (const args of [["--help"], ["-h"], ["help"], ["start", "--help"], ["migrate", "-h"], ["version", "--help"]]) {
      const result = await runCli(args, { cwd: ws.dir.path });
      expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/^Usage:/);
      expect(result.stderr).toBe("");
    }
    expect((await runCli(["migrate", "--help"], { cwd: ws.dir.path })).stdout).toContain("--status");
  });

  it("usage - an unknown command prints usage on stderr and exits 2", async () => {
    const result = await runCli(["serve-everything"], { cwd: ws.dir.path });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain('unknown command "serve-everything"');
    expect(result.stderr).toContain("Usage:");
  });

  it("usage - an unknown option exits 2 without starting anything", async () => {
    const result = await runCli(["start", "--port", "1"], { cwd: ws.dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--port");
    expect(existsSync(join(ws.dir.path, ".moltnet"))).toBe(false);
  });
});

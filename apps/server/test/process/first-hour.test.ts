// What a new user meets in the first hour, run as they would run it: `moltnet
// init` then `moltnet start` in that directory, the reference quickstart's
// first curl, the start flags, the log formats (piped and under a real
// pseudo-terminal), Ctrl-C through `pnpm start`, and the README's first API
// calls executed verbatim (only the port differs) against a started server.
import { spawn } from "node:child_process";
import { readdir, readFile, stat, writeFile } from "node:fs/promises";
import Database from "better-sqlite3";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLI, cleanEnv, finished, lines, perTestWorkspace, runCli, startCli } from "./cli-harness.js";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
const ws = perTestWorkspace();

/** The bodies of the ```sh blocks under a README heading, in order. */
async function readmeBlocks(heading: string): Promise<string[]> {
  const text = await readFile(join(REPO, "README.md"), "utf8");
  const start = text.indexOf(`\n## ${heading}\n`);
  if (start < 0) throw new Error(`README has no "## ${heading}" section`);
  const end = text.indexOf("\n## ", start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

function bash(
  script: string,
  opts: { cwd: string; timeoutMs?: number },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn("bash", ["-euo", "pipefail", "-c", script], {
    cwd: opts.cwd,
    env: cleanEnv(),
    stdio: ["ignore", "pipe", "pipe"],
  });
  return finished(child, opts.timeoutMs ?? 20_000);
}

/**
 * Runs `command` under a pseudo-terminal (util-linux `script`); `keys` are typed once `ready` shows in the output.
 * `script` runs the command through `$SHELL -c`, or /bin/sh when SHELL is unset (as under CI). Debian's sh (dash)
 * exits 130 on a Ctrl-C whatever its child returned, so the shell is replaced by the command (`exec`), as when a
 * user types it at their own prompt: the exit code seen is the command's.
 */
function underTerminal(
  command: string,
  opts: { cwd: string; env: Record<string, string>; ready: RegExp; keys: string },
) {
  const child = spawn("script", ["-qefc", `exec ${command}`, "/dev/null"], {
    cwd: opts.cwd,
    env: cleanEnv(opts.env),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  let typed = false;
  child.stdout.setEncoding("utf8").on("data", (d: string) => {
    output += d;
    if (!typed && opts.ready.test(output)) {
      typed = true;
      child.stdin.write(opts.keys);
    }
  });
  return finished(child, 60_000).then((done) => ({ ...done, output }));
}

describe("moltnet init", () => {
  it("writes a private starter config with a general room; the reference quickstart's first message is accepted", async () => {
    const init = await runCli(["init"], { cwd: ws.dir.path });
    expect(init.code, init.stderr).toBe(0);
    expect(lines(init.stdout)).toEqual(
      [`created Moltnet`, `created MoltnetNode`].map((l) => expect.stringMatching(new RegExp(`^${l}$`))),
    );
    for (const name of ["Moltnet", "MoltnetNode"])
      expect((await stat(join(ws.dir.path, name))).mode & 0o777).toBe(0o600);

    const server = await startCli({ cwd: ws.dir.path, args: ["start", "--listen", `127.0.0.1:${ws.port}`] });
    try {
      // The reference quickstart, step 5, verbatim but for the port.
      const res = await fetch(`http://localhost:${ws.port}/v1/messages`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          target: { kind: "room", room_id: "general" },
          from: { type: "human", id: "operator", name: "Operator" },
          parts: [{ kind: "text", text: "Hello from the API" }],
        }),
      });
      expect(res.status, await res.clone().text()).toBe(202);
      const history = (await (await fetch(`http://localhost:${ws.port}/v1/rooms/general/messages`)).json()) as {
        messages: { parts: { text: string }[] }[];
      };
      expect(history.messages.map((m) => m.parts[0]!.text)).toEqual(["Hello from the API"]);
    } finally {
      await server.stop();
    }
  });

  it("never overwrites: a second init leaves edited files byte for byte", async () => {
    await runCli(["init", "net"], { cwd: ws.dir.path });
    const path = join(ws.dir.path, "net", "Moltnet");
    await writeFile(path, "network: { id: mine }\n");
    const again = await runCli(["init", "net"], { cwd: ws.dir.path });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("exists  net/Moltnet");
    expect(await readFile(path, "utf8")).toBe("network: { id: mine }\n");
    expect((await stat(join(ws.dir.path, "net"))).mode & 0o777).toBe(0o700);
  });
});

describe("moltnet validate", () => {
  it("a good configuration: one summary line, exit 0, and nothing is created", async () => {
    const run = await runCli(["validate"], { cwd: ws.dir.path });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(
      "ok: no config file (defaults); storage sqlite .moltnet/moltnet.db: does not exist yet; created on start; listen :8787; auth none\n",
    );
    expect(await readdir(ws.dir.path)).toEqual([]);
  });

  it("problems: one line each, exit 1; a database newer than this build is refused and left as it was", async () => {
    await writeFile(join(ws.dir.path, "bad.yaml"), "storage: { kind: mongo }\nserver: { listen_adr: x }\n");
    const bad = await runCli(["validate", "--config", "bad.yaml"], { cwd: ws.dir.path });
    expect(bad.code).toBe(1);
    expect(lines(bad.stderr)).toEqual([
      "moltnet: server.listen_adr: unknown key",
      'moltnet: storage.kind: unsupported storage kind "mongo"; use one of memory, json, sqlite, postgres',
    ]);

    expect((await runCli(["migrate"], { cwd: ws.dir.path })).code).toBe(0);
    const dbPath = join(ws.dir.path, ".moltnet", "moltnet.db");
    const current = await runCli(["validate"], { cwd: ws.dir.path });
    expect(current.stdout).toMatch(/storage sqlite \.moltnet\/moltnet\.db: schema up to date \(\d+ migrations\)/);
    const db = new Database(dbPath);
    db.prepare(
      "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', '2030-01-01T00:00:00Z')",
    ).run();
    db.close();
    const before = await readFile(dbPath);
    const newer = await runCli(["validate"], { cwd: ws.dir.path });
    expect(newer.code).toBe(1);
    expect(newer.stderr).toContain("migrated by a newer build (version 999)");
    expect((await readFile(dbPath)).equals(before)).toBe(true);

    await writeFile(join(ws.dir.path, "data.json"), "{ not json");
    const corrupt = await runCli(["validate"], { cwd: ws.dir.path, env: { MOLTNET_JSON_PATH: "data.json" } });
    expect(corrupt.code).toBe(1);
    expect(corrupt.stderr).toMatch(/^moltnet: \[store:json\] .*data\.json is not valid JSON\n$/);
  });
});

describe("moltnet start flags", () => {
  it("--config names the file and --listen the address", async () => {
    await writeFile(join(ws.dir.path, "elsewhere.yaml"), "network: { id: flagged }\nstorage: { kind: memory }\n");
    const server = await startCli({
      cwd: ws.dir.path,
      args: ["start", "--config", "elsewhere.yaml", "--listen", `127.0.0.1:${ws.port}`],
    });
    try {
      expect(server.listening).toMatchObject({
        addr: `127.0.0.1:${ws.port}`,
        network_id: "flagged",
        backend: "memory",
      });
      const network = (await (await fetch(`http://127.0.0.1:${ws.port}/v1/network`)).json()) as { id: string };
      expect(network.id).toBe("flagged");
    } finally {
      await server.stop();
    }
  });

  it("an unknown flag or log level is a usage error naming it (exit 2), nothing starts", async () => {
    const unknown = await runCli(["start", "--port", "8787"], { cwd: ws.dir.path });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--port");
    const level = await runCli(["start", "--log-level", "loud"], {
      cwd: ws.dir.path,
      env: { MOLTNET_STORAGE_KIND: "memory" },
    });
    expect(level.code).toBe(2);
    expect(level.stderr).toBe('moltnet: --log-level: "loud" is not a log level; use one of debug, info, warn, error\n');
    const fromEnv = await runCli(["start"], { cwd: ws.dir.path, env: { MOLTNET_LOG_FORMAT: "xml" } });
    expect(fromEnv.code).toBe(2);
    expect(fromEnv.stderr).toContain('MOLTNET_LOG_FORMAT: "xml" is not a log format; use one of json, pretty');
  });
});

describe("log output", () => {
  const env = () => ({ MOLTNET_STORAGE_KIND: "memory", MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` });

  it("piped: JSON lines; --log-format pretty: readable lines that start with the listening URL", async () => {
    const json = await startCli({ cwd: ws.dir.path, env: env() });
    const jsonOut = (await json.stop()).stdout;
    for (const line of lines(jsonOut)) expect(() => JSON.parse(line), line).not.toThrow();
    expect(json.listening.msg).toBe(`moltnet listening on http://127.0.0.1:${ws.port} (memory, auth none)`);

    const pretty = spawnPretty(["start", "--log-format", "pretty"], env());
    const out = await pretty;
    expect(out).toMatch(
      new RegExp(
        `^\\[\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] INFO: moltnet listening on http://127\\.0\\.0\\.1:${ws.port} \\(memory, auth none\\)`,
        "m",
      ),
    );
    expect(lines(out).every((l) => !l.startsWith("{"))).toBe(true);
  });

  it("--log-level warn keeps only warnings; every interface with auth none is warned about", async () => {
    const server = await startCli({
      cwd: ws.dir.path,
      env: { MOLTNET_STORAGE_KIND: "memory", MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` },
      args: ["start", "--log-level", "debug"],
    });
    const debugOut = (await server.stop()).stdout;
    expect(debugOut).toContain('"level":"debug"');

    const quiet = spawn(process.execPath, [CLI, "start", "--log-level", "warn", "--listen", `:${ws.port}`], {
      cwd: ws.dir.path,
      env: cleanEnv({ MOLTNET_STORAGE_KIND: "memory" }),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    quiet.stdout.setEncoding("utf8").on("data", (d: string) => (out += d));
    await waitFor(() => out.includes("every interface"));
    quiet.kill("SIGTERM");
    await finished(quiet);
    const levels = lines(out).map((l) => (JSON.parse(l) as { level: string }).level);
    expect(levels).toEqual(["warn"]);
    expect(out).toContain('listening on every interface with auth mode \\"none\\"');
  });

  it("under a terminal the default is readable lines", async () => {
    const run = await underTerminal(`${process.execPath} ${CLI} start`, {
      cwd: ws.dir.path,
      env: env(),
      ready: /moltnet listening/,
      keys: "\x03",
    });
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/INFO: moltnet listening on http:\/\/127\.0\.0\.1:\d+ \(memory, auth none\)/);
    expect(run.output).not.toContain('{"level"');
  });

  function spawnPretty(args: string[], extra: Record<string, string>): Promise<string> {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: ws.dir.path,
      env: cleanEnv(extra),
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      if (out.includes("moltnet listening")) child.kill("SIGTERM");
    });
    return finished(child).then(() => out);
  }
});

describe("pnpm start", () => {
  it("Ctrl-C stops the server cleanly and pnpm exits 0", async () => {
    const run = await underTerminal(`pnpm start -- --listen 127.0.0.1:${ws.port}`, {
      cwd: REPO,
      env: { MOLTNET_STORAGE_KIND: "memory" },
      ready: /moltnet listening/,
      keys: "\x03",
    });
    expect(run.output).toContain("moltnet stopped");
    expect(run.output).not.toContain("ELIFECYCLE");
    expect(run.code, run.output).toBe(0);
  });
});

describe("README first API calls", () => {
  it("run verbatim (but for the port) against a fresh server: room, message, history, page, event stream", async () => {
    const blocks = await readmeBlocks("First API calls");
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    const server = await startCli({
      cwd: ws.dir.path,
      env: { MOLTNET_STORAGE_KIND: "memory", MOLTNET_LISTEN_ADDR: `127.0.0.1:${ws.port}` },
    });
    const port = (text: string) => text.replaceAll("localhost:8787", `localhost:${ws.port}`);
    try {
      const streamBlock = blocks.find((b) => b.includes("curl -N"));
      expect(streamBlock, "a block streams events with curl -N").toBeDefined();
      // The stream runs beside the other blocks, as in a second terminal.
      const stream = spawn("bash", ["-c", port(streamBlock!)], {
        cwd: ws.dir.path,
        env: cleanEnv(),
        stdio: ["ignore", "pipe", "pipe"],
      });
      let streamed = "";
      stream.stdout.setEncoding("utf8").on("data", (d: string) => (streamed += d));
      await waitFor(() => streamed.includes(":") || stream.exitCode !== null, 5_000).catch(() => {});
      const outputs: string[] = [];
      for (const block of blocks.filter((b) => b !== streamBlock)) {
        const run = await bash(port(block), { cwd: ws.dir.path });
        expect(run.code, `${block}\n${run.stderr}`).toBe(0);
        outputs.push(run.stdout);
      }
      await waitFor(() => streamed.includes("message.created"));
      stream.kill("SIGTERM");
      const all = outputs.join("\n");
      expect(all).toContain('"id":"research"');
      expect(all).toContain('"accepted":true');
      expect(all).toContain("Hello, beta");
      expect(all).toContain('"has_more":true');
      expect(streamed).toContain("event: message.created");
    } finally {
      await server.stop();
    }
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error("condition not met in time");
    await new Promise((r) => setTimeout(r, 25));
  }
}
